-- Marks the file as a socready database ('SOCR' in the header's application id), so that
-- socready can refuse another application's SQLite file before changing anything in it.
PRAGMA application_id = 1397703506;

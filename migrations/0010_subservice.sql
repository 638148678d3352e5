-- Subservice organisations (SPEC §2, §4a, §7 subservice): vendors whose controls a service
-- relies on, with their own SOC report and bridge letter. Versioned by `--effective` like CUECs
-- (migration 0008), services and codes kept as sorted `;` lists for the same reasons. A vendor
-- without a report on file has every report column NULL.
CREATE TABLE subservice_version (
  id                   INTEGER PRIMARY KEY,
  key                  TEXT NOT NULL,     -- vendor
  valid_from           TEXT NOT NULL,
  valid_to             TEXT,              -- NULL while current
  revision_id          INTEGER NOT NULL REFERENCES import_revision (id),
  closed_by            INTEGER REFERENCES import_revision (id),
  name                 TEXT NOT NULL,
  services             TEXT NOT NULL,     -- '*' or slugs
  method               TEXT NOT NULL CHECK (method IN ('carve-out', 'inclusive')),
  report_framework     TEXT CHECK (report_framework IN ('soc1', 'soc2')),
  report_type          TEXT CHECK (report_type IN ('I', 'II')),
  period_start         TEXT,
  period_end           TEXT,
  opinion              TEXT CHECK (opinion IN ('unmodified', 'qualified', 'adverse', 'disclaimer')),
  bridge_letter_until  TEXT,
  csoc_tsc             TEXT NOT NULL DEFAULT '',
  csoc_soc1_objectives TEXT NOT NULL DEFAULT '',
  csoc_description     TEXT NOT NULL DEFAULT '',
  monitored_by         TEXT NOT NULL DEFAULT '',
  CHECK ((report_framework IS NULL) = (period_end IS NULL)),
  CHECK (period_end IS NULL OR period_end >= period_start)
) STRICT;
CREATE UNIQUE INDEX subservice_version_current ON subservice_version (key) WHERE valid_to IS NULL;
CREATE INDEX subservice_version_by_key ON subservice_version (key, valid_from);

CREATE TRIGGER subservice_version_keep BEFORE DELETE ON subservice_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER subservice_version_fixed BEFORE UPDATE OF key, valid_from, revision_id, name,
  services, method, report_framework, report_type, period_start, period_end, opinion,
  bridge_letter_until, csoc_tsc, csoc_soc1_objectives, csoc_description, monitored_by
ON subservice_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER subservice_version_closed_once BEFORE UPDATE OF valid_to, closed_by
ON subservice_version
WHEN OLD.valid_to IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

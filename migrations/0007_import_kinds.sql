-- Imports of the six entities of SPEC §2 that arrived after the first four (populations,
-- objectives, capabilities, systems, subservice organisations, CUECs) are dated revisions too.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt under the same
-- name: copied aside, recreated, copied back. Migrations run with foreign-key enforcement
-- off and a foreign-key check before they commit, so the rows that reference revisions are
-- untouched. The append-only triggers go with the table and are made again.

CREATE TABLE import_revision_before_0007 AS SELECT * FROM import_revision;
DROP TABLE import_revision;

CREATE TABLE import_revision (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('services', 'controls', 'evidence', 'tests',
                 'populations', 'objectives', 'capabilities', 'systems', 'subservice', 'cuecs')),
  source       TEXT NOT NULL,            -- the file name as given
  command      TEXT NOT NULL DEFAULT '', -- the command line that made it
  effective_on TEXT NOT NULL,
  imported_at  TEXT NOT NULL,            -- UTC timestamp
  added        INTEGER NOT NULL DEFAULT 0,
  changed      INTEGER NOT NULL DEFAULT 0,
  unchanged    INTEGER NOT NULL DEFAULT 0,
  retired      INTEGER NOT NULL DEFAULT 0,
  skipped      INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO import_revision (id, kind, source, command, effective_on, imported_at, added, changed,
                             unchanged, retired, skipped)
SELECT id, kind, source, command, effective_on, imported_at, added, changed, unchanged, retired,
       skipped
FROM import_revision_before_0007 ORDER BY id;
DROP TABLE import_revision_before_0007;

CREATE TRIGGER import_revision_keep BEFORE DELETE ON import_revision
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER import_revision_fixed BEFORE UPDATE OF kind, source, command, effective_on, imported_at
ON import_revision
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

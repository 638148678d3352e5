-- Complementary user entity controls (SPEC §2, §7 cuecs): what customers must do. Kept as
-- versions like controls, so a report as of a past date lists the CUECs of that date, and the
-- versions are the audit trail. Services and requirements are kept by their codes (a `;` list,
-- sorted), as `compensates` is: services and catalog codes are never renamed or deleted, and a
-- CUEC names them as the file does.
CREATE TABLE cuec_version (
  id              INTEGER PRIMARY KEY,
  key             TEXT NOT NULL,          -- cuec_id
  valid_from      TEXT NOT NULL,
  valid_to        TEXT,                   -- NULL while current; = valid_from when corrected that day
  revision_id     INTEGER NOT NULL REFERENCES import_revision (id),
  closed_by       INTEGER REFERENCES import_revision (id),
  description     TEXT NOT NULL,
  services        TEXT NOT NULL,          -- '*' or slugs
  tsc             TEXT NOT NULL DEFAULT '',
  soc1_objectives TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX cuec_version_current ON cuec_version (key) WHERE valid_to IS NULL;
CREATE INDEX cuec_version_by_key ON cuec_version (key, valid_from);

CREATE TRIGGER cuec_version_keep BEFORE DELETE ON cuec_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER cuec_version_fixed BEFORE UPDATE OF key, valid_from, revision_id, description,
  services, tsc, soc1_objectives
ON cuec_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER cuec_version_closed_once BEFORE UPDATE OF valid_to, closed_by ON cuec_version
WHEN OLD.valid_to IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

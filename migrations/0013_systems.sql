-- Systems (SPEC §2, §4b, §7 systems): the scope of one SOC report, several services under one
-- description, with the SOC 1 and SOC 2 reports planned for it. Versioned by `--effective` like
-- CUECs and subservice organisations (migrations 0009, 0010), so a report as of a past date
-- scores the system as it was then, and the versions are the audit trail. Services are kept as
-- a sorted `;` list of slugs for the same reasons. A framework with no report planned has its
-- three columns NULL; a Type I report may leave its period start NULL.
CREATE TABLE system_version (
  id                INTEGER PRIMARY KEY,
  key               TEXT NOT NULL,     -- system slug
  valid_from        TEXT NOT NULL,
  valid_to          TEXT,              -- NULL while current
  revision_id       INTEGER NOT NULL REFERENCES import_revision (id),
  closed_by         INTEGER REFERENCES import_revision (id),
  name              TEXT NOT NULL,
  services          TEXT NOT NULL,     -- slugs
  description       TEXT NOT NULL DEFAULT '',
  commitments       TEXT NOT NULL DEFAULT '',
  soc1_type         TEXT CHECK (soc1_type IN ('I', 'II')),
  soc1_period_start TEXT,
  soc1_period_end   TEXT,
  soc2_type         TEXT CHECK (soc2_type IN ('I', 'II')),
  soc2_period_start TEXT,
  soc2_period_end   TEXT,
  CHECK (soc1_type IS NOT NULL OR (soc1_period_start IS NULL AND soc1_period_end IS NULL)),
  CHECK (soc2_type IS NOT NULL OR (soc2_period_start IS NULL AND soc2_period_end IS NULL)),
  CHECK (soc1_period_end IS NULL OR soc1_period_start IS NULL OR soc1_period_end >= soc1_period_start),
  CHECK (soc2_period_end IS NULL OR soc2_period_start IS NULL OR soc2_period_end >= soc2_period_start)
) STRICT;
CREATE UNIQUE INDEX system_version_current ON system_version (key) WHERE valid_to IS NULL;
CREATE INDEX system_version_by_key ON system_version (key, valid_from);

CREATE TRIGGER system_version_keep BEFORE DELETE ON system_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER system_version_fixed BEFORE UPDATE OF key, valid_from, revision_id, name, services,
  description, commitments, soc1_type, soc1_period_start, soc1_period_end, soc2_type,
  soc2_period_start, soc2_period_end
ON system_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER system_version_closed_once BEFORE UPDATE OF valid_to, closed_by
ON system_version
WHEN OLD.valid_to IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

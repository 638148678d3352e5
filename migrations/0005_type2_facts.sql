-- The facts Type II readiness rests on (SPEC §2, §4): a control's nature, whether it is key and
-- which key controls it compensates; a test's sample, deviations, management's response and
-- remediation; and the populations of event-driven controls.
--
-- `compensates` is the sorted `;` list of the key controls' ids, not a link table: a control
-- may name a key control listed later in the same file, before it has a row id, and the list
-- is part of the version's content (and fingerprint) like its title.

ALTER TABLE control_version ADD COLUMN nature TEXT NOT NULL DEFAULT 'manual'
  CHECK (nature = 'manual' OR nature = 'automated');
ALTER TABLE control_version ADD COLUMN is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1));
ALTER TABLE control_version ADD COLUMN compensates TEXT NOT NULL DEFAULT '';

ALTER TABLE control_test ADD COLUMN sample_size INTEGER CHECK (sample_size >= 0);
ALTER TABLE control_test ADD COLUMN deviations INTEGER CHECK (deviations >= 0);
ALTER TABLE control_test ADD COLUMN management_response TEXT NOT NULL DEFAULT '';
ALTER TABLE control_test ADD COLUMN remediated_on TEXT;

-- Keyed by content like evidence: the same record twice is one record.
CREATE TABLE population (
  control_id   INTEGER NOT NULL REFERENCES control (id),
  period_start TEXT NOT NULL,
  period_end   TEXT NOT NULL,
  count        INTEGER NOT NULL CHECK (count >= 0),
  revision_id  INTEGER NOT NULL REFERENCES import_revision (id),
  PRIMARY KEY (control_id, period_start, period_end, count),
  CHECK (period_end >= period_start)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER population_keep BEFORE DELETE ON population
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER population_fixed BEFORE UPDATE ON population
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- The new columns are part of a version's content, which never changes.
DROP TRIGGER control_version_fixed;
CREATE TRIGGER control_version_fixed BEFORE UPDATE OF control_id, valid_from, revision_id, title,
  description, owner, status, frequency, implemented_on, all_services, fingerprint, nature,
  is_key, compensates
ON control_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Issue 12 item 5 (SPEC §2, §7 objectives): the user's own SOC 1 objectives. An objective the
-- user adds is a catalog row like the built-ins (requirement.builtin = 0, its series a
-- requirement_series of framework SOC1 when the name is the user's), and a built-in's new wording,
-- series or default flag is written over the shipped one, so every import, the scorer and
-- `catalog` know them without a second source. This table remembers which objectives the user's
-- files named (what `export objectives` writes back) and the Trust Services Criteria each may be
-- suggested from (the user's pairs of the `suggest soc1` crosswalk: a sorted ';' list).
CREATE TABLE user_objective (
  requirement_id INTEGER PRIMARY KEY REFERENCES requirement (id),
  criteria       TEXT NOT NULL DEFAULT ''
) STRICT;

-- The audit trail of the objectives imports (`log`): each objective added or changed, with its
-- title, series, default and criteria before and after (JSON; before is NULL when added, the
-- shipped values for a built-in's first change). Append-only, as service_change.
CREATE TABLE objective_change (
  id          INTEGER PRIMARY KEY,
  revision_id INTEGER NOT NULL REFERENCES import_revision (id),
  objective   TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('added', 'changed')),
  before      TEXT,
  after       TEXT NOT NULL
) STRICT;

CREATE TRIGGER objective_change_append_only_update BEFORE UPDATE ON objective_change
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER objective_change_append_only_delete BEFORE DELETE ON objective_change
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- A frozen period's systems (SPEC §2, §5): each system as on file on the as-of date, its score
-- per framework and type and its plan, stored as data (not rendered) so that the report of a
-- frozen period reads them back rather than scoring systems again from data imported since.
-- One row per snapshot, also when no system was on file: a snapshot without a row was frozen
-- before systems were, and its systems are scored when the report is made.
CREATE TABLE snapshot_systems (
  snapshot_id INTEGER PRIMARY KEY REFERENCES snapshot (id),
  detail      TEXT NOT NULL            -- JSON: {"systems": [{system, score, plan}, ...]}
) STRICT;

CREATE TRIGGER snapshot_systems_frozen_update BEFORE UPDATE ON snapshot_systems
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_systems_frozen_delete BEFORE DELETE ON snapshot_systems
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;

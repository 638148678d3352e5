-- A frozen period's control scores, stored once for the whole period: an entity-level control
-- scores the same for every service, and repeating it in each service's detail made large
-- snapshots slow to write and read. snapshot_service.detail refers to these by control key.

CREATE TABLE snapshot_controls (
  snapshot_id INTEGER PRIMARY KEY REFERENCES snapshot (id),
  detail      TEXT NOT NULL            -- JSON array of control scores, one per control and type
) STRICT;

CREATE TRIGGER snapshot_controls_frozen_update BEFORE UPDATE ON snapshot_controls
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_controls_frozen_delete BEFORE DELETE ON snapshot_controls
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;

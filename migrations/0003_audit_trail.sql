-- The audit trail. Control, evidence and test history is already kept row by row (versions
-- carry the import that made and the import that closed them); services are edited in place,
-- so each change is recorded here with its before and after. Triggers make the whole trail
-- append-only: no command can edit or delete it.

CREATE TABLE service_change (
  id          INTEGER PRIMARY KEY,
  revision_id INTEGER NOT NULL REFERENCES import_revision (id),
  service     TEXT NOT NULL,             -- slug
  action      TEXT NOT NULL CHECK (action IN ('added', 'changed')),
  before      TEXT,                      -- JSON of the service's facts; NULL when added
  after       TEXT NOT NULL
) STRICT;
CREATE INDEX service_change_by_service ON service_change (service);

CREATE TRIGGER service_change_append_only_update BEFORE UPDATE ON service_change
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER service_change_append_only_delete BEFORE DELETE ON service_change
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER import_revision_keep BEFORE DELETE ON import_revision
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER import_revision_fixed BEFORE UPDATE OF kind, source, command, effective_on, imported_at
ON import_revision
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER control_keep BEFORE DELETE ON control
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER control_fixed BEFORE UPDATE ON control
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER control_version_keep BEFORE DELETE ON control_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
-- A version's content never changes; it may only be closed, once.
CREATE TRIGGER control_version_fixed BEFORE UPDATE OF control_id, valid_from, revision_id, title,
  description, owner, status, frequency, implemented_on, all_services, fingerprint
ON control_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER control_version_closed_once BEFORE UPDATE OF valid_to, closed_by ON control_version
WHEN OLD.valid_to IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER control_version_service_keep BEFORE DELETE ON control_version_service
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER control_version_requirement_keep BEFORE DELETE ON control_version_requirement
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER evidence_keep BEFORE DELETE ON evidence
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER evidence_fixed BEFORE UPDATE ON evidence
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER control_test_keep BEFORE DELETE ON control_test
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER control_test_fixed BEFORE UPDATE ON control_test
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- A frozen period never changes.
CREATE TRIGGER snapshot_frozen_update BEFORE UPDATE ON snapshot
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_frozen_delete BEFORE DELETE ON snapshot
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_score_frozen_update BEFORE UPDATE ON snapshot_score
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_score_frozen_delete BEFORE DELETE ON snapshot_score
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_service_frozen_update BEFORE UPDATE ON snapshot_service
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_service_frozen_delete BEFORE DELETE ON snapshot_service
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;

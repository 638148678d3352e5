-- socready: the full current schema, for people to read. The migrations in migrations/ are
-- what builds a database (0002 only seeds the catalog); a test proves they give exactly this.

-- 'SOCR': marks the file as a socready database (migration 0005).
PRAGMA application_id = 1397703506;

CREATE TABLE product_line (
  id   INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
) STRICT;

-- The four applicability questions and the facts are tri-state: 1 yes, 0 no, NULL unknown.
CREATE TABLE service (
  id                          INTEGER PRIMARY KEY,
  slug                        TEXT NOT NULL UNIQUE,
  name                        TEXT NOT NULL,
  product_line_id             INTEGER REFERENCES product_line (id),
  description                 TEXT NOT NULL DEFAULT '',
  affects_financial_reporting INTEGER CHECK (affects_financial_reporting IN (0, 1)),
  handles_customer_data       INTEGER CHECK (handles_customer_data IN (0, 1)),
  clients_ask_security        INTEGER CHECK (clients_ask_security IN (0, 1)),
  clients_ask_sox             INTEGER CHECK (clients_ask_sox IN (0, 1)),
  availability_commitment     INTEGER CHECK (availability_commitment IN (0, 1)),
  processes_transactions      INTEGER CHECK (processes_transactions IN (0, 1)),
  confidential_data           INTEGER CHECK (confidential_data IN (0, 1)),
  personal_data               INTEGER CHECK (personal_data IN (0, 1)),
  soc1_override               TEXT CHECK (soc1_override IN ('required', 'excluded')),
  soc2_override               TEXT CHECK (soc2_override IN ('required', 'excluded')),
  override_reason             TEXT NOT NULL DEFAULT '',
  -- 0: SOC 2 categories follow from the facts; 1: service_soc2_category lists them.
  soc2_categories_explicit    INTEGER NOT NULL DEFAULT 0 CHECK (soc2_categories_explicit IN (0, 1))
  -- Added by migration 0008 (spelled as SQLite's ALTER TABLE leaves it): 'controller',
  -- 'processor', or NULL when unknown.
  , privacy_role              TEXT CHECK (privacy_role IN ('controller', 'processor'))) STRICT;

-- The user's own capabilities (migration 0008), beyond the built-in list of SPEC §3.
CREATE TABLE capability (
  id                  INTEGER PRIMARY KEY,
  name                TEXT NOT NULL UNIQUE,
  financial_reporting INTEGER NOT NULL CHECK (financial_reporting IN (0, 1)),
  customer_data       INTEGER NOT NULL CHECK (customer_data IN (0, 1)),
  description         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE service_capability (
  service_id INTEGER NOT NULL REFERENCES service (id),
  capability TEXT NOT NULL,
  PRIMARY KEY (service_id, capability)
) STRICT, WITHOUT ROWID;

-- The requirement catalog: SOC 2 criteria and SOC 1 control objectives.
CREATE TABLE requirement_series (
  id        TEXT PRIMARY KEY,            -- 'CC6', 'A1', 'ITGC', 'BP'
  framework TEXT NOT NULL CHECK (framework IN ('SOC1', 'SOC2')),
  category  TEXT NOT NULL,               -- 'Security', 'Availability', ... or 'IT general controls'
  title     TEXT NOT NULL,
  position  INTEGER NOT NULL UNIQUE
) STRICT;

CREATE TABLE requirement (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,       -- 'CC6.1', 'ITGC-ACCESS'
  series_id  TEXT NOT NULL REFERENCES requirement_series (id),
  title      TEXT NOT NULL,
  -- SOC 1: in every SOC 1 service's scope unless the service names its own.
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  builtin    INTEGER NOT NULL DEFAULT 1 CHECK (builtin IN (0, 1)),
  position   INTEGER NOT NULL UNIQUE
) STRICT;

-- Explicit SOC 2 categories and extra SOC 1 objectives named by a service.
CREATE TABLE service_soc2_category (
  service_id INTEGER NOT NULL REFERENCES service (id),
  category   TEXT NOT NULL,
  PRIMARY KEY (service_id, category)
) STRICT, WITHOUT ROWID;

CREATE TABLE service_objective (
  service_id     INTEGER NOT NULL REFERENCES service (id),
  requirement_id INTEGER NOT NULL REFERENCES requirement (id),
  PRIMARY KEY (service_id, requirement_id)
) STRICT, WITHOUT ROWID;

-- Every import is a dated revision.
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

-- A control is its user-chosen id; its content lives in versions, each valid from a date until
-- the next version (or retirement) begins: [valid_from, valid_to). A version corrected on the
-- day it began is closed with valid_to = valid_from: it is never valid, but stays on record.
CREATE TABLE control (
  id  INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE               -- 'AC-01'
) STRICT;

CREATE TABLE control_version (
  id             INTEGER PRIMARY KEY,
  control_id     INTEGER NOT NULL REFERENCES control (id),
  valid_from     TEXT NOT NULL,
  valid_to       TEXT,                   -- NULL while current
  revision_id    INTEGER NOT NULL REFERENCES import_revision (id),
  closed_by      INTEGER REFERENCES import_revision (id),  -- the import that ended it
  title          TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  owner          TEXT NOT NULL DEFAULT '',
  -- CHECKs on imported columns are OR chains, not IN lists: SQLite 3.40 builds a temporary
  -- index for an IN list of three or more constants on every insert.
  status         TEXT NOT NULL CHECK (status = 'implemented' OR status = 'partial' OR
                                      status = 'planned' OR status = 'not_applicable'),
  frequency      TEXT CHECK (frequency = 'continuous' OR frequency = 'daily' OR
                             frequency = 'weekly' OR frequency = 'monthly' OR
                             frequency = 'quarterly' OR frequency = 'semiannual' OR
                             frequency = 'annual' OR frequency = 'event'),
  implemented_on TEXT,
  all_services   INTEGER NOT NULL DEFAULT 0 CHECK (all_services IN (0, 1)),
  -- Hash of the normalised content, so an unchanged row is recognised without a join.
  fingerprint    INTEGER NOT NULL,
  -- Added by migration 0005 (Type II facts).
  nature         TEXT NOT NULL DEFAULT 'manual' CHECK (nature = 'manual' OR nature = 'automated'),
  is_key         INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
  -- The key controls it compensates: their ids, sorted, joined by ';' (a control may name one
  -- listed later in the same file, before it has a row id).
  compensates    TEXT NOT NULL DEFAULT '',
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
) STRICT;
CREATE INDEX control_version_by_control ON control_version (control_id, valid_from);

CREATE TABLE control_version_service (
  version_id INTEGER NOT NULL REFERENCES control_version (id),
  service_id INTEGER NOT NULL REFERENCES service (id),
  PRIMARY KEY (version_id, service_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE control_version_requirement (
  version_id     INTEGER NOT NULL REFERENCES control_version (id),
  requirement_id INTEGER NOT NULL REFERENCES requirement (id),
  PRIMARY KEY (version_id, requirement_id)
) STRICT, WITHOUT ROWID;

-- Evidence and tests are keyed by their content: the same record twice is one record, and
-- the key is the only b-tree an import writes.
CREATE TABLE evidence (
  control_id   INTEGER NOT NULL REFERENCES control (id),
  collected_on TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  location     TEXT NOT NULL DEFAULT '',
  revision_id  INTEGER NOT NULL REFERENCES import_revision (id),
  PRIMARY KEY (control_id, collected_on, description, location)
) STRICT, WITHOUT ROWID;

CREATE TABLE control_test (
  control_id  INTEGER NOT NULL REFERENCES control (id),
  tested_on   TEXT NOT NULL,
  result      TEXT NOT NULL CHECK (result = 'pass' OR result = 'fail' OR result = 'exception'),
  tester      TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  revision_id INTEGER NOT NULL REFERENCES import_revision (id),
  -- Added by migration 0005 (Type II facts).
  sample_size         INTEGER CHECK (sample_size >= 0),
  deviations          INTEGER CHECK (deviations >= 0),
  management_response TEXT NOT NULL DEFAULT '',
  remediated_on       TEXT,
  PRIMARY KEY (control_id, tested_on, result, tester, notes)
) STRICT, WITHOUT ROWID;

-- How many times an event-driven control's trigger occurred in a period; keyed by content.
CREATE TABLE population (
  control_id   INTEGER NOT NULL REFERENCES control (id),
  period_start TEXT NOT NULL,
  period_end   TEXT NOT NULL,
  count        INTEGER NOT NULL CHECK (count >= 0),
  revision_id  INTEGER NOT NULL REFERENCES import_revision (id),
  PRIMARY KEY (control_id, period_start, period_end, count),
  CHECK (period_end >= period_start)
) STRICT, WITHOUT ROWID;

-- A frozen period: the scorer's results as they were, never recomputed.
CREATE TABLE snapshot (
  id            INTEGER PRIMARY KEY,
  period        TEXT NOT NULL UNIQUE,    -- '2026-Q3'
  as_of         TEXT NOT NULL,
  window_months INTEGER NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE snapshot_score (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshot (id),
  service_slug TEXT NOT NULL,
  framework    TEXT NOT NULL CHECK (framework IN ('SOC1', 'SOC2')),
  type         TEXT NOT NULL CHECK (type IN ('I', 'II')),
  applies      INTEGER NOT NULL CHECK (applies IN (0, 1)),
  readiness    REAL NOT NULL,
  band         TEXT NOT NULL,
  in_scope     INTEGER NOT NULL,
  covered      INTEGER NOT NULL,
  blockers     INTEGER NOT NULL,
  PRIMARY KEY (snapshot_id, service_slug, framework, type)
) STRICT, WITHOUT ROWID;

-- The full frozen result per service (applicability, requirement scores, gaps) as JSON, which
-- the reporter reads back exactly as it was written.
CREATE TABLE snapshot_service (
  snapshot_id  INTEGER NOT NULL REFERENCES snapshot (id),
  service_slug TEXT NOT NULL,
  product_line TEXT NOT NULL,
  detail       TEXT NOT NULL,
  PRIMARY KEY (snapshot_id, service_slug)
) STRICT, WITHOUT ROWID;

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
  description, owner, status, frequency, implemented_on, all_services, fingerprint, nature,
  is_key, compensates
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
CREATE TRIGGER population_keep BEFORE DELETE ON population
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER population_fixed BEFORE UPDATE ON population
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


-- Since migration 0015 a control's periods without evidence are [date, period] pairs in its
-- deviations (store/control_score_json.cpp); rows frozen earlier hold objects.
CREATE TABLE snapshot_controls (
  snapshot_id INTEGER PRIMARY KEY REFERENCES snapshot (id),
  detail      TEXT NOT NULL            -- JSON: control scores and shared contributors (scoring/json.hpp)
) STRICT;

CREATE TRIGGER snapshot_controls_frozen_update BEFORE UPDATE ON snapshot_controls
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;
CREATE TRIGGER snapshot_controls_frozen_delete BEFORE DELETE ON snapshot_controls
BEGIN SELECT RAISE(ABORT, 'a frozen period never changes'); END;

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

-- Subservice organisations (SPEC §2, §4a, §7 subservice): vendors whose controls a service
-- relies on, with their own SOC report and bridge letter. Versioned by `--effective` like CUECs
-- (migration 0009), services and codes kept as sorted `;` lists for the same reasons. A vendor
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

-- Service facts by date (migration 0011): `service` keeps the slug; each version holds the
-- facts, name and product line valid from its date. The fact columns of `service` and the
-- service_capability, service_soc2_category and service_objective rows are no longer read.
CREATE TABLE service_version (
  id                          INTEGER PRIMARY KEY,
  key                         TEXT NOT NULL,     -- the service's slug
  valid_from                  TEXT NOT NULL,
  valid_to                    TEXT,              -- NULL while current
  -- NULL only for a first version this migration made of a service with no import on file.
  revision_id                 INTEGER REFERENCES import_revision (id),
  closed_by                   INTEGER REFERENCES import_revision (id),
  name                        TEXT NOT NULL,
  product_line_id             INTEGER REFERENCES product_line (id),
  description                 TEXT NOT NULL DEFAULT '',
  affects_financial_reporting INTEGER CHECK (affects_financial_reporting IN (0, 1)),
  handles_customer_data       INTEGER CHECK (handles_customer_data IN (0, 1)),
  clients_ask_security        INTEGER CHECK (clients_ask_security IN (0, 1)),
  clients_ask_sox             INTEGER CHECK (clients_ask_sox IN (0, 1)),
  availability_commitment     INTEGER CHECK (availability_commitment IN (0, 1)),
  processes_transactions      INTEGER CHECK (processes_transactions IN (0, 1)),
  confidential_data           INTEGER CHECK (confidential_data IN (0, 1)),
  personal_data               INTEGER CHECK (personal_data IN (0, 1)),
  privacy_role                TEXT CHECK (privacy_role IN ('controller', 'processor')),
  soc1_override               TEXT CHECK (soc1_override IN ('required', 'excluded')),
  soc2_override               TEXT CHECK (soc2_override IN ('required', 'excluded')),
  override_reason             TEXT NOT NULL DEFAULT '',
  capabilities                TEXT NOT NULL DEFAULT '',
  soc2_categories             TEXT,              -- NULL: derived from the facts
  soc1_objectives             TEXT NOT NULL DEFAULT '',
  soc1_objectives_excluded    TEXT NOT NULL DEFAULT '',
  soc1_exclusion_reason       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX service_version_current ON service_version (key) WHERE valid_to IS NULL;
CREATE INDEX service_version_by_key ON service_version (key, valid_from);

CREATE TRIGGER service_version_keep BEFORE DELETE ON service_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER service_version_fixed BEFORE UPDATE OF key, valid_from, revision_id, name,
  product_line_id, description, affects_financial_reporting, handles_customer_data,
  clients_ask_security, clients_ask_sox, availability_commitment, processes_transactions,
  confidential_data, personal_data, privacy_role, soc1_override, soc2_override, override_reason,
  capabilities, soc2_categories, soc1_objectives, soc1_objectives_excluded, soc1_exclusion_reason
ON service_version
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER service_version_closed_once BEFORE UPDATE OF valid_to, closed_by ON service_version
WHEN OLD.valid_to IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- The objectives the user's objectives files named (migration 0012); their wording, series and
-- default flag are in requirement, the user's own with builtin = 0.
CREATE TABLE user_objective (
  requirement_id INTEGER PRIMARY KEY REFERENCES requirement (id),
  criteria       TEXT NOT NULL DEFAULT ''  -- Trust Services Criteria codes that suggest it
) STRICT;

-- The objectives imports' audit trail (migration 0012): before and after as JSON.
CREATE TABLE objective_change (
  id          INTEGER PRIMARY KEY,
  revision_id INTEGER NOT NULL REFERENCES import_revision (id),
  objective   TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('added', 'changed')),
  before      TEXT,                      -- NULL when added
  after       TEXT NOT NULL
) STRICT;

CREATE TRIGGER objective_change_append_only_update BEFORE UPDATE ON objective_change
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER objective_change_append_only_delete BEFORE DELETE ON objective_change
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

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

-- Dated service facts (SPEC §2, "Time"; issue 12): a services import is versioned by
-- `--effective` like CUECs (0009) and vendors (0010), so scoring as of a past date uses the facts
-- valid then. `service` keeps the identity (slug, row id, what controls link to); each version
-- holds the facts, the name and the product line. Capabilities, categories and objectives are
-- `;` lists (SOC 2 categories NULL when derived from the facts). The fact columns of `service`
-- and its service_capability, service_soc2_category and service_objective rows are no longer
-- read: they keep what they held at this upgrade.
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

-- Each service's facts as they are become its first version, valid from the effective date of
-- the import that added it (the audit trail's first entry for it): from then on it scores
-- exactly as before. Facts edited in place since were, until now, taken to hold over the whole
-- history; they still are from that date, as the database said. A service the trail does not
-- know (a database older than the trail) is dated by the first services import, else 1900-01-01.
INSERT INTO service_version (key, valid_from, revision_id, name, product_line_id, description,
                             affects_financial_reporting, handles_customer_data,
                             clients_ask_security, clients_ask_sox, availability_commitment,
                             processes_transactions, confidential_data, personal_data,
                             privacy_role, soc1_override, soc2_override, override_reason,
                             capabilities, soc2_categories, soc1_objectives)
SELECT s.slug,
       coalesce((SELECT min(r.effective_on) FROM service_change c
                 JOIN import_revision r ON r.id = c.revision_id WHERE c.service = s.slug),
                (SELECT min(effective_on) FROM import_revision WHERE kind = 'services'),
                '1900-01-01'),
       coalesce((SELECT min(c.revision_id) FROM service_change c WHERE c.service = s.slug),
                (SELECT min(id) FROM import_revision WHERE kind = 'services')),
       s.name, s.product_line_id, s.description, s.affects_financial_reporting,
       s.handles_customer_data, s.clients_ask_security, s.clients_ask_sox,
       s.availability_commitment, s.processes_transactions, s.confidential_data,
       s.personal_data, s.privacy_role, s.soc1_override, s.soc2_override, s.override_reason,
       coalesce((SELECT group_concat(capability, ';') FROM
                   (SELECT capability FROM service_capability WHERE service_id = s.id
                    ORDER BY capability)), ''),
       CASE WHEN s.soc2_categories_explicit = 1 THEN
         coalesce((SELECT group_concat(category, ';') FROM
                     (SELECT category FROM service_soc2_category WHERE service_id = s.id
                      ORDER BY category)), '')
       END,
       coalesce((SELECT group_concat(code, ';') FROM
                   (SELECT r.code AS code FROM service_objective o
                    JOIN requirement r ON r.id = o.requirement_id
                    WHERE o.service_id = s.id ORDER BY r.position)), '')
FROM service s ORDER BY s.slug;

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

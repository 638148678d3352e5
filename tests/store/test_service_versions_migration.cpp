// Migration 0011 turns the services edited in place into a first version each: a database built
// at schema 0010 keeps scoring exactly as before from the day each service was imported.
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/service_store.hpp"
#include "support/test_support.hpp"

namespace socready::store {
namespace {

using socready::testing::TempDir;

Date day(const char* iso) { return *Date::parse(iso); }

// A database at schema 0010 as that version's import left it: the revision, the facts on the
// service row, its capability, category and objective rows and the audit trail entry.
void build_at_0010(const std::string& path) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const auto& m : migrations()) {
    if (m.version > 10) break;
    raw.exec(std::string(m.sql));
    raw.exec("PRAGMA user_version = " + std::to_string(m.version));
  }
  raw.exec(R"sql(
    INSERT INTO import_revision (id, kind, source, effective_on, imported_at)
    VALUES (3, 'services', 's.csv', '2026-02-01', '2026-02-03T09:00:00Z');
    INSERT INTO product_line (id, slug, name) VALUES (1, 'payroll', 'Payroll');
    INSERT INTO service (id, slug, name, product_line_id, description,
                         affects_financial_reporting, handles_customer_data, clients_ask_security,
                         clients_ask_sox, availability_commitment, processes_transactions,
                         confidential_data, personal_data, soc1_override, soc2_override,
                         override_reason, soc2_categories_explicit, privacy_role)
    VALUES (1, 'payroll-engine', 'Payroll Engine', 1, 'Pays people', 1, NULL, 0, 1, 1, 1, 1,
            NULL, NULL, 'required', 'MSA', 1, 'processor'),
           (2, 'legacy', 'Legacy', NULL, '', NULL, 1, NULL, NULL, NULL, NULL, NULL, NULL,
            NULL, NULL, '', 0, NULL);
    INSERT INTO service_capability (service_id, capability) VALUES (1, 'payroll'),
                                                                   (1, 'financial-data');
    INSERT INTO service_soc2_category (service_id, category) VALUES (1, 'Security'),
                                                                    (1, 'Availability');
    INSERT INTO service_objective (service_id, requirement_id)
      SELECT 1, id FROM requirement WHERE code IN ('BP-REPORTING', 'BP-CUTOFF');
    INSERT INTO service_change (revision_id, service, action, after)
    VALUES (3, 'payroll-engine', 'added', '{}');
  )sql");
}

TEST(ServiceVersionsMigration, EachServiceBecomesAFirstVersionWithTheSameFacts) {
  TempDir dir;
  const auto path = (dir / "v10.db").string();
  build_at_0010(path);
  Database db(path);  // migrates

  Service payroll;
  payroll.slug = "payroll-engine";
  payroll.name = "Payroll Engine";
  payroll.product_line = "Payroll";
  payroll.description = "Pays people";
  payroll.affects_financial_reporting = true;
  payroll.clients_ask_security = false;
  payroll.clients_ask_sox = true;
  payroll.capabilities = {"financial-data", "payroll"};
  payroll.availability_commitment = true;
  payroll.processes_transactions = true;
  payroll.confidential_data = true;
  payroll.privacy_role = PrivacyRole::processor;
  payroll.soc2 = Override::required;
  payroll.override_reason = "MSA";
  payroll.soc2_categories = std::vector<Category>{Category::security, Category::availability};
  payroll.soc1_objectives = {"BP-CUTOFF", "BP-REPORTING"};  // catalog order
  payroll.valid_from = day("2026-02-01");                   // its import's effective date

  Service legacy;
  legacy.slug = "legacy";
  legacy.name = "Legacy";
  legacy.handles_customer_data = true;
  // Not on the audit trail: dated by the first services import.
  legacy.valid_from = day("2026-02-01");

  const auto on_the_day = load_services_as_of(db, day("2026-02-01"));
  ASSERT_EQ(on_the_day.size(), 2u);
  EXPECT_EQ(on_the_day[0], payroll);  // a product line first, then none
  EXPECT_EQ(on_the_day[1], legacy);
  EXPECT_EQ(load_services_as_of(db, day("2026-11-26")), on_the_day);
  EXPECT_EQ(load_services(db), on_the_day);
  // Before its import the service did not exist.
  EXPECT_TRUE(load_services_as_of(db, day("2026-01-31")).empty());
  // The first version is as fixed as any other.
  EXPECT_THROW(db.sql().exec("UPDATE service_version SET name = 'x'"), SQLite::Exception);
  EXPECT_THROW(db.sql().exec("DELETE FROM service_version"), SQLite::Exception);
}

}  // namespace
}  // namespace socready::store

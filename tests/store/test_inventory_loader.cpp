#include <algorithm>
#include <sstream>

#include "import/import_fixture.hpp"
#include "import/subservice_importer.hpp"
#include "store/inventory_loader.hpp"

namespace socready::store {
namespace {

class InventoryLoader : public import::testing::ImportFixture {
 protected:
  void SetUp() override {
    ImportFixture::SetUp();
    controls("control_id,title,tsc\nAC-01,Access reviews,CC6.1\n");
  }
  std::string error_of_load() {
    try {
      load_inventory(db, *Date::parse("2026-11-26"), {});
    } catch (const DatabaseError& e) {
      EXPECT_EQ(e.code(), ExitCode::internal);
      return e.what();
    }
    return "";
  }
};

TEST_F(InventoryLoader, ReadsEvidenceAndTests) {
  evidence("control_id,collected_on\nAC-01,2026-03-01\n");
  const auto inv = load_inventory(db, *Date::parse("2026-11-26"), {});
  ASSERT_EQ(inv.controls.size(), 1u);
  EXPECT_EQ(inv.controls[0].evidence, std::vector<Date>{*Date::parse("2026-03-01")});
}

TEST_F(InventoryLoader, ReadsTypeTwoFactsAndPopulations) {
  controls("control_id,title,nature,key\nAC-01,Access reviews,automated,yes\n", "2026-02-01");
  tests(
      "control_id,tested_on,result,sample_size,deviations,management_response,remediated_on\n"
      "AC-01,2026-10-14,fail,25,2,Feed fixed,2026-10-21\n"
      "AC-01,2026-11-01,pass,,,,\n");
  db.sql().exec(
      "INSERT INTO population (control_id, period_start, period_end, count, revision_id) "
      "SELECT id, '2026-07-01', '2026-09-30', 23, (SELECT max(id) FROM import_revision) "
      "FROM control");
  const auto inv = load_inventory(db, *Date::parse("2026-11-26"), {});
  ASSERT_EQ(inv.controls.size(), 1u);
  const auto& c = inv.controls[0];
  EXPECT_EQ(c.version.nature, Nature::automated);
  EXPECT_TRUE(c.version.is_key);
  ASSERT_EQ(c.tests.size(), 2u);
  EXPECT_EQ(c.tests[0].sample_size, 25);
  EXPECT_EQ(c.tests[0].deviations, 2);
  EXPECT_EQ(c.tests[0].management_response, "Feed fixed");
  EXPECT_EQ(c.tests[0].remediated_on, Date::parse("2026-10-21"));
  EXPECT_FALSE(c.tests[1].sample_size);
  ASSERT_EQ(c.populations.size(), 1u);
  EXPECT_EQ(c.populations[0].count, 23);
  EXPECT_EQ(c.populations[0].period_end, *Date::parse("2026-09-30"));
}

TEST_F(InventoryLoader, AnUnreadableRemediationDateNamesTheTableAndRow) {
  db.sql().exec(
      "INSERT INTO control_test (control_id, tested_on, result, revision_id, remediated_on) "
      "SELECT id, '2026-01-05', 'fail', (SELECT max(id) FROM import_revision), 'soon' "
      "FROM control");
  const std::string message = error_of_load();
  EXPECT_NE(message.find("table control_test, row control_id 1, tested_on 2026-01-05: cannot "
                         "read remediated_on 'soon'"),
            std::string::npos)
      << message;
}

TEST_F(InventoryLoader, AnUnreadableEvidenceDateNamesTheTableAndRow) {
  db.sql().exec(
      "INSERT INTO evidence (control_id, collected_on, revision_id) "
      "SELECT id, '2026-02-30', (SELECT max(id) FROM import_revision) FROM control");
  const std::string message = error_of_load();
  EXPECT_NE(message.find("table evidence, row control_id 1, collected_on 2026-02-30: cannot "
                         "read collected_on '2026-02-30'"),
            std::string::npos)
      << message;
}

TEST_F(InventoryLoader, AnUnreadableTestDateNamesTheTableAndRow) {
  db.sql().exec(
      "INSERT INTO control_test (control_id, tested_on, result, revision_id) "
      "SELECT id, '2026-1-5', 'pass', (SELECT max(id) FROM import_revision) FROM control");
  const std::string message = error_of_load();
  EXPECT_NE(message.find("table control_test, row control_id 1, tested_on 2026-1-5"),
            std::string::npos)
      << message;
}

std::vector<std::string> keys_of(const scoring::Inventory& inv) {
  std::vector<std::string> out;
  for (const auto& c : inv.controls) out.push_back(c.version.key);
  return out;
}

// A scope of named services (a system, `score --service`) reads only the controls that can score
// it, and the vendors' monitoring controls; each kept control has the same facts as in a full
// load.
TEST_F(InventoryLoader, AScopeOfServicesReadsOnlyTheControlsThatCanScoreIt) {
  controls(
      "control_id,title,tsc,services\n"
      "AC-01,Access reviews,CC6.1,\n"
      "PAY-01,Pay run approval,CC8.1,payroll\n"
      "INS-01,Dashboards,CC7.2,insights\n"
      "VND-01,Vendor review,CC9.2,insights\n");
  evidence(
      "control_id,collected_on\nAC-01,2026-03-01\nAC-01,2026-04-01\nPAY-01,2026-05-01\n"
      "INS-01,2026-06-01\nVND-01,2026-07-01\n");
  const std::string vendors =
      "vendor,name,services,method,report_framework,report_type,period_start,period_end,opinion,"
      "bridge_letter_until,csoc_tsc,csoc_soc1_objectives,csoc_description,monitored_by\n"
      "cloud,Cloud Co,payroll,carve-out,soc2,II,2025-10-01,2026-09-30,unmodified,,CC6.4,,"
      "Data centres,VND-01\n";
  std::istringstream in(vendors);
  import::import_subservice(db, {in, "subservice.csv", vendors.size()}, at("2026-01-01"));

  const Date d = *Date::parse("2026-11-26");
  const auto all = load_inventory(db, d, {});
  const auto payroll = load_inventory(db, d, {"payroll"});
  EXPECT_EQ(keys_of(all), (std::vector<std::string>{"AC-01", "INS-01", "PAY-01", "VND-01"}));
  // AC-01 covers every service; VND-01 covers only insights but caps the payroll vendor.
  EXPECT_EQ(keys_of(payroll), (std::vector<std::string>{"AC-01", "PAY-01", "VND-01"}));
  for (const auto& c : payroll.controls) {
    const auto it = std::find_if(all.controls.begin(), all.controls.end(),
                                 [&](const auto& a) { return a.version.key == c.version.key; });
    ASSERT_NE(it, all.controls.end());
    EXPECT_EQ(c.evidence, it->evidence) << c.version.key;
    EXPECT_EQ(c.history.size(), it->history.size()) << c.version.key;
  }
  EXPECT_EQ(payroll.controls[0].evidence,
            (std::vector<Date>{*Date::parse("2026-03-01"), *Date::parse("2026-04-01")}));
  // A scoped load reads evidence by seeks: a bad date is still named.
  db.sql().exec(
      "INSERT INTO evidence (control_id, collected_on, revision_id) "
      "SELECT id, '2026-02-30', (SELECT max(id) FROM import_revision) FROM control "
      "WHERE key = 'PAY-01'");
  try {
    load_inventory(db, d, {"payroll"});
    ADD_FAILURE() << "expected a DatabaseError";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("table evidence, row control_id"), std::string::npos)
        << e.what();
  }
}

TEST_F(InventoryLoader, AnUnreadableStatusNamesTheVersionRow) {
  // Written outside socready: its append-only triggers and CHECKs are out of the way.
  std::vector<std::string> triggers;
  SQLite::Statement q(db.sql(),
                      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                      "tbl_name = 'control_version'");
  while (q.executeStep()) triggers.push_back(q.getColumn(0).getString());
  for (const auto& t : triggers) db.sql().exec("DROP TRIGGER " + t);
  db.sql().exec("PRAGMA ignore_check_constraints = ON");
  db.sql().exec("UPDATE control_version SET status = 'done'");
  const std::string message = error_of_load();
  EXPECT_NE(message.find("table control_version, row id 1: cannot read status 'done'"),
            std::string::npos)
      << message;
}

}  // namespace
}  // namespace socready::store

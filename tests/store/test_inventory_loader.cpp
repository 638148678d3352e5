#include "import/import_fixture.hpp"
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

}  // namespace
}  // namespace socready::store

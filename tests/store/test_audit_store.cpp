#include <fmt/format.h>
#include <gtest/gtest.h>

#include "import/import_fixture.hpp"
#include "store/audit_store.hpp"

namespace socready::import::testing {
namespace {

const std::string kHeader = "control_id,title,owner,services,tsc,status\n";

class AuditTrail : public ImportFixture {
 protected:
  void SetUp() override {
    ImportFixture::SetUp();
    controls(
        kHeader + "AC-01,Access reviews,Priya,*,CC6.1,planned\nAC-02,Backups,Ops,*,A1.2,planned\n",
        "2026-01-01");
    controls(kHeader + "AC-01,Access reviews,Priya,*,CC6.1,implemented\n", "2026-04-01", true);
    evidence("control_id,collected_on,description\nAC-01,2026-04-02,April review\n");
    tests("control_id,tested_on,result\nAC-01,2026-04-03,pass\n");
    services(
        "service,name,product_line,affects_financial_reporting,handles_customer_data\n"
        "payroll,Payroll engine,Payroll,yes,yes\ninsights,Insights app,Analytics,,yes\n");
  }
};

TEST_F(AuditTrail, RecordsEveryChangeWithBeforeAndAfter) {
  const auto events = store::load_audit_trail(db, {});
  std::vector<std::string> seen;
  for (const auto& e : events)
    seen.push_back(fmt::format("{} {} {}", name(e.entity), e.key, name(e.action)));
  const std::vector<std::string> expected = {
      "service insights added", "service payroll added",  // SetUp's first import
      "control AC-01 added",    "control AC-02 added",   "control AC-01 changed",
      "control AC-02 retired",  "evidence AC-01 added",  "test AC-01 added",
      "service payroll changed"};
  EXPECT_EQ(seen, expected);
  const auto& change = events[4];
  ASSERT_EQ(change.changes.size(), 1u);
  EXPECT_EQ(change.changes[0].field, "status");
  EXPECT_EQ(change.changes[0].before, "planned");
  EXPECT_EQ(change.changes[0].after, "implemented");
  EXPECT_EQ(change.effective, *Date::parse("2026-04-01"));
  EXPECT_EQ(change.source, "controls.csv");
  const auto& service = events.back();
  ASSERT_EQ(service.changes.size(), 1u);
  EXPECT_EQ(service.changes[0].field, "handles_customer_data");
  EXPECT_EQ(service.changes[0].before, "");
  EXPECT_EQ(service.changes[0].after, "yes");
}

TEST_F(AuditTrail, FiltersByControlAndService) {
  store::AuditFilter one;
  one.control = "AC-02";
  const auto events = store::load_audit_trail(db, one);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].action, store::AuditAction::retired);
  store::AuditFilter svc;
  svc.service = "payroll";
  for (const auto& e : store::load_audit_trail(db, svc))
    EXPECT_TRUE(e.entity == store::AuditEntity::control || e.key == "payroll")
        << name(e.entity) << " " << e.key;
}

TEST_F(AuditTrail, CannotBeEditedOrDeleted) {
  for (const char* sql : {
           "UPDATE evidence SET description = 'forged'",
           "DELETE FROM evidence",
           "DELETE FROM control_test",
           "UPDATE control_version SET status = 'implemented'",
           "UPDATE control_version SET valid_to = '2030-01-01' WHERE valid_to IS NOT NULL",
           "DELETE FROM control_version",
           "DELETE FROM control",
           "UPDATE service_change SET after = '{}'",
           "DELETE FROM service_change",
           "DELETE FROM import_revision",
           "UPDATE import_revision SET source = 'other.csv'",
       }) {
    EXPECT_THROW(db.sql().exec(sql), SQLite::Exception) << sql;
  }
}

}  // namespace
}  // namespace socready::import::testing

#include <gtest/gtest.h>

#include "import/exporter.hpp"
#include "import/import_fixture.hpp"

namespace socready::import::testing {
namespace {

using ExportRoundTrip = ImportFixture;

TEST_F(ExportRoundTrip, HostileTextImportsBackWithZeroChanges) {
  controls(
      "control_id,title,description,owner,services,tsc,soc1_objectives,status,frequency,"
      "implemented_on,evidence_date,last_tested,test_result\n"
      "AC-01,\"Reviews, \"\"quarterly\"\"\",\"line one\nline two | pipe "
      "<script>alert(1)</script>\","
      "\"=HYPERLINK(\"\"http://x\"\")\",payroll;insights,CC6.1;CC6.2,ITGC-ACCESS,implemented,"
      "quarterly,2025-01-01,2026-03-01,2026-03-05,fail\n"
      "AC-02,'-leading apostrophe and minus,[link](http://evil) `code`,@owner,*,CC7.1,,partial,"
      "monthly,,,,\n"
      "AC-03,+plus,'=already quoted,-minus,insights,,BP-ACCURACY,planned,,,,,\n");
  std::ostringstream exported;
  export_controls(db, exported, kToday);
  const auto text = exported.str();
  EXPECT_NE(text.find("'=HYPERLINK"), std::string::npos) << text;
  EXPECT_NE(text.find(",'@owner,"), std::string::npos) << text;
  const auto versions = count("control_version");
  const auto evidence_rows = count("evidence");
  const auto test_rows = count("control_test");
  auto again = controls(text, "2026-06-01");
  EXPECT_EQ(again.unchanged, 3) << text;
  EXPECT_EQ(again.changed, 0);
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(count("control_version"), versions);
  EXPECT_EQ(count("evidence"), evidence_rows);
  EXPECT_EQ(count("control_test"), test_rows);
  // And the export of the re-imported database is the same file.
  std::ostringstream second;
  export_controls(db, second, kToday);
  EXPECT_EQ(second.str(), text);
}

TEST_F(ExportRoundTrip, ServicesImportBackUnchanged) {
  services(
      "service,name,product_line,description,capabilities,soc2,override_reason,soc2_categories,"
      "soc1_objectives,personal_data\n"
      "hub,\"Client hub, \"\"v2\"\"\",Time & Billing,=cmd|' /C calc'!A0,crm;saas,required,"
      "Contract,Security;Privacy,BP-CUTOFF;BP-REPORTING,yes\n");
  std::ostringstream exported;
  export_services(db, exported);
  auto again = services(exported.str());
  EXPECT_EQ(again.unchanged, 3) << exported.str();
  EXPECT_EQ(again.changed, 0);
}

TEST_F(ExportRoundTrip, PopulationsImportBackUnchanged) {
  controls(
      "control_id,title,tsc,frequency\n"
      "IAM-03,Leavers,CC6.2,event\n"
      "=SUM(1),Formula-looking id,CC6.1,event\n");
  const std::string csv =
      "count,control_id,period_end,period_start\n"  // any column order
      "9,IAM-03,2026-06-30,2026-04-01\n"
      "8,IAM-03,2026-03-31,2026-01-01\n"
      "0,'=SUM(1),2026-06-30,2026-01-01\n";
  ASSERT_EQ(populations(csv).added, 3);
  std::ostringstream exported;
  export_populations(db, exported);
  EXPECT_EQ(exported.str(),
            "control_id,period_start,period_end,count\r\n"
            "'=SUM(1),2026-01-01,2026-06-30,0\r\n"
            "IAM-03,2026-01-01,2026-03-31,8\r\n"
            "IAM-03,2026-04-01,2026-06-30,9\r\n");
  const auto before = state();
  const auto again = populations(exported.str());
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.unchanged, 3);
  EXPECT_EQ(count("population"), 3);
  std::ostringstream second;
  export_populations(db, second);
  EXPECT_EQ(second.str(), exported.str());
  EXPECT_NE(state(), before);  // a revision saying nothing changed, and only that
}

}  // namespace
}  // namespace socready::import::testing

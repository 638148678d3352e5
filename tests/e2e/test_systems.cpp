// End-to-end: systems through the real binary, from a file to the export and the frozen-period
// rule.
#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

constexpr const char* systems_header =
    "system,name,services,description,commitments,soc1_type,soc1_period_start,soc1_period_end,"
    "soc2_type,soc2_period_start,soc2_period_end\n";

class Systems : public ::testing::Test {
 protected:
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "s.db"});
    return run_socready(args, dir.path());
  }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
  }
  void SetUp() override {
    write("services.csv",
          "service,name,affects_financial_reporting,handles_customer_data\n"
          "payroll,Payroll,yes,yes\nhub,Client Hub,no,yes\n");
    ASSERT_EQ(run({"import", "services", "services.csv", "--effective", "2026-01-01"}).exit_code,
              0);
  }
  TempDir dir;
};

TEST_F(Systems, ImportExportRoundTripsAndReplaceRetires) {
  write("systems.csv", std::string(systems_header) +
                           "platform,The Platform,hub;payroll,\"Payroll, hosted\",99.9%,,,,II,"
                           "2026-07-01,2026-12-31\n"
                           "pay,Pay,payroll,,,I,,2026-06-30,,,\n");
  auto r = run({"import", "systems", "systems.csv", "--effective", "2026-02-01", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "dry run, nothing written: systems.csv: 2 rows: 2 added, 0 changed, 0 unchanged, 0 "
            "retired (effective 2026-02-01)\n");
  r = run({"export", "systems"});
  EXPECT_EQ(r.out,
            "system,name,services,description,commitments,soc1_type,soc1_period_start,"
            "soc1_period_end,soc2_type,soc2_period_start,soc2_period_end\r\n");

  r = run({"import", "systems", "systems.csv", "--effective", "2026-02-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run({"export", "systems", "--as-of", "2026-03-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "system,name,services,description,commitments,soc1_type,soc1_period_start,"
            "soc1_period_end,soc2_type,soc2_period_start,soc2_period_end\r\n"
            "pay,Pay,payroll,,,I,,2026-06-30,,,\r\n"
            "platform,The Platform,hub;payroll,\"Payroll, hosted\",99.9%,,,,II,2026-07-01,"
            "2026-12-31\r\n");
  write("again.csv", r.out);
  r = run({"import", "systems", "again.csv", "--effective", "2026-03-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 added, 0 changed, 2 unchanged, 0 retired"), std::string::npos) << r.out;

  write("one.csv", std::string(systems_header) + "platform,,hub,,,,,,II,2026-07-01,2026-12-31\n");
  r = run({"import", "systems", "one.csv", "--effective", "2026-04-01", "--replace"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 added, 1 changed, 0 unchanged, 1 retired"), std::string::npos) << r.out;
  r = run({"export", "systems", "--as-of", "2026-04-01"});
  // A blank name keeps the current one.
  EXPECT_NE(r.out.find("\r\nplatform,The Platform,hub,,,,,,II,2026-07-01,2026-12-31\r\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("pay,"), std::string::npos) << r.out;
  // As of a date before the change the system is as it was.
  r = run({"export", "systems", "--as-of", "2026-03-15"});
  EXPECT_NE(r.out.find("platform,The Platform,hub;payroll,"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("pay,Pay,payroll"), std::string::npos) << r.out;
}

TEST_F(Systems, ABadSystemsFileNamesLineAndColumnAndWritesNothing) {
  write("systems.csv", std::string(systems_header) +
                           "platform,The Platform,hub;payrol,,,,,,II,2026-07-01,2026-12-31\n"
                           "pay,Pay,payroll,,,III,,2026-06-30,II,2026-12-31,2026-07-01\n"
                           "other,Other,hub,,,,2026-01-01,2026-06-30,II,,2026-12-31\n");
  const auto r = run({"import", "systems", "systems.csv"});
  EXPECT_EQ(r.exit_code, 2);
  for (const char* expected :
       {"systems.csv:2:23: error: services: no service 'payrol'", "did you mean payroll?",
        "systems.csv:3:19: error: soc1_type: 'III' is not a report type; expected I or II",
        "systems.csv:3:49: error: soc2_period_end: 2026-07-01 is before soc2_period_start "
        "2026-12-31",
        "systems.csv:4:19: error: soc1_type: a planned period needs its report type (I or II)",
        "systems.csv:4:45: error: soc2_period_start: a Type II report needs its period start"})
    EXPECT_NE(r.err.find(expected), std::string::npos) << expected << "\n" << r.err;
  const auto e = run({"export", "systems"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(e.out,
            std::string(systems_header).insert(std::string(systems_header).size() - 1, "\r"));
}

TEST_F(Systems, AnImportDatedIntoAFrozenPeriodIsRefused) {
  ASSERT_EQ(run({"snapshot", "--period", "2026-Q1"}).exit_code, 0);
  write("systems.csv", std::string(systems_header) + "platform,P,hub,,,,,,,,\n");
  auto r = run({"import", "systems", "systems.csv", "--effective", "2026-03-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the as-of date of the frozen period 2026-Q1"), std::string::npos) << r.err;
  r = run({"import", "systems", "systems.csv", "--effective", "2026-04-01"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace socready

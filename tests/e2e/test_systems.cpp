// End-to-end: systems through the real binary, from a file to the export, the frozen-period
// rule and `score --system`.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

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

  // The versions are the audit trail: `log` shows the change field by field and the retirement,
  // and `--service hub` keeps only the system that lists hub.
  const auto log = run({"log", "--service", "hub"});
  ASSERT_EQ(log.exit_code, 0) << log.err;
  EXPECT_NE(log.out.find("  system platform changed\n      services: hub;payroll -> hub\n"),
            std::string::npos)
      << log.out;
  EXPECT_EQ(log.out.find("system pay "), std::string::npos) << log.out;
  const auto all = run({"log"}).out;
  EXPECT_NE(all.find("  system pay retired: no longer valid from 2026-04-01\n"), std::string::npos)
      << all;
}

TEST_F(Systems, ABadSystemsFileNamesLineAndColumnAndWritesNothing) {
  write("systems.csv", std::string(systems_header) +
                           "platform,The Platform,hub;payrol,,,,,,II,2026-07-01,2026-12-31\n"
                           "pay,Pay,payroll,,,III,,2026-06-30,II,2026-12-31,2026-07-01\n"
                           "other,Other,hub,,,,2026-01-01,2026-06-30,II,,2026-12-31\n");
  const auto r = run({"import", "systems", "systems.csv"});
  EXPECT_EQ(r.exit_code, 2);
  for (const char* expected :
       {"systems.csv:2:23: error: services: no service 'payrol'", "did you mean 'payroll'?",
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

// The SOC 2 blockers of one service, as `score --format json` gives them.
std::set<std::string> soc2_blockers(const nlohmann::json& all, const std::string& service) {
  for (const auto& r : all)
    if (r["service"] == service && r["framework"] == "SOC2" && r["type"] == "II")
      return r["blockers"].get<std::set<std::string>>();
  return {};
}

TEST_F(Systems, ScoreSystemCountsEachBlockerOnceOverThePlannedPeriod) {
  write("systems.csv", std::string(systems_header) +
                           "platform,The Platform,hub;payroll,,,,,,II,2026-07-01,2026-12-31\n");
  ASSERT_EQ(run({"import", "systems", "systems.csv", "--effective", "2026-01-01"}).exit_code, 0);
  // One entity-level control for CC1.1, with evidence; nothing else.
  write("controls.csv",
        "control_id,title,services,tsc,status,frequency,implemented_on,evidence_date\n"
        "GOV-01,Code of conduct,*,CC1.1,implemented,annual,2025-01-01,2026-08-01\n");
  ASSERT_EQ(run({"import", "controls", "controls.csv", "--effective", "2026-01-01"}).exit_code, 0);

  auto services = run({"score", "--format", "json"});
  ASSERT_EQ(services.exit_code, 0) << services.err;
  const auto each = nlohmann::json::parse(services.out);
  std::set<std::string> both = soc2_blockers(each, "payroll");
  const auto hub = soc2_blockers(each, "hub");
  ASSERT_FALSE(both.empty());
  both.insert(hub.begin(), hub.end());

  auto r = run({"score", "--system", "platform", "--type", "II", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto system = nlohmann::json::parse(r.out);
  const nlohmann::json* soc2 = nullptr;
  for (const auto& x : system)
    if (x["framework"] == "SOC2") soc2 = &x;
  ASSERT_NE(soc2, nullptr) << r.out;
  EXPECT_EQ((*soc2)["system"], "platform");
  EXPECT_EQ((*soc2)["services"], nlohmann::json({"hub", "payroll"}));
  EXPECT_EQ((*soc2)["planned"], true);
  EXPECT_EQ((*soc2)["applies_to"], nlohmann::json({"hub", "payroll"}));
  // Each blocker once: the union of the two services' blockers, not their concatenation.
  const auto blockers = (*soc2)["blockers"].get<std::vector<std::string>>();
  EXPECT_EQ(std::set<std::string>(blockers.begin(), blockers.end()), both);
  EXPECT_EQ(blockers.size(), both.size());
  EXPECT_EQ(std::count(blockers.begin(), blockers.end(), "CC1.1"), 0);
  // Today (2026-11-26) lies inside the planned period: a projection from its start.
  EXPECT_EQ((*soc2)["period"]["projection"], true);
  EXPECT_EQ((*soc2)["window"]["opens"], "2026-07-01");
  EXPECT_EQ((*soc2)["window"]["closes"], "2026-11-26");

  r = run({"score", "--system", "platform"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("System platform (The Platform): hub, payroll"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2026-07-01 to 2026-11-26 (projection: the period ends 2026-12-31)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("SOC 2: SOC 2 Type II planned, 2026-07-01 to 2026-12-31; applies to hub, "
                       "payroll"),
            std::string::npos)
      << r.out;

  r = run({"score", "--system", "platform", "--fail-under", "50"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("readiness below 50.0: platform SOC"), std::string::npos) << r.err;

  r = run({"score", "--system", "platfrom"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no system 'platfrom' on file on 2026-11-26; did you mean 'platform'?"),
            std::string::npos)
      << r.err;
  r = run({"score", "payroll", "--system", "platform"});
  EXPECT_EQ(r.exit_code, 2);
}

TEST_F(Systems, TheReportHasAPagePerSystemAndASystemsTable) {
  write("systems.csv", std::string(systems_header) +
                           "platform,The Platform,hub;payroll,Hosted payroll,,,,,II,2026-07-01,"
                           "2026-12-31\n");
  ASSERT_EQ(run({"import", "systems", "systems.csv", "--effective", "2026-01-01"}).exit_code, 0);
  auto r = run({"report", "--period", "2026-Q4", "--out", "out"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto page = testing::single_spaced(
      testing::read_file(dir / "out" / "2026-Q4" / "systems" / "platform.md"));
  EXPECT_NE(page.find("# The Platform"), std::string::npos) << page;
  EXPECT_NE(page.find("[Client Hub](../services/hub.md)"), std::string::npos) << page;
  EXPECT_NE(page.find("| SOC 2 Type II | 2026-07-01 to 2026-12-31 | running: Type II below is a "
                      "projection over 2026-07-01 to 2026-11-26 |"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("### Blockers, each counted once"), std::string::npos) << page;
  const auto readme =
      testing::single_spaced(testing::read_file(dir / "out" / "2026-Q4" / "README.md"));
  EXPECT_NE(readme.find("## Systems"), std::string::npos) << readme;
  EXPECT_NE(readme.find("| [The Platform](systems/platform.md) | 2 | SOC 2 Type II | 2026-07-01 "
                        "to 2026-12-31 (running) |"),
            std::string::npos)
      << readme;
  const auto manifest = testing::read_file(dir / "out" / "2026-Q4" / ".socready-pages");
  EXPECT_NE(manifest.find("systems/platform.md\n"), std::string::npos) << manifest;
}

// `import services --replace` retires the services the file leaves out, from its effective date:
// they leave `applicability` and the systems that listed them, and come back as they were before.
TEST_F(Systems, ReplacingServicesRetiresTheMissingOnesFromTheEffectiveDate) {
  write("systems.csv", std::string(systems_header) +
                           "platform,The Platform,hub;payroll,,,,,,II,2026-07-01,2026-12-31\n");
  ASSERT_EQ(run({"import", "systems", "systems.csv", "--effective", "2026-01-01"}).exit_code, 0);
  write(
      "only-payroll.csv",
      "service,name,affects_financial_reporting,handles_customer_data\npayroll,Payroll,yes,yes\n");
  auto r = run({"import", "services", "only-payroll.csv", "--effective", "2026-06-01", "--replace",
                "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 added, 0 changed, 1 unchanged, 1 retired (effective 2026-06-01)"),
            std::string::npos)
      << r.out;
  r = run({"import", "services", "only-payroll.csv", "--effective", "2026-06-01", "--replace"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("0 added, 0 changed, 1 unchanged, 1 retired (effective 2026-06-01)"),
            std::string::npos)
      << r.out;

  r = run({"applicability", "--as-of", "2026-05-31", "--format", "json"});
  EXPECT_NE(r.out.find("\"hub\""), std::string::npos) << r.out;
  r = run({"applicability", "--as-of", "2026-06-01", "--format", "json"});
  EXPECT_EQ(r.out.find("\"hub\""), std::string::npos) << r.out;
  r = run({"score", "--system", "platform", "--as-of", "2026-06-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("System platform (The Platform): hub (not on file on 2026-06-01), payroll"),
            std::string::npos)
      << r.out;
  EXPECT_NE(run({"log"}).out.find("  service hub retired: no longer valid from 2026-06-01\n"),
            std::string::npos);
}

}  // namespace
}  // namespace socready

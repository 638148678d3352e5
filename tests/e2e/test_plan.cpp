// End-to-end: `socready plan SYSTEM` through the real binary, on a small hand-made portfolio
// (the date of docs/scoring.md §2.7's worked example) and on the example year with its systems
// and vendors.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

class PlanCli : public ::testing::Test {
 protected:
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "p.db"});
    return run_socready(args, dir.path());
  }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
  }
  void import(const std::string& kind, const std::string& file, const std::string& text) {
    write(file, text);
    auto r = run({"import", kind, file, "--effective", "2026-01-01"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // The worked example: MON-01 monthly from 2026-03-15, RISK-01 annual last run 2025-12-01,
  // HR-01 monthly for years; the system plans a SOC 2 Type II period 2026-07-01 to 2026-12-31.
  void SetUp() override {
    ASSERT_EQ(run({"init"}).exit_code, 0);
    import("services", "services.csv",
           "service,name,handles_customer_data,availability_commitment,processes_transactions,"
           "confidential_data,personal_data\ntk,Timekeeper,yes,no,no,no,no\n"
           "other,Other,yes,no,no,no,no\n");
    import("controls", "controls.csv",
           "control_id,title,owner,services,tsc,status,frequency,implemented_on,evidence_date\n"
           "HR-01,Hiring checks,Ann,*,CC1.3,implemented,monthly,2024-01-01,2025-12-01\n"
           "MON-01,Monitoring review,Bo,tk,CC1.1,implemented,monthly,2026-03-15,\n"
           "RISK-01,Risk assessment,Cy,*,CC1.2,implemented,annual,2024-01-01,2025-12-01\n");
    import("systems", "systems.csv",
           "system,name,services,description,commitments,soc1_type,soc1_period_start,"
           "soc1_period_end,soc2_type,soc2_period_start,soc2_period_end\n"
           "platform,Platform,tk,,,,,,II,2026-07-01,2026-12-31\n");
  }
  TempDir dir;
};

TEST_F(PlanCli, TheEarliestEndAndTheControlThatDecidesIt) {
  // SOC 2 for tk (customer data; no uptime, transaction, confidential or personal data facts):
  // Security's 33 criteria only, of which the inventory addresses three.
  // As of 2026-04-01 the other 30 are blockers, so there is no date yet.
  auto r = run({"plan", "platform", "--as-of", "2026-04-01", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["frameworks"].size(), 1u);
  auto f = j["frameworks"][0];
  EXPECT_EQ(f["framework"], "SOC2");
  EXPECT_EQ(f["requirements"], 33);
  EXPECT_EQ(f["blockers"].size(), 30u);
  EXPECT_EQ(f["blockers"][0]["requirement"], "CC1.4");
  EXPECT_EQ(f["blockers"][0]["reason"], "no control addresses it");
  EXPECT_TRUE(f["earliest_end"].is_null());
}

TEST_F(PlanCli, WithEveryCriterionCoveredTheDateIsTheAnnualRun) {
  // An entity-level control operating since 2024 for the 30 other Security criteria.
  std::string codes;
  for (const char* c :
       {"CC1.4", "CC1.5", "CC2.1", "CC2.2", "CC2.3", "CC3.1", "CC3.2", "CC3.3", "CC3.4", "CC4.1",
        "CC4.2", "CC5.1", "CC5.2", "CC5.3", "CC6.1", "CC6.2", "CC6.3", "CC6.4", "CC6.5", "CC6.6",
        "CC6.7", "CC6.8", "CC7.1", "CC7.2", "CC7.3", "CC7.4", "CC7.5", "CC8.1", "CC9.1", "CC9.2"})
    codes += (codes.empty() ? "" : ";") + std::string(c);
  write("more.csv",
        "control_id,title,owner,services,tsc,status,frequency,implemented_on,evidence_date\n"
        "SEC-01,Security programme,Di,*," +
            codes + ",implemented,monthly,2024-01-01,2026-03-01\n");
  auto r = run({"import", "controls", "more.csv", "--effective", "2026-01-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // docs/scoring.md §2.7: MON-01 allows 2026-09-15, RISK-01's next run 2026-12-01 decides.
  r = run({"plan", "platform", "--as-of", "2026-04-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Plan for Platform (platform) as of 2026-04-01, 6-month Type II window\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Earliest Type II period end: 2026-12-01 (6-month window from "
                       "2026-06-01)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("RISK-01  CC1.2         annual: last run 2025-12-01, next due 2026-12-01\n"),
            std::string::npos)
      << r.out;
  // The planned period has not started: RISK-01 must run inside it.
  EXPECT_NE(r.out.find("annual control  RISK-01  not yet run in the period; next due 2026-12-01"),
            std::string::npos)
      << r.out;
  // A 3-month window: MON-01 allows 2026-06-15 (window from 2026-03-15), which holds no run of
  // RISK-01 (2025-12-01, 2026-12-01): still 2026-12-01, now from 2026-09-01.
  r = run(
      {"plan", "platform", "--as-of", "2026-04-01", "--window-months", "3", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["window_months"], 3);
  EXPECT_EQ(j["frameworks"][0]["earliest_end"], "2026-12-01");
  EXPECT_EQ(j["frameworks"][0]["window_opens"], "2026-09-01");
}

TEST_F(PlanCli, AnUnknownSystemIsAnInputErrorWithAHint) {
  auto r = run({"plan", "platfrom", "--as-of", "2026-04-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no system 'platfrom' on 2026-04-01; did you mean 'platform'?"),
            std::string::npos)
      << r.err;
  r = run({"plan", "platform", "--window-months", "13"});
  EXPECT_EQ(r.exit_code, 2);
  r = run({"plan"});
  EXPECT_EQ(r.exit_code, 2);
}

// The example year imported as scripts/main-job.sh imports it, without freezing quarters (a
// frozen quarter refuses the vendors' and systems' back-dated imports).
class PlanOnTheExample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    const auto ex = testing::source_dir() / "examples";
    auto ok = [](std::vector<std::string> args) {
      args.insert(args.begin(), {"--db", "example.db"});
      auto r = run_socready(args, dir_->path());
      ASSERT_EQ(r.exit_code, 0) << args.at(3) << ": " << r.err;
    };
    auto file = [&](const std::string& name) { return (ex / name).string(); };
    ok({"init"});
    ok({"import", "objectives", file("objectives.csv"), "--effective", "2026-01-01"});
    ok({"import", "services", file("services.csv"), "--effective", "2026-01-01"});
    ok({"import", "subservice", file("subservice-2026-Q1.csv"), "--effective", "2026-01-01"});
    ok({"import", "systems", file("systems.csv"), "--effective", "2026-01-01"});
    for (int q = 1; q <= 4; ++q) {
      const std::string start = fmt::format("2026-{:02d}-01", (q - 1) * 3 + 1);
      const std::string period = "2026-Q" + std::to_string(q);
      ok({"import", "controls", file("controls-" + period + ".csv"), "--effective", start,
          "--replace"});
      for (const char* kind : {"evidence", "tests", "populations"})
        ok({"import", kind, file(std::string(kind) + "-" + period + ".csv"), "--effective", start});
      if (q == 3) {
        ok({"import", "cuecs", file("cuecs.csv"), "--effective", start});
        ok({"import", "services", file("services-2026-Q3.csv"), "--effective", start});
      }
      if (q == 4)
        ok({"import", "subservice", file("subservice-2026-Q4.csv"), "--effective", start});
    }
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static const std::filesystem::path& folder() { return dir_->path(); }

 private:
  static inline std::unique_ptr<TempDir> dir_;
};

TEST_F(PlanOnTheExample, PayrollsStaleProcessorReportWillNotCoverItsPeriod) {
  // examples/systems.csv: payroll plans a SOC 1 Type II for 2026-04-01 to 2026-09-30. PayBridge
  // (subservice-2026-Q4.csv, carve-out, payroll-engine) reported to 2025-06-30: more than 12
  // months before 2026-09-30 (2025-09-30), within 15 (2025-06-30), and its bridge letter stops at
  // 2025-09-30. Northwind Cloud's report ends 2026-09-30 and covers it.
  auto r = run_socready(
      {"--db", "example.db", "plan", "payroll", "--as-of", "2026-11-20", "--format", "json"},
      folder());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["frameworks"].size(), 1u);
  auto f = j["frameworks"][0];
  EXPECT_EQ(f["framework"], "SOC1");
  EXPECT_EQ(f["planned_period"]["start"], "2026-04-01");
  EXPECT_EQ(f["planned_period"]["end"], "2026-09-30");
  int vendors = 0;
  for (const auto& m : f["must_happen"]) {
    if (m["kind"] != "vendor_report") continue;
    ++vendors;
    EXPECT_EQ(m["subject"], "paybridge");
    EXPECT_EQ(m["detail"],
              "PayBridge Payments: its report's period ended 2025-06-30, more than 12 months "
              "before 2026-09-30, and no bridge letter runs to 2026-09-30 (its letter runs to "
              "2025-09-30)");
  }
  EXPECT_EQ(vendors, 1);
  // The table says the same.
  r = run_socready({"--db", "example.db", "plan", "payroll", "--as-of", "2026-11-20"}, folder());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Planned Type II period 2026-04-01 to 2026-09-30"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("PayBridge Payments: its report's period ended 2025-06-30"),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace socready

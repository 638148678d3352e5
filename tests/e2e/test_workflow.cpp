// End-to-end: the example company's year through the real binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

class Workflow : public ::testing::Test {
 protected:
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "w.db"});
    return run_socready(args, dir.path());
  }
  void ok(std::vector<std::string> args) {
    auto r = run(args);
    ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
    // Not a terminal: no progress line, nothing on stderr.
    EXPECT_EQ(r.err, "");
  }
  std::string example(const std::string& name) {
    return (testing::source_dir() / "examples" / name).string();
  }
  void import_quarter(int q) {
    const std::string start = q == 1   ? "2026-01-01"
                              : q == 2 ? "2026-04-01"
                              : q == 3 ? "2026-07-01"
                                       : "2026-10-01";
    ok({"import", "controls", example("controls-2026-Q" + std::to_string(q) + ".csv"),
        "--effective", start, "--replace"});
    ok({"import", "evidence", example("evidence-2026-Q" + std::to_string(q) + ".csv")});
    ok({"import", "tests", example("tests-2026-Q" + std::to_string(q) + ".csv")});
    ok({"import", "populations", example("populations-2026-Q" + std::to_string(q) + ".csv")});
  }
  void SetUp() override {
    ok({"import", "objectives", example("objectives.csv"), "--effective", "2026-01-01"});
    ok({"import", "services", example("services.csv"), "--effective", "2026-01-01"});
  }

  TempDir dir;
};

TEST_F(Workflow, ScoreJsonHasTheKeysOfTheSpec) {
  import_quarter(1);
  auto r = run({"score", "--as-of", "2026-03-31", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 7u * 2 * 2);  // services x frameworks x types
  const std::set<std::string> base{"service",       "product_line", "framework", "applies",
                                   "applicability", "type",         "readiness", "band",
                                   "in_scope",      "covered",      "blockers",  "deviations"};
  for (const auto& x : j) {
    std::set<std::string> keys;
    for (const auto& [k, v] : x.items()) keys.insert(k);
    auto expected = base;
    if (x["framework"] == "SOC2") expected.insert("categories");
    EXPECT_EQ(keys, expected) << x.dump();
    EXPECT_TRUE(x["applies"].is_boolean());
    EXPECT_TRUE(x["readiness"].is_number());
    EXPECT_GE(x["readiness"].get<double>(), 0.0);
    EXPECT_LE(x["readiness"].get<double>(), 100.0);
    EXPECT_TRUE(x["blockers"].is_array());
  }
  // The example's intended outcomes (examples/README.md).
  auto applies = [&](const std::string& service, const std::string& framework) {
    for (const auto& x : j)
      if (x["service"] == service && x["framework"] == framework) return x["applies"].get<bool>();
    ADD_FAILURE() << service;
    return false;
  };
  auto outcome = [&](const std::string& service, const std::string& framework) {
    for (const auto& x : j)
      if (x["service"] == service && x["framework"] == framework)
        return x["applicability"].get<std::string>();
    return std::string();
  };
  EXPECT_TRUE(applies("payroll-engine", "SOC1"));
  EXPECT_FALSE(applies("payroll-engine", "SOC2"));
  // Question 2 is blank for Payroll Engine: SOC 2 is undetermined, never "does not apply".
  EXPECT_EQ(outcome("payroll-engine", "SOC2"), "undetermined");
  EXPECT_EQ(outcome("tax-filing", "SOC2"), "does_not_apply");
  EXPECT_TRUE(applies("insights-app", "SOC2"));
  EXPECT_FALSE(applies("insights-app", "SOC1"));
  EXPECT_TRUE(applies("timekeeper", "SOC1"));
  EXPECT_TRUE(applies("timekeeper", "SOC2"));
}

// SPEC §6: the deviations of the window, tests and missing periods, in the JSON of the year.
TEST_F(Workflow, ScoreJsonListsTheDeviationsAndMissingPeriodsOfTheWindow) {
  for (int q = 1; q <= 4; ++q) import_quarter(q);
  auto r =
      run({"score", "payroll-engine", "--as-of", "2026-11-20", "--type", "II", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["framework"], "SOC1");
  EXPECT_EQ(j[0]["deviations"].dump(),
            R"([{"control":"BCK-01","date":"2026-05-20","result":"fail"},)"
            R"({"control":"JOB-01","date":"2026-05-25","periods":["2026-W22 to 2026-W46"],)"
            R"("result":"missing"},)"
            R"({"control":"IAM-03","date":"2026-10-14","result":"fail"},)"
            R"({"control":"CHG-02","date":"2026-11-10","result":"exception"}])");
}

TEST_F(Workflow, FailUnderGatesOnApplicableReadiness) {
  import_quarter(1);
  auto low = run({"score", "--as-of", "2026-03-31", "--fail-under", "99"});
  EXPECT_EQ(low.exit_code, 1);
  EXPECT_NE(low.err.find("readiness below 99.0"), std::string::npos) << low.err;
  auto zero = run({"score", "--as-of", "2026-03-31", "--fail-under", "0"});
  EXPECT_EQ(zero.exit_code, 0) << zero.err;
  auto bad = run({"score", "--fail-under", "150"});
  EXPECT_EQ(bad.exit_code, 2);
}

TEST_F(Workflow, ScoringAsOfADateBeforeAnImportEqualsScoringBeforeIt) {
  import_quarter(1);
  auto before = run({"score", "--as-of", "2026-03-31", "--format", "json"});
  import_quarter(2);
  auto after = run({"score", "--as-of", "2026-03-31", "--format", "json"});
  ASSERT_EQ(before.exit_code, 0);
  // Q2's evidence is dated in Q2, its versions valid from 04-01: March is unchanged.
  EXPECT_EQ(after.out, before.out);
  auto q2 = run({"score", "--as-of", "2026-06-30", "--format", "json"});
  EXPECT_NE(q2.out, before.out);
}

TEST_F(Workflow, AFrozenPeriodNeverChanges) {
  import_quarter(1);
  ok({"snapshot", "--period", "2026-Q1"});
  auto history = run({"history", "--format", "json"});
  auto again = run({"snapshot", "--period", "2026-Q1"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("2026-Q1 is already frozen"), std::string::npos) << again.err;
  // Late evidence for Q1 arrives in Q2's files; the frozen Q1 stays as it was.
  import_quarter(2);
  ok({"import", "evidence", example("evidence-2026-Q1.csv")});
  EXPECT_EQ(run({"history", "--format", "json"}).out, history.out);
  auto future = run({"snapshot", "--period", "2026-Q4"});
  EXPECT_EQ(future.exit_code, 2);
  EXPECT_NE(future.err.find("still running"), std::string::npos) << future.err;
}

TEST_F(Workflow, HistoryShowsEveryFrozenQuarter) {
  for (int q = 1; q <= 3; ++q) {
    import_quarter(q);
    ok({"snapshot", "--period", "2026-Q" + std::to_string(q)});
  }
  auto r = run({"history", "timekeeper"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2026-Q1"), std::string::npos);
  EXPECT_NE(r.out.find("2026-Q3"), std::string::npos);
  EXPECT_EQ(r.out.find("payroll-engine"), std::string::npos);
  auto j = nlohmann::json::parse(run({"history", "--format", "json", "timekeeper"}).out);
  EXPECT_EQ(j.size(), 3u * 4);  // 3 quarters x (SOC 1, SOC 2) x (I, II)
}

TEST_F(Workflow, ExplainTracesARequirementToItsRows) {
  import_quarter(1);
  auto r = run({"explain", "timekeeper", "--framework", "soc2", "CC6.1", "--as-of", "2026-03-31"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("CC6.1"), std::string::npos);
  EXPECT_NE(r.out.find("IAM-01"), std::string::npos) << r.out;
  auto missing = run({"explain", "timekeeper", "--framework", "soc2", "ZZ9.9"});
  EXPECT_EQ(missing.exit_code, 2);
  auto nobody = run({"explain", "nobody", "--framework", "soc2"});
  EXPECT_EQ(nobody.exit_code, 2);
  EXPECT_NE(nobody.err.find("no service 'nobody'"), std::string::npos) << nobody.err;
}

TEST_F(Workflow, ApplicabilityExplainsItsDecision) {
  auto r = run({"applicability", "auto-invoicing"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("SOC 1 + SOC 2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Override"), std::string::npos) << r.out;
  auto j = nlohmann::json::parse(run({"applicability", "--format", "json"}).out);
  EXPECT_EQ(j.size(), 7u);
}

TEST_F(Workflow, ExportImportsBackWithZeroChanges) {
  import_quarter(1);
  import_quarter(2);
  ok({"export", "controls", "--out", "controls.csv"});
  ok({"export", "services", "--out", "services.csv"});
  auto c = run({"import", "controls", "controls.csv", "--effective", "2026-11-01"});
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_NE(c.out.find(" 0 added, 0 changed"), std::string::npos) << c.out;
  EXPECT_EQ(c.out.find("evidence"), std::string::npos) << c.out;
  auto s = run({"import", "services", "services.csv"});
  EXPECT_NE(s.out.find("0 added, 0 changed, 7 unchanged"), std::string::npos) << s.out;
}

TEST_F(Workflow, BadImportExitsTwoAndWritesNothing) {
  import_quarter(1);
  ok({"export", "controls", "--out", "before.csv"});
  auto bad = dir.write("bad.csv",
                       "control_id,title,tsc,status\nNEW-1,New control,CC6.1,implemented\n"
                       "NEW-2,Another,CC6.10,implemented\n");
  auto r = run({"import", "controls", bad.string(), "--effective", "2026-05-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.csv:3:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean 'CC6.1'?"), std::string::npos) << r.err;
  ok({"export", "controls", "--out", "after.csv"});
  EXPECT_EQ(testing::read_file(dir / "after.csv"), testing::read_file(dir / "before.csv"));
  auto missing = run({"import", "controls", "nope.csv"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nope.csv: error: cannot open"), std::string::npos) << missing.err;
  auto backdated =
      run({"import", "controls", example("controls-2026-Q2.csv"), "--effective", "2025-12-01"});
  EXPECT_EQ(backdated.exit_code, 2);
  EXPECT_NE(backdated.err.find("rewrite its history"), std::string::npos) << backdated.err;
}

TEST_F(Workflow, LogShowsWhoChangedWhat) {
  import_quarter(1);
  import_quarter(2);
  import_quarter(3);
  auto r = run({"log", "--control", "LEG-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("control LEG-01 added"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("control LEG-01 retired"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--replace"), std::string::npos) << r.out;
  auto j = nlohmann::json::parse(run({"log", "--format", "json", "--service", "timekeeper"}).out);
  ASSERT_FALSE(j.empty());
  bool changed = false;
  for (const auto& e : j)
    if (e["action"] == "changed" && !e["changes"].empty()) changed = true;
  EXPECT_TRUE(changed);
}

}  // namespace
}  // namespace socready

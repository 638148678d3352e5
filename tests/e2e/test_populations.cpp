// End-to-end: `socready import populations` and `socready export populations` through the real
// binary, and what the scorer makes of them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

class Populations : public ::testing::Test {
 protected:
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "p.db"});
    return run_socready(args, dir.path());
  }
  void ok(std::vector<std::string> args) {
    auto r = run(args);
    ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  }
  std::string example(const std::string& name) {
    return (testing::source_dir() / "examples" / name).string();
  }
  std::string explain_iam03() {
    auto r = run({"explain", "payroll-engine", "--framework", "soc1", "ITGC-ACCESS", "--as-of",
                  "2026-11-20"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }
  void SetUp() override {
    ok({"import", "objectives", example("objectives.csv"), "--effective", "2026-01-01"});
    ok({"import", "services", example("services.csv"), "--effective", "2026-01-01"});
    // Q1 first: the year's evidence names LEG-01, retired before Q4.
    ok({"import", "controls", example("controls-2026-Q1.csv"), "--effective", "2026-01-01"});
    ok({"import", "controls", example("controls-2026-Q4.csv"), "--effective", "2026-10-01"});
    for (int q = 1; q <= 4; ++q)
      ok({"import", "evidence", example("evidence-2026-Q" + std::to_string(q) + ".csv")});
  }

  TempDir dir;
};

TEST_F(Populations, ImportExportAndReimportChangeNothingTwice) {
  const auto file = dir.write("populations.csv",
                              "control_id,period_start,period_end,count\n"
                              "IAM-03,2026-07-01,2026-09-30,9\n"
                              "IAM-03,2026-10-01,2026-11-20,5\n"
                              "HR-01,2026-07-01,2026-09-30,11\n"
                              "IAM-03,2026-07-01,2026-09-30,9\n");
  // A dry run says what would happen and writes nothing.
  auto dry = run({"import", "populations", file.string(), "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("dry run, nothing written: "), std::string::npos) << dry.out;
  EXPECT_EQ(run({"export", "populations"}).out, "control_id,period_start,period_end,count\r\n");

  auto first = run({"import", "populations", file.string(), "--effective", "2026-10-01"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, file.string() +
                           ": 4 rows: 3 added, 0 unchanged; 1 listed twice in the file, counted "
                           "once\n");
  auto again = run({"import", "populations", file.string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  // Every row's record is on file now, the repeated one too.
  EXPECT_NE(again.out.find("4 rows: 0 added, 4 unchanged\n"), std::string::npos) << again.out;

  auto exported = run({"export", "populations"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out,
            "control_id,period_start,period_end,count\r\n"
            "HR-01,2026-07-01,2026-09-30,11\r\n"
            "IAM-03,2026-07-01,2026-09-30,9\r\n"
            "IAM-03,2026-10-01,2026-11-20,5\r\n");
  ok({"export", "populations", "--out", "exported.csv"});
  auto back = run({"import", "populations", "exported.csv"});
  EXPECT_EQ(back.out, "exported.csv: 3 rows: 0 added, 3 unchanged\n");
  EXPECT_EQ(run({"export", "populations"}).out, exported.out);

  // The audit trail shows the import, its kind and the records it brought.
  auto log = run({"log", "--control", "IAM-03"});
  EXPECT_NE(log.out.find("socready import populations"), std::string::npos) << log.out;
  EXPECT_NE(log.out.find("population IAM-03 added: 2026-07-01 to 2026-09-30: 9 instances"),
            std::string::npos)
      << log.out;
  auto json_log = nlohmann::json::parse(run({"log", "--format", "json"}).out);
  int populations = 0;
  for (const auto& e : json_log)
    if (e["entity"] == "population") ++populations;
  EXPECT_EQ(populations, 3);
}

TEST_F(Populations, TheScorerCountsEveryInstance) {
  // IAM-03 has 20 records in the window 2026-05-20..11-20 (19 tickets and the inventory's date).
  EXPECT_NE(explain_iam03().find("population: none on file; 20 records in the window: ×0.5"),
            std::string::npos);
  // All 92 days of the Q3 record are inside, and the 51 of the Q4 one: 9 + 5 = 14 leavers.
  const auto file = dir.write("p.csv",
                              "control_id,period_start,period_end,count\n"
                              "IAM-03,2026-07-01,2026-09-30,9\n"
                              "IAM-03,2026-10-01,2026-11-20,5\n");
  ok({"import", "populations", file.string()});
  const auto text = explain_iam03();
  EXPECT_EQ(text.find("population: none on file; 20 records"), std::string::npos) << text;
  EXPECT_NE(text.find("population: 14 in the window, 20 records: min(1, 20/14) = ×1; the auditor "
                      "will sample 8"),
            std::string::npos)
      << text;
}

TEST_F(Populations, ABadFileListsEveryProblemAndWritesNothing) {
  ok({"import", "populations",
      dir.write("good.csv",
                "control_id,period_start,period_end,count\n"
                "HR-01,2026-01-01,2026-03-31,8\n")
          .string()});
  const auto bad = dir.write("bad.csv",
                             "control_id,period_start,period_end,count\n"
                             "HR-1,2026-04-01,2026-06-30,9\n"
                             "HR-01,2026-03-01,2026-04-30,-2\n"
                             "HR-01,2026-02-01,2026-02-28,3\n"
                             "IAM-03,2026-04-01,2026-03-31,1\n"
                             "IAM-03,2026-10-01,2026-12-31,4\n");
  auto r = run({"import", "populations", bad.string()});
  EXPECT_EQ(r.exit_code, 2);
  const auto b = bad.string();
  for (const std::string& expected : std::vector<std::string>{
           b + ":2:1: error: control_id: no control 'HR-1'; did you mean 'HR-01'?",
           b + ":3:29: error: count: '-2' is not a count; expected a whole number, 0 or more",
           b + ":4:7: error: period_start: HR-01 2026-02-01 to 2026-02-28 overlaps HR-01 "
               "2026-01-01 to 2026-03-31 (count 8) already on file",
           b + ":5:19: error: period_end: 2026-03-31 is before period_start 2026-04-01",
           b + ":6:19: error: period_end: 2026-12-31 is in the future (today is 2026-11-26)",
       })
    EXPECT_NE(r.err.find(expected), std::string::npos) << expected << "\n" << r.err;
  EXPECT_EQ(run({"export", "populations"}).out,
            "control_id,period_start,period_end,count\r\nHR-01,2026-01-01,2026-03-31,8\r\n");
  auto usage = run({"import", "population", bad.string()});
  EXPECT_EQ(usage.exit_code, 2);
  EXPECT_NE(usage.err.find("expected services, controls, evidence, tests, populations,"),
            std::string::npos)
      << usage.err;
}

}  // namespace
}  // namespace socready

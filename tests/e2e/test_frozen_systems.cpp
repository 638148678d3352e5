// End-to-end: a snapshot freezes its systems (issue #13). After an evidence record dated inside
// a frozen quarter is imported, that quarter's system pages and Systems table stay byte for
// byte as frozen while an unfrozen quarter's move; a database frozen before snapshots held
// systems (schema 0013) still reports, scoring its systems when the report is made.
#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <set>

#include "store/migrations.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::run_socready;
using testing::TempDir;

constexpr const char* not_frozen_remark =
    "Systems are scored when the report is made, from the data on file for this date: this "
    "period was frozen before snapshots held systems, so they are not part of it.\n\n";

// The example data as scripts/main-job.sh imports it, systems included, up to 2026-Q4; only
// 2026-Q3 is frozen, so 2026-Q4 is reported from live data (today is 2026-11-26).
class FrozenSystems : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    const auto ex = testing::source_dir() / "examples";
    auto file = [&](const std::string& name) { return (ex / name).string(); };
    std::vector<std::vector<std::string>> steps = {
        {"init"},
        {"import", "objectives", file("objectives.csv"), "--effective", "2026-01-01"},
        {"import", "services", file("services.csv"), "--effective", "2026-01-01"},
        {"import", "subservice", file("subservice-2026-Q1.csv"), "--effective", "2026-01-01"},
        {"import", "systems", file("systems.csv"), "--effective", "2026-01-01"}};
    for (int q = 1; q <= 4; ++q) {
      const std::string start = fmt::format("2026-{:02d}-01", (q - 1) * 3 + 1);
      const std::string period = fmt::format("2026-Q{}", q);
      for (const char* kind : {"controls", "evidence", "tests", "populations"}) {
        std::vector<std::string> step{
            "import", kind, file(std::string(kind) + "-" + period + ".csv"), "--effective", start};
        if (std::string(kind) == "controls") step.push_back("--replace");
        steps.push_back(step);
      }
      if (q == 3) {
        steps.push_back({"import", "cuecs", file("cuecs.csv"), "--effective", start});
        steps.push_back({"import", "services", file("services-2026-Q3.csv"), "--effective", start});
        steps.push_back({"snapshot", "--period", "2026-Q3"});
      }
      if (q == 4)
        steps.push_back(
            {"import", "subservice", file("subservice-2026-Q4.csv"), "--effective", start});
    }
    for (auto& args : steps) {
      args.insert(args.begin(), {"--db", "example.db"});
      const auto r = run_socready(args, dir_->path());
      ASSERT_EQ(r.exit_code, 0) << args.at(2) << " " << (args.size() > 3 ? args[3] : "") << ": "
                                << r.err;
    }
  }
  static void TearDownTestSuite() { dir_.reset(); }

  // A copy of the example database for one test, which may change it.
  void SetUp() override { fs::copy_file(dir_->path() / "example.db", dir / "work.db"); }
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "work.db"});
    return run_socready(args, dir.path());
  }
  void report(const std::string& period, const std::string& out) {
    const auto r = run({"report", "--period", period, "--out", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  TempDir dir;

 private:
  static inline std::unique_ptr<TempDir> dir_;
};

std::set<std::string> files_under(const fs::path& root) {
  std::set<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) out.insert(fs::relative(e.path(), root).string());
  return out;
}

// GOV-01 is an annual control of the timekeeper platform with no run yet inside its planned
// SOC 2 Type II period (2026-07-01 to 2026-12-31): a record dated 2026-09-15, inside 2026-Q3,
// is that run.
constexpr const char* late_evidence =
    "control_id,collected_on,description,location\n"
    "GOV-01,2026-09-15,Board review minutes found late,https://example.test/gov-01\n";
constexpr const char* gov01_must_run = "| annual control | GOV-01 | not yet run in the period";

TEST_F(FrozenSystems, AFrozenQuartersSystemPagesDoNotChangeWhenItsDataDoes) {
  report("2026-Q3", "before");
  report("2026-Q4", "before");
  const std::string q3_page =
      read_file(dir / "before" / "2026-Q3" / "systems" / "timekeeper-platform.md");
  // Frozen: no remark that the systems are scored now.
  EXPECT_EQ(q3_page.find("Systems are scored when the report is made"), std::string::npos);
  // What the late record would change if the quarter's systems were scored now.
  EXPECT_NE(testing::single_spaced(q3_page).find(gov01_must_run), std::string::npos);

  dir.write("late.csv", late_evidence);
  auto r = run({"import", "evidence", "late.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  report("2026-Q3", "after");
  report("2026-Q4", "after");

  const auto before = files_under(dir / "before" / "2026-Q3");
  ASSERT_TRUE(before.count("systems/timekeeper-platform.md"));
  ASSERT_TRUE(before.count("systems/payroll.md"));
  EXPECT_EQ(files_under(dir / "after" / "2026-Q3"), before);
  // Every page of the frozen quarter: its system pages, the portfolio's Systems table, the
  // service pages.
  for (const auto& f : before)
    EXPECT_EQ(read_file(dir / "after" / "2026-Q3" / f), read_file(dir / "before" / "2026-Q3" / f))
        << f;
  // The unfrozen quarter is planned now and sees the run.
  const fs::path q4 = fs::path("2026-Q4") / "systems" / "timekeeper-platform.md";
  EXPECT_NE(testing::single_spaced(read_file(dir / "before" / q4)).find(gov01_must_run),
            std::string::npos);
  EXPECT_EQ(testing::single_spaced(read_file(dir / "after" / q4)).find(gov01_must_run),
            std::string::npos);
}

TEST_F(FrozenSystems, ADatabaseFrozenAtSchema13StillReportsItsSystemsScoredNow) {
  report("2026-Q3", "frozen");
  {
    // What schema 0013 held: the same snapshot without its systems (migration 0014 adds only
    // the snapshot_systems table).
    SQLite::Database raw((dir / "work.db").string(), SQLite::OPEN_READWRITE);
    raw.exec("DROP TABLE snapshot_systems");
    raw.exec("PRAGMA user_version = 13");
  }
  report("2026-Q3", "old");
  {
    SQLite::Database raw((dir / "work.db").string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(),
              store::latest_schema_version());  // migrated
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM snapshot_systems").getInt(), 0);
  }
  for (const char* system : {"payroll.md", "timekeeper-platform.md"}) {
    const fs::path page = fs::path("2026-Q3") / "systems" / system;
    std::string old_page = read_file(dir / "old" / page);
    const auto at = old_page.find(not_frozen_remark);
    ASSERT_NE(at, std::string::npos) << system << ":\n" << old_page;
    // Scored now from unchanged data: what was frozen, but for the remark.
    old_page.erase(at, std::string(not_frozen_remark).size());
    EXPECT_EQ(old_page, read_file(dir / "frozen" / page)) << system;
  }
  EXPECT_EQ(read_file(dir / "old" / "2026-Q3" / "README.md"),
            read_file(dir / "frozen" / "2026-Q3" / "README.md"));
}

}  // namespace
}  // namespace socready

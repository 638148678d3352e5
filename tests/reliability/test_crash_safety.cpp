// Crash safety: an import killed with SIGKILL at any moment leaves the database exactly as it
// was before the import, or (if the kill came after the commit) exactly as a completed import
// leaves it; never anything in between, and never a corrupt file.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <thread>

#include "reliability/reliability_support.hpp"

namespace socready::reliability {
namespace {

using testing::read_file;
using testing::source_dir;
using testing::TempDir;

// ~50k new controls, a few changes to controls already on file (so the import closes versions
// as well as adding them), and evidence for one row in ten.
// How long the import may take on its own; beyond that the file is made smaller.
constexpr double max_import_seconds = 1.5;

std::string big_inventory(int rows) {
  const char* criteria[] = {"CC1.1", "CC2.1", "CC3.1", "CC4.1", "CC5.1",
                            "CC6.1", "CC7.1", "CC8.1", "CC9.1", "A1.1"};
  std::string s = "control_id,title,services,tsc,status,evidence_date\n";
  s.reserve(static_cast<std::size_t>(rows) * 72);
  for (const char* changed : {"GOV-01", "GOV-02", "HR-01"})
    s += std::string(changed) + ",Retitled by the big import,*,CC1.1,implemented,2026-06-01\n";
  for (int i = 0; i < rows; ++i) {
    s += "BIG-" + std::to_string(100000 + i) + ",Generated control " + std::to_string(i) +
         ",payroll-engine;insights-app," + criteria[i % 10] + ",implemented," +
         (i % 10 == 0 ? "2026-10-01" : "") + "\n";
  }
  return s;
}

struct State {
  std::string counts;
  std::string exported;
};

State state_of(const fs::path& dir, const fs::path& db) {
  State s;
  s.counts = row_counts(db);
  const auto out = dir / "state-export.csv";
  const auto r = run({"--db", db.string(), "export", "controls", "--out", out.string()}, dir);
  if (r.exit_code != 0) throw std::runtime_error("export failed: " + r.err);
  s.exported = read_file(out);
  fs::remove(out);
  return s;
}

TEST(CrashSafety, KilledImportLeavesTheDatabaseBeforeOrAfterNeverBetween) {
  TempDir dir;
  const auto examples = source_dir() / "examples";
  const auto base_dir = dir / "base";
  fs::create_directories(base_dir);
  const auto base_db = base_dir / "base.db";

  // The state before: the example services and a first, small inventory.
  auto r = run({"--db", base_db.string(), "import", "objectives",
                (examples / "objectives.csv").string(), "--effective", "2026-01-01"},
               base_dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run({"--db", base_db.string(), "import", "services", (examples / "services.csv").string(),
           "--effective", "2026-01-01"},
          base_dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run({"--db", base_db.string(), "import", "controls",
           (examples / "controls-2026-Q1.csv").string(), "--effective", "2026-01-01"},
          base_dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const State before = state_of(base_dir, base_db);
  ASSERT_EQ(integrity_check(base_db), "ok");

  const auto big = dir / "big.csv";
  auto import_args = [&](const fs::path& db) {
    return std::vector<std::string>{"--db",       db.string(),   "import",    "controls",
                                    big.string(), "--effective", "2026-07-01"};
  };

  // The state after, and how long the import takes when left alone. Fifteen kill points cost
  // about eight times that, so a slow (sanitizer, debug) build gets a smaller file: a first run
  // of 5,000 rows sizes it.
  const auto full_dir = dir / "full";
  fs::create_directories(full_dir);
  auto import_alone = [&](int rows) {
    dir.write("big.csv", big_inventory(rows));
    copy_database(base_db, full_dir / "x.db");
    Child full(import_args(full_dir / "x.db"), full_dir);
    return full.wait();
  };
  constexpr int calibration_rows = 5000;
  const Finished calibration = import_alone(calibration_rows);
  ASSERT_TRUE(calibration.exited && calibration.exit_code == 0) << calibration.err;
  const int rows = std::clamp(
      static_cast<int>(calibration_rows * max_import_seconds * 0.8 / calibration.seconds),
      calibration_rows, 50000);
  const Finished done = import_alone(rows);
  ASSERT_TRUE(done.exited && done.exit_code == 0) << done.err;
  const State after = state_of(full_dir, full_dir / "x.db");
  ASSERT_NE(after.counts, before.counts);
  ASSERT_NE(after.exported, before.exported);
  const double duration = done.seconds;

  // Kill points spread over the import's duration; the last one well past it, so that the
  // state after the commit is seen too.
  constexpr int kills = 15;
  int killed = 0;
  int killed_mid_transaction = 0;
  int ended_before = 0;
  int ended_after = 0;
  fs::path interrupted_db;
  for (int k = 0; k < kills; ++k) {
    const double delay = k == kills - 1 ? 1.5 * duration : duration * k / (kills - 2);
    SCOPED_TRACE("kill point " + std::to_string(k) + " at " + std::to_string(delay) + " s of " +
                 std::to_string(duration) + " s");
    const auto run_dir = dir / ("kill-" + std::to_string(k));
    fs::create_directories(run_dir);
    const auto db = run_dir / "x.db";
    copy_database(base_db, db);

    Child child(import_args(db), run_dir);
    std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    // Frozen first, so that what we see of it is what the kill interrupts: whether it was
    // inside its write transaction (holding the WAL write lock).
    bool in_transaction = false;
    if (child.stop()) {
      const auto lock = holds_wal_write_lock(child.pid(), db.string() + "-shm");
      in_transaction = lock ? *lock : file_size_or_zero(db.string() + "-wal") > 0;
    }
    child.kill(SIGKILL);
    const Finished f = child.wait();
    if (f.exited) {
      EXPECT_EQ(f.exit_code, 0) << f.err;
    } else {
      EXPECT_EQ(f.signal, SIGKILL);
      ++killed;
    }

    ASSERT_EQ(integrity_check(db), "ok");
    const State now = state_of(run_dir, db);
    if (now.counts == before.counts) {
      EXPECT_EQ(now.exported, before.exported) << "row counts as before, content not";
      EXPECT_FALSE(f.exited) << "the import finished, yet nothing was written";
      ++ended_before;
      if (!f.exited && in_transaction) {
        ++killed_mid_transaction;
        if (interrupted_db.empty()) interrupted_db = db;
      }
    } else if (now.counts == after.counts) {
      EXPECT_EQ(now.exported, after.exported) << "row counts as after, content not";
      ++ended_after;
    } else {
      ADD_FAILURE() << "a half-written database:\n  before " << before.counts << "\n  after  "
                    << after.counts << "\n  found  " << now.counts;
    }
  }
  RecordProperty("import_seconds", std::to_string(duration));
  std::cout << "[ crash    ] import of " << rows + 3 << " rows took " << duration << " s; "
            << killed << " kills (" << killed_mid_transaction << " inside the transaction), "
            << ended_before << " left the state before, " << ended_after << " the state after\n";
  EXPECT_EQ(ended_before + ended_after, kills);
  // The test proves something only if some kills landed inside the import's transaction.
  EXPECT_GE(killed_mid_transaction, 1);

  // A killed import leaves no lock behind: the same import then runs to the state after.
  if (!interrupted_db.empty()) {
    const auto again = run(import_args(interrupted_db), interrupted_db.parent_path());
    EXPECT_EQ(again.exit_code, 0) << again.err;
    const State now = state_of(interrupted_db.parent_path(), interrupted_db);
    EXPECT_EQ(now.counts, after.counts);
    EXPECT_EQ(now.exported, after.exported);
  }
}

}  // namespace
}  // namespace socready::reliability

#include "support/example_year.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include <functional>
#include <vector>

#include "support/test_support.hpp"

namespace socready::testing {

namespace {

namespace fs = std::filesystem;

void run_ok(const std::vector<std::string>& args, const fs::path& cwd) {
  const auto r = run_socready(args, cwd);
  ASSERT_EQ(r.exit_code, 0) << args.at(2) << ": " << r.err;
}

// Names what the loaded database depends on: the binary that imported it and every example
// file (each by size and modification time).
std::string example_year_key(const std::string& db_name) {
  std::string key = db_name;
  const auto add = [&](const fs::path& p) {
    key += fmt::format("|{}:{}:{}", p.string(), fs::file_size(p),
                       fs::last_write_time(p).time_since_epoch().count());
  };
  add(SOCREADY_BINARY);
  for (const auto& entry : fs::directory_iterator(source_dir() / "examples"))
    if (entry.is_regular_file()) add(entry.path());
  return fmt::format("example-year-{:016x}", std::hash<std::string>{}(key));
}

// Holds an exclusive lock on a file for its lifetime.
class FileLock {
 public:
  explicit FileLock(const fs::path& p)
      : fd_(::open(p.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
    if (fd_ < 0 || ::flock(fd_, LOCK_EX) != 0)
      throw std::runtime_error("cannot lock " + p.string());
  }
  ~FileLock() { ::close(fd_); }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

}  // namespace

void copy_example_year(const fs::path& dir, const std::string& db_name) {
  const fs::path cache = SOCREADY_TEST_CACHE_DIR;
  fs::create_directories(cache);
  const auto key = example_year_key(db_name);
  const auto loaded = cache / key;
  FileLock lock(cache / "example-year.lock");
  if (!fs::exists(loaded)) {
    // Loads from an older binary or older examples are of no more use.
    for (const auto& entry : fs::directory_iterator(cache))
      if (entry.is_directory()) fs::remove_all(entry.path());
    // Loaded beside, moved in whole: a failed or interrupted load never looks finished.
    const auto partial = cache / "partial";
    fs::create_directories(partial);
    load_example_year(partial, db_name);
    if (::testing::Test::HasFatalFailure()) return;
    fs::rename(partial, loaded);
  }
  for (const auto& entry : fs::directory_iterator(loaded))
    fs::copy(entry.path(), dir / entry.path().filename(), fs::copy_options::recursive);
}

void load_example_year(const fs::path& dir, const std::string& db) {
  const auto ex = source_dir() / "examples";
  const auto file = [&](const std::string& name) { return (ex / name).string(); };
  run_ok({"--db", db, "init"}, dir);
  run_ok({"--db", db, "import", "objectives", file("objectives.csv"), "--effective", "2026-01-01"},
         dir);
  run_ok({"--db", db, "import", "services", file("services.csv"), "--effective", "2026-01-01"},
         dir);
  run_ok({"--db", db, "import", "subservice", file("subservice-2026-Q1.csv"), "--effective",
          "2026-01-01"},
         dir);
  for (int q = 1; q <= 4; ++q) {
    const std::string start = fmt::format("2026-{:02d}-01", (q - 1) * 3 + 1);
    const std::string period = fmt::format("2026-Q{}", q);
    run_ok({"--db", db, "import", "controls", file("controls-" + period + ".csv"), "--effective",
            start, "--replace"},
           dir);
    run_ok({"--db", db, "import", "evidence", file("evidence-" + period + ".csv"), "--effective",
            start},
           dir);
    run_ok({"--db", db, "import", "tests", file("tests-" + period + ".csv"), "--effective", start},
           dir);
    run_ok({"--db", db, "import", "populations", file("populations-" + period + ".csv"),
            "--effective", start},
           dir);
    // As scripts/main-job.sh: the CUECs from Q3, the cloud host's new report in Q4.
    if (q == 3)
      run_ok({"--db", db, "import", "cuecs", file("cuecs.csv"), "--effective", start}, dir);
    if (q == 4)
      run_ok({"--db", db, "import", "subservice", file("subservice-2026-Q4.csv"), "--effective",
              start},
             dir);
    std::vector<std::string> snapshot{"--db", db, "snapshot", "--period", period};
    if (q == 4) snapshot.insert(snapshot.end(), {"--as-of", "2026-11-20"});
    run_ok(snapshot, dir);
  }
}

}  // namespace socready::testing

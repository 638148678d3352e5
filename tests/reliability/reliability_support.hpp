#pragma once
// Helpers for the reliability tests: starting the real binary without waiting for it (so a
// test can kill it or run several at once), reading a database's state, generating large
// inventories.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "support/test_support.hpp"

extern char** environ;

namespace socready::reliability {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

inline constexpr const char* kToday = "2026-11-26";

struct Finished {
  bool exited = false;  // exited normally (else killed by a signal)
  int exit_code = -1;   // when exited
  int signal = 0;       // when killed
  long max_rss_kb = 0;  // peak resident set of the child, from wait4()
  double seconds = 0;   // wall time from start to the end (as first seen by ended() or wait())
  std::string out;
  std::string err;
};

// The variable that turns this test binary into a launcher (see below) and names the file it
// reports to.
inline constexpr const char* kRssReportVariable = "SOCREADY_RELIABILITY_RSS_REPORT";

namespace detail {

// Linux charges a child's ru_maxrss with the resident size of the process that forked it (and
// with the whole peak of a posix_spawn/vfork parent). A sanitizer build of this test binary is
// hundreds of megabytes, which would swamp the child's own figure. So, to measure a child, the
// test binary starts a fresh copy of itself (small: it stops here, before main()), which runs
// the command given on its command line, and reports the status and ru_maxrss that wait4() gives.
inline int run_as_rss_launcher() {
  const char* report = std::getenv(kRssReportVariable);
  if (report == nullptr) return 0;
  const std::string report_path = report;
  ::unsetenv(kRssReportVariable);
  std::vector<std::string> command;
  {
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    std::string arg;
    while (std::getline(in, arg, '\0')) command.push_back(arg);
  }
  if (command.size() < 2) ::_exit(125);
  std::vector<char*> argv;
  for (std::size_t i = 1; i < command.size(); ++i) argv.push_back(command[i].data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) ::_exit(125);
  if (pid == 0) {
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  if (::wait4(pid, &status, 0, &usage) != pid) ::_exit(125);
  {
    std::ofstream out(report_path);
    out << status << ' ' << usage.ru_maxrss << '\n';
  }
  ::_exit(0);
}

inline const int rss_launcher = run_as_rss_launcher();

}  // namespace detail

// A running socready, started with fork and exec. Its stdout and stderr go to files beside the
// test's temporary folder; stdin is /dev/null. The environment is ours without SOCREADY_*, plus
// SOCREADY_TODAY and `extra_env`. With `measure_rss`, it runs under the launcher above so that
// Finished::max_rss_kb is its own peak (such a child must not be killed: only the launcher
// would be).
class Child {
 public:
  Child(const std::vector<std::string>& args, const fs::path& cwd,
        const std::vector<std::string>& extra_env = {}, bool measure_rss = false)
      : io_(), start_(Clock::now()), measure_rss_(measure_rss) {
    std::vector<std::string> env;
    for (char** e = environ; *e != nullptr; ++e) {
      std::string kv = *e;
      if (kv.rfind("SOCREADY_", 0) == 0) continue;
      env.push_back(std::move(kv));
    }
    env.push_back(std::string("SOCREADY_TODAY=") + kToday);
    env.insert(env.end(), extra_env.begin(), extra_env.end());
    if (measure_rss)
      env.push_back(std::string(kRssReportVariable) + "=" + (io_ / "rusage").string());
    std::vector<char*> envp;
    for (auto& s : env) envp.push_back(s.data());
    envp.push_back(nullptr);

    std::vector<std::string> argv_strings{SOCREADY_BINARY};
    if (measure_rss) argv_strings.insert(argv_strings.begin(), "/proc/self/exe");
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);

    const auto out = io_ / "stdout";
    const auto err = io_ / "stderr";
    // fork, not posix_spawn: posix_spawn shares our memory until exec (vfork), and Linux then
    // charges our lifetime peak RSS to the child's ru_maxrss. After fork the child's figure
    // starts from our current RSS instead, so it bounds the child's own peak much more tightly.
    // Only async-signal-safe calls happen between fork and exec.
    pid_ = ::fork();
    if (pid_ < 0) throw std::system_error(errno, std::generic_category(), "fork");
    if (pid_ == 0) {
      const int in_fd = ::open("/dev/null", O_RDONLY);
      const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in_fd < 0 || out_fd < 0 || err_fd < 0 || ::dup2(in_fd, 0) < 0 || ::dup2(out_fd, 1) < 0 ||
          ::dup2(err_fd, 2) < 0 || ::chdir(cwd.c_str()) != 0)
        ::_exit(126);
      ::execve(argv[0], argv.data(), envp.data());
      ::_exit(127);
    }
  }

  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  // A child never outlives its test, even when an assertion returns early.
  ~Child() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }

  pid_t pid() const { return pid_; }
  void kill(int sig) const { ::kill(pid_, sig); }

  // Whether the child has ended, without reaping it (so wait() still reports how).
  bool ended() {
    siginfo_t info{};
    info.si_pid = 0;
    const bool over =
        ::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == pid_;
    if (over && !end_) end_ = Clock::now();
    return over;
  }

  // Stops the child (SIGSTOP) and waits until it is stopped; false if it ended first.
  bool stop() {
    ::kill(pid_, SIGSTOP);
    siginfo_t info{};
    info.si_pid = 0;
    if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WSTOPPED | WEXITED | WNOWAIT) != 0)
      return false;
    if (info.si_code == CLD_STOPPED) return true;
    if (!end_) end_ = Clock::now();
    return false;
  }

  Finished wait() {
    Finished f;
    int status = 0;
    rusage usage{};
    if (::wait4(pid_, &status, 0, &usage) != pid_)
      throw std::system_error(errno, std::generic_category(), "wait4");
    pid_ = -1;
    f.seconds = std::chrono::duration<double>(end_.value_or(Clock::now()) - start_).count();
    f.max_rss_kb = usage.ru_maxrss;
    if (measure_rss_) {
      // The launcher's report on the real child replaces what we know of the launcher.
      std::ifstream report(io_ / "rusage");
      long child_rss = 0;
      if (!(report >> status >> child_rss))
        throw std::runtime_error("the RSS launcher did not report (exit status " +
                                 std::to_string(status) + ")");
      f.max_rss_kb = child_rss;
    }
    f.exited = WIFEXITED(status);
    if (f.exited)
      f.exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
      f.signal = WTERMSIG(status);
    // A child killed between fork and exec has not opened them yet.
    const auto read = [](const fs::path& p) { return fs::exists(p) ? testing::read_file(p) : ""; };
    f.out = read(io_ / "stdout");
    f.err = read(io_ / "stderr");
    return f;
  }

 private:
  testing::TempDir io_;
  Clock::time_point start_;
  std::optional<Clock::time_point> end_;
  bool measure_rss_ = false;
  pid_t pid_ = -1;
};

inline Finished run(const std::vector<std::string>& args, const fs::path& cwd,
                    const std::vector<std::string>& extra_env = {}, bool measure_rss = false) {
  Child c(args, cwd, extra_env, measure_rss);
  return c.wait();
}

// Whether process `pid` holds SQLite's WAL write lock on the database whose shared-memory file
// is `shm` (an fcntl lock on byte 120 of the -shm file, held from BEGIN IMMEDIATE to COMMIT or
// ROLLBACK). nullopt when /proc/locks cannot tell.
inline std::optional<bool> holds_wal_write_lock(pid_t pid, const fs::path& shm) {
  struct stat st {};
  if (::stat(shm.c_str(), &st) != 0) return false;  // no -shm: the database is not open
  std::ifstream locks("/proc/locks");
  if (!locks) return std::nullopt;
  const std::string inode = ":" + std::to_string(st.st_ino);
  std::string line;
  while (std::getline(locks, line)) {
    std::istringstream fields(line);
    std::string id, type, mode, access, owner, file, start;
    fields >> id >> type;
    if (type == "->") continue;  // a waiter, not a holder
    fields >> mode >> access >> owner >> file >> start;
    if (type == "POSIX" && access == "WRITE" && owner == std::to_string(pid) &&
        file.size() > inode.size() &&
        file.compare(file.size() - inode.size(), inode.size(), inode) == 0 && start == "120")
      return true;
  }
  return false;
}

// Every table of the schema, by name (the names come from the schema, never from input).
inline std::vector<std::string> table_names(SQLite::Database& db) {
  std::vector<std::string> tables;
  SQLite::Statement q(db,
                      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                      "'sqlite_%' ORDER BY name");
  while (q.executeStep()) tables.push_back(q.getColumn(0).getString());
  return tables;
}

// "name=rows ..." for every table, read through SQLite directly. Opened read-write so that a
// write-ahead log left by a killed process is recovered, as the next socready would.
inline std::string row_counts(const fs::path& db_path) {
  SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
  const auto tables = table_names(db);
  std::string out;
  for (const auto& t : tables)
    out += t + "=" + db.execAndGet("SELECT count(*) FROM \"" + t + "\"").getString() + " ";
  return out;
}

inline std::string integrity_check(const fs::path& db_path) {
  SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
  SQLite::Statement q(db, "PRAGMA integrity_check");
  std::string all;
  while (q.executeStep()) all += (all.empty() ? "" : "\n") + q.getColumn(0).getString();
  return all;
}

// Every row of every table, as text: equal dumps mean equal databases.
inline std::string dump(const fs::path& db_path) {
  SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
  const auto tables = table_names(db);
  std::string out;
  for (const auto& t : tables) {
    out += "[" + t + "]\n";
    // Sorted here: some tables are WITHOUT ROWID, and row order is not content.
    std::vector<std::string> rows;
    SQLite::Statement q(db, "SELECT * FROM \"" + t + "\"");
    while (q.executeStep()) {
      std::string row;
      for (int i = 0; i < q.getColumnCount(); ++i) row += q.getColumn(i).getString() + "|";
      rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    for (const auto& row : rows) out += row + "\n";
  }
  return out;
}

// Copies a database that no process has open (so it has no write-ahead log) to `to`.
inline void copy_database(const fs::path& from, const fs::path& to) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(to.string() + suffix);
  if (fs::exists(from.string() + "-wal") && fs::file_size(from.string() + "-wal") > 0)
    throw std::runtime_error(from.string() + " still has a write-ahead log");
  fs::copy_file(from, to);
}

inline std::uintmax_t file_size_or_zero(const fs::path& p) {
  std::error_code ec;
  const auto n = fs::file_size(p, ec);
  return ec ? 0 : n;
}

inline constexpr const char* kControlsHeader =
    "control_id,title,description,owner,services,tsc,soc1_objectives,status,frequency,"
    "implemented_on,evidence_date,last_tested,test_result\n";

}  // namespace socready::reliability

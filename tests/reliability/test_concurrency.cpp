// Concurrency: two imports of different large files and scorers, all at once against one
// database file. Each import either succeeds or fails cleanly (exit 3, "database is busy");
// what succeeded is all there; every scorer sees each import either not at all or whole.
#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>

#include "reliability/reliability_support.hpp"

namespace socready::reliability {
namespace {

using nlohmann::json;
using testing::source_dir;
using testing::TempDir;

constexpr int rows_per_file = 15000;

// A file whose first and last rows are the only effective controls for their criteria, with
// planned (zero-weight) filler between: any part of it without the rest scores differently
// from none of it and from all of it.
std::string inventory(const std::string& prefix, const std::string& service,
                      const std::string& first_criterion, const std::string& last_criterion,
                      int rows) {
  std::string s = kControlsHeader;
  auto effective = [&](int i, const std::string& criterion) {
    return prefix + "-" + std::to_string(100000 + i) + ",Effective " + prefix + " " +
           std::to_string(i) + ",Runs every month,Owner," + service + "," + criterion +
           ",,implemented,monthly,2025-01-01,2026-10-01,2026-10-02,pass\n";
  };
  s += effective(0, first_criterion);
  for (int i = 1; i < rows - 1; ++i)
    s += prefix + "-" + std::to_string(100000 + i) + ",Planned " + prefix + " " +
         std::to_string(i) + ",,," + service + ",CC2.1,,planned,,,,,\n";
  s += effective(rows - 1, last_criterion);
  return s;
}

// The first `rows` data rows of an inventory file.
std::string first_rows(const std::string& csv, int rows) {
  std::size_t at = 0;
  for (int i = 0; i <= rows; ++i) at = csv.find('\n', at) + 1;
  return csv.substr(0, at);
}

json score(const fs::path& dir, const fs::path& db) {
  const auto r = run({"--db", db.string(), "score", "--format", "json"}, dir);
  if (r.exit_code != 0) throw std::runtime_error("score failed: " + r.err);
  return json::parse(r.out);
}

// The files and the whole states a scorer may see, built once for the suite: every state costs
// real imports, which are slow in sanitizer builds.
struct Shared {
  TempDir dir;
  fs::path base, a, b;
  json none, only_a, only_b, both, half_a;
};

class ConcurrencyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto s = std::make_unique<Shared>();
    s->base = s->dir / "base.db";
    for (const char* kind : {"objectives", "services"}) {
      const auto r = run({"--db", s->base.string(), "import", kind,
                          (source_dir() / "examples" / (std::string(kind) + ".csv")).string(),
                          "--effective", "2026-01-01"},
                         s->dir.path());
      if (r.exit_code != 0)
        throw std::runtime_error(std::string("import ") + kind + " failed: " + r.err);
    }
    s->a = s->dir.write("a.csv", inventory("A", "payroll-engine", "CC1.1", "CC9.2", rows_per_file));
    s->b = s->dir.write("b.csv", inventory("B", "insights-app", "CC1.2", "CC9.1", rows_per_file));

    // The four states a scorer may see, from imports run one after the other, and the state
    // half of one import would leave.
    auto state = [&](const std::string& name, const std::vector<fs::path>& files) {
      const auto db = s->dir / (name + ".db");
      copy_database(s->base, db);
      for (const auto& f : files) {
        const auto i = run(import_args(db, f), s->dir.path());
        if (i.exit_code != 0) throw std::runtime_error("import failed: " + i.err);
      }
      return score(s->dir.path(), db);
    };
    s->none = state("none", {});
    s->only_a = state("a", {s->a});
    s->only_b = state("b", {s->b});
    s->both = state("ab", {s->a, s->b});
    const auto half =
        s->dir.write("half-a.csv", first_rows(testing::read_file(s->a), rows_per_file / 2));
    s->half_a = state("half-a", {half});
    shared_ = std::move(s);
  }
  static void TearDownTestSuite() { shared_.reset(); }

  void SetUp() override { ASSERT_TRUE(shared_) << "the suite's set-up failed"; }

  static std::vector<std::string> import_args(const fs::path& db, const fs::path& file) {
    return {"--db", db.string(), "import", "controls", file.string(), "--effective", "2026-07-01"};
  }

  // Which whole state a scorer saw, or nullopt for anything else.
  std::optional<std::string> seen(const json& j) const {
    if (j == shared_->none) return "none";
    if (j == shared_->only_a) return "a";
    if (j == shared_->only_b) return "b";
    if (j == shared_->both) return "ab";
    return std::nullopt;
  }

  // Both imports and a scorer at once, then scorers one after another until both imports end.
  void race(const std::string& busy_timeout_ms) {
    const auto db = shared_->dir / ("race-" + busy_timeout_ms + ".db");
    copy_database(shared_->base, db);
    const std::vector<std::string> env{"SOCREADY_BUSY_TIMEOUT_MS=" + busy_timeout_ms};
    Child import_a(import_args(db, shared_->a), shared_->dir.path(), env);
    Child import_b(import_args(db, shared_->b), shared_->dir.path(), env);
    Child first_scorer({"--db", db.string(), "score", "--format", "json"}, shared_->dir.path());

    std::vector<Finished> scorers;
    scorers.push_back(first_scorer.wait());
    while (!import_a.ended() || !import_b.ended()) {
      Child scorer({"--db", db.string(), "score", "--format", "json"}, shared_->dir.path());
      scorers.push_back(scorer.wait());
    }
    const Finished a = import_a.wait();
    const Finished b = import_b.wait();

    std::map<std::string, int> states;
    for (const auto& s : scorers) {
      ASSERT_TRUE(s.exited && s.exit_code == 0) << s.err;
      json j;
      ASSERT_NO_THROW(j = json::parse(s.out)) << s.out.substr(0, 2000);
      const auto state = seen(j);
      ASSERT_TRUE(state.has_value()) << "a scorer saw a partial import:\n" << j.dump(1);
      ++states[*state];
    }

    auto check_import = [](const Finished& f, const char* which) {
      SCOPED_TRACE(which);
      EXPECT_TRUE(f.exited) << "killed by signal " << f.signal;
      if (f.exit_code == 0) return true;
      EXPECT_EQ(f.exit_code, 3) << f.err;
      EXPECT_NE(f.err.find("database is busy"), std::string::npos) << f.err;
      EXPECT_EQ(f.err.find("internal error"), std::string::npos) << f.err;
      return false;
    };
    const bool a_ok = check_import(a, "import a.csv");
    const bool b_ok = check_import(b, "import b.csv");

    EXPECT_EQ(integrity_check(db), "ok");
    const json final_score = score(shared_->dir.path(), db);
    const json& expected =
        a_ok ? (b_ok ? shared_->both : shared_->only_a) : (b_ok ? shared_->only_b : shared_->none);
    EXPECT_EQ(final_score, expected) << "imports ok: a " << a_ok << ", b " << b_ok;
    SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(d.execAndGet("SELECT count(*) FROM control WHERE key LIKE 'A-%'").getInt(),
              a_ok ? rows_per_file : 0);
    EXPECT_EQ(d.execAndGet("SELECT count(*) FROM control WHERE key LIKE 'B-%'").getInt(),
              b_ok ? rows_per_file : 0);

    std::cout << "[ race     ] busy timeout " << busy_timeout_ms << " ms: import a "
              << (a_ok ? "succeeded" : "was busy") << " (ended by " << a.seconds << " s), import b "
              << (b_ok ? "succeeded" : "was busy") << " (ended by " << b.seconds << " s); "
              << scorers.size() << " scores saw";
    for (const auto& [state, n] : states) std::cout << " " << state << "=" << n;
    std::cout << "\n";
    a_ok_ = a_ok;
    b_ok_ = b_ok;
  }

  static inline std::unique_ptr<Shared> shared_;
  bool a_ok_ = false;
  bool b_ok_ = false;
};

// The check below can tell a whole import from a part of one.
TEST_F(ConcurrencyTest, TheFourWholeStatesAndAHalfImportAllScoreDifferently) {
  const std::vector<const json*> states{&shared_->none, &shared_->only_a, &shared_->only_b,
                                        &shared_->both, &shared_->half_a};
  for (std::size_t i = 0; i < states.size(); ++i)
    for (std::size_t j = i + 1; j < states.size(); ++j)
      EXPECT_NE(*states[i], *states[j]) << "states " << i << " and " << j << " score the same";
  EXPECT_FALSE(seen(shared_->half_a).has_value());
}

// With a generous busy timeout the second writer waits its turn: both imports succeed.
TEST_F(ConcurrencyTest, WritersWaitForEachOtherAndScorersSeeWholeImports) {
  race("60000");
  EXPECT_TRUE(a_ok_);
  EXPECT_TRUE(b_ok_);
}

// With no busy timeout the writer that loses the race fails at once, cleanly, writing nothing.
TEST_F(ConcurrencyTest, ABusyWriterFailsCleanlyAndScorersSeeWholeImports) {
  race("0");
  EXPECT_TRUE(a_ok_ || b_ok_) << "neither import got the database";
}

// Two imports of the same new services, with different names, at once: one adds them and the
// other, which waits for the first, changes them. Between them they must report (and record in
// the audit trail) each service added once and changed once, as when run one after the other.
TEST_F(ConcurrencyTest, ConcurrentServiceImportsAddEachServiceOnce) {
  constexpr int services = 5000;
  auto file = [&](const std::string& name, const std::string& title) {
    std::string csv = "service,name,product_line\n";
    for (int i = 0; i < services; ++i)
      csv += "svc-" + std::to_string(i) + "," + title + " " + std::to_string(i) + ",Line " +
             std::to_string(i % 20) + "\n";
    return shared_->dir.write(name, csv);
  };
  const auto first = file("services-first.csv", "First name");
  const auto second = file("services-second.csv", "Second name");
  const auto db = shared_->dir / "race-services.db";
  copy_database(shared_->base, db);
  const std::vector<std::string> env{"SOCREADY_BUSY_TIMEOUT_MS=60000"};
  auto args = [&](const fs::path& f) {
    return std::vector<std::string>{"--db",     db.string(),   "import",    "services",
                                    f.string(), "--effective", "2026-07-01"};
  };
  Child a(args(first), shared_->dir.path(), env);
  Child b(args(second), shared_->dir.path(), env);
  const Finished ra = a.wait();
  const Finished rb = b.wait();
  ASSERT_TRUE(ra.exited && ra.exit_code == 0) << ra.err;
  ASSERT_TRUE(rb.exited && rb.exit_code == 0) << rb.err;

  static const std::regex counts(R"(([0-9]+) added, ([0-9]+) changed)");
  int added = 0;
  int changed = 0;
  for (const auto* r : {&ra, &rb}) {
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r->out, m, counts)) << r->out;
    added += std::stoi(m[1]);
    changed += std::stoi(m[2]);
  }
  EXPECT_EQ(added, services) << "reported:\n" << ra.out << rb.out;
  EXPECT_EQ(changed, services) << "reported:\n" << ra.out << rb.out;

  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  EXPECT_EQ(d.execAndGet("SELECT count(*) FROM service WHERE slug LIKE 'svc-%'").getInt(),
            services);
  EXPECT_EQ(d.execAndGet("SELECT count(*) FROM service_change WHERE service LIKE 'svc-%' AND "
                         "action = 'added'")
                .getInt(),
            services)
      << "the audit trail records services as added that were already there";
}

}  // namespace
}  // namespace socready::reliability

// Promises of docs/reliability.md "Hardening": a gate that cannot be fooled, and commands that
// change nothing they do not own. Each test runs the real binary in a temporary folder.
#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/inventory_loader.hpp"
#include "store/migrations.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::run_socready;
using testing::source_dir;
using testing::TempDir;

// Runs `socready --db DB COMMAND...` in `cwd`.
testing::RunResult run_on(const std::string& db, const std::vector<std::string>& command,
                          const fs::path& cwd) {
  std::vector<std::string> args = {"--db", db};
  args.insert(args.end(), command.begin(), command.end());
  return run_socready(args, cwd);
}

TEST(Hardening, FailUnderRefusesNotANumber) {
  TempDir dir;
  ASSERT_EQ(run_socready({"--db", "x.db", "init"}, dir.path()).exit_code, 0);
  for (const std::string value : {"nan", "NaN", "inf", "-inf"}) {
    SCOPED_TRACE(value);
    const auto r = run_socready({"--db", "x.db", "score", "--fail-under", value}, dir.path());
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("--fail-under"), std::string::npos) << r.err;
  }
}

TEST(Hardening, OnlyInitAndImportCreateADatabase) {
  TempDir dir;
  const std::vector<std::vector<std::string>> commands = {{"score", "--fail-under", "80"},
                                                          {"history"},
                                                          {"catalog"},
                                                          {"explain", "svc", "--framework", "soc2"},
                                                          {"applicability"},
                                                          {"log"},
                                                          {"report", "--out", "out"},
                                                          {"export", "controls"},
                                                          {"snapshot", "--period", "2026-Q1"},
                                                          {"migrate"}};
  for (const auto& command : commands) {
    SCOPED_TRACE(command.front());
    const auto r = run_on("typo.db", command, dir.path());
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_NE(r.err.find("no database at typo.db (run `socready init`)"), std::string::npos)
        << r.err;
    for (const auto* name : {"typo.db", "typo.db-wal", "typo.db-shm", "typo.db-journal"})
      EXPECT_FALSE(fs::exists(dir / name)) << name;
  }
  const auto init = run_socready({"--db", "typo.db", "init"}, dir.path());
  EXPECT_EQ(init.exit_code, 0) << init.err;
  EXPECT_TRUE(fs::exists(dir / "typo.db"));
}

// The names in a folder, to show that a command created nothing beside the database.
std::set<std::string> listing(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.insert(entry.path().filename().string());
  return names;
}

TEST(Hardening, AnotherApplicationsDatabaseIsRefusedUntouched) {
  TempDir dir;
  {
    SQLite::Database other((dir / "other.db").string(),
                           SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE notes (body TEXT)");
    other.exec("INSERT INTO notes VALUES ('mine')");
  }
  const auto before = read_file(dir / "other.db");
  const auto services = (source_dir() / "examples" / "services.csv").string();
  const std::vector<std::vector<std::string>> commands = {
      {"score"},
      {"init"},
      {"migrate"},
      {"history"},
      {"import", "services", services, "--effective", "2026-01-01"}};
  for (const auto& command : commands) {
    SCOPED_TRACE(command.front());
    const auto r = run_on("other.db", command, dir.path());
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_NE(r.err.find("not a socready database"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(dir / "other.db"), before);
    EXPECT_EQ(listing(dir.path()), std::set<std::string>{"other.db"});
  }
}

class ReadOnlyDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directory(folder());
    const auto examples = source_dir() / "examples";
    for (const auto& [kind, file] :
         {std::pair{"services", "services.csv"}, std::pair{"controls", "controls-2026-Q1.csv"}}) {
      const auto r = run_socready({"--db", db().string(), "import", kind,
                                   (examples / file).string(), "--effective", "2026-01-01"},
                                  dir_.path());
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    ASSERT_EQ(run_socready({"--db", db().string(), "snapshot", "--period", "2026-Q1"}, dir_.path())
                  .exit_code,
              0);
    // An auditor's copy: one file, no WAL beside it.
    SQLite::Database d(db().string(), SQLite::OPEN_READWRITE);
    d.exec("PRAGMA journal_mode = DELETE");
  }
  void TearDown() override {
    fs::permissions(folder(), fs::perms::owner_all);
    fs::permissions(db(), fs::perms::owner_read | fs::perms::owner_write);
  }

  fs::path folder() const { return dir_ / "copy"; }
  fs::path db() const { return folder() / "socready.db"; }

  // Every read command succeeds and leaves the database's folder exactly as it was.
  void expect_every_read_command_works() {
    const auto bytes = read_file(db());
    const auto names = listing(folder());
    const std::vector<std::vector<std::string>> commands = {
        {"score"},
        {"history"},
        {"catalog"},
        {"explain", "payroll-engine", "--framework", "soc1"},
        {"applicability"},
        {"log"},
        {"report", "--period", "2026-Q1", "--out", (dir_ / "out").string()}};
    for (const auto& command : commands) {
      SCOPED_TRACE(command.front());
      const auto r = run_on(db().string(), command, dir_.path());
      EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
      EXPECT_EQ(read_file(db()), bytes);
      EXPECT_EQ(listing(folder()), names);
    }
    EXPECT_TRUE(fs::exists(dir_ / "out" / "2026-Q1" / "README.md"));
  }

  TempDir dir_;
};

TEST_F(ReadOnlyDatabase, AReadOnlyFileServesEveryReadCommand) {
  fs::permissions(db(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  expect_every_read_command_works();
}

TEST_F(ReadOnlyDatabase, AReadOnlyFolderServesEveryReadCommand) {
  fs::permissions(folder(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read |
                                fs::perms::others_exec);
  expect_every_read_command_works();
}

TEST_F(ReadOnlyDatabase, ANeedForMigrationIsReportedNotDone) {
  {
    SQLite::Database d(db().string(), SQLite::OPEN_READWRITE);
    d.exec("PRAGMA user_version = " + std::to_string(store::latest_schema_version() - 1));
  }
  fs::permissions(db(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  const auto bytes = read_file(db());
  const auto r = run_socready({"--db", db().string(), "score"}, dir_.path());
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("migrate"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(db()), bytes);
  EXPECT_EQ(listing(folder()), std::set<std::string>{"socready.db"});
}

// The controls as the scorer sees them, in a form a test can compare.
std::vector<std::string> controls_of(const scoring::Inventory& inventory) {
  std::vector<std::string> out;
  for (const auto& c : inventory.controls)
    out.push_back(fmt::format("{} {} {}", c.version.key, c.version.title, c.history.size()));
  return out;
}

TEST(Hardening, AnImportBetweenTheLoadersStatementsIsNotSeen) {
  TempDir dir;
  const auto db_path = (dir / "x.db").string();
  const auto examples = source_dir() / "examples";
  for (const auto& [kind, file] :
       {std::pair{"services", "services.csv"}, std::pair{"controls", "controls-2026-Q1.csv"}}) {
    const auto r = run_socready(
        {"--db", db_path, "import", kind, (examples / file).string(), "--effective", "2026-01-01"},
        dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const Date as_of = *Date::parse("2026-03-31");
  store::Database db(db_path);
  const auto before = controls_of(store::load_inventory(db, as_of));

  // Between the services and the controls, another process imports the next quarter's
  // controls, effective before the as-of date.
  int imports = 0;
  store::set_load_inventory_pause([&] {
    ++imports;
    const auto r =
        run_socready({"--db", db_path, "import", "controls",
                      (examples / "controls-2026-Q2.csv").string(), "--effective", "2026-02-01"},
                     dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  });
  const auto during = controls_of(store::load_inventory(db, as_of));
  store::set_load_inventory_pause({});
  ASSERT_EQ(imports, 1);
  EXPECT_EQ(during, before);
  // The import did happen: a load after it sees the new controls.
  EXPECT_NE(controls_of(store::load_inventory(db, as_of)), before);
}

TEST(Hardening, OptionsNeverMatchOnAPrefix) {
  TempDir dir;
  ASSERT_EQ(run_socready({"--db", "x.db", "init"}, dir.path()).exit_code, 0);
  const auto r = run_socready({"--db", "x.db", "score", "--fail", "80"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("--fail"), std::string::npos) << r.err;
}

TEST(Hardening, ExportIntoAFolderSaysSo) {
  TempDir dir;
  ASSERT_EQ(run_socready({"--db", "x.db", "init"}, dir.path()).exit_code, 0);
  fs::create_directory(dir / "folder");
  const auto r =
      run_socready({"--db", "x.db", "export", "services", "--out", "folder"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("is a folder"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace socready

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
         {std::pair{"objectives", "objectives.csv"}, std::pair{"services", "services.csv"},
          std::pair{"controls", "controls-2026-Q1.csv"}}) {
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
       {std::pair{"objectives", "objectives.csv"}, std::pair{"services", "services.csv"},
        std::pair{"controls", "controls-2026-Q1.csv"}}) {
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

// Imports the example services and the given quarters' controls, each with --replace from the
// quarter's first day, as the main job does.
void import_example_quarters(const std::string& db, const fs::path& cwd, int quarters) {
  const auto examples = source_dir() / "examples";
  auto r = run_on(
      db,
      {"import", "objectives", (examples / "objectives.csv").string(), "--effective", "2026-01-01"},
      cwd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_on(
      db, {"import", "services", (examples / "services.csv").string(), "--effective", "2026-01-01"},
      cwd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (int q = 1; q <= quarters; ++q) {
    r = run_on(db,
               {"import", "controls", (examples / fmt::format("controls-2026-Q{}.csv", q)).string(),
                "--effective", fmt::format("2026-{:02}-01", (q - 1) * 3 + 1), "--replace"},
               cwd);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
}

TEST(Hardening, HistoryCannotBeBent) {
  TempDir dir;
  import_example_quarters("x.db", dir.path(), 2);
  const auto q3 = (source_dir() / "examples" / "controls-2026-Q3.csv").string();
  const auto header_only = dir.write("header.csv", "control_id,title\n").string();
  // What the data says, to show that no refused import changed it.
  const auto state = [&] {
    return run_on("x.db", {"export", "controls"}, dir.path()).out +
           run_on("x.db", {"score", "--as-of", "2026-06-30", "--format", "json"}, dir.path()).out;
  };
  const auto before = state();

  // A --replace dated before the Q2 inventory would retire, from February, controls that the
  // Q2 import listed as active.
  auto r =
      run_on("x.db", {"import", "controls", header_only, "--replace", "--effective", "2026-02-01"},
             dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("header.csv: error: --replace effective 2026-02-01 would retire controls "
                       "as of a date before the controls import effective 2026-04-01"),
            std::string::npos)
      << r.err;

  // An effective date after today.
  r = run_on("x.db", {"import", "controls", q3, "--effective", "9999-12-31"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("--effective 9999-12-31 is after today (2026-11-26)"), std::string::npos)
      << r.err;
  EXPECT_EQ(state(), before);

  // Once 2026-Q2 is frozen (as of 2026-06-30), no import may be effective on or before that day.
  ASSERT_EQ(run_on("x.db", {"snapshot", "--period", "2026-Q2"}, dir.path()).exit_code, 0);
  const auto frozen = state();
  for (const char* date : {"2026-05-01", "2026-06-30"}) {
    SCOPED_TRACE(date);
    r = run_on("x.db", {"import", "controls", q3, "--effective", date}, dir.path());
    EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("the as-of date of the frozen period 2026-Q2"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("--effective 2026-07-01 or later"), std::string::npos) << r.err;
    EXPECT_EQ(state(), frozen);
  }
  r = run_on("x.db", {"import", "controls", q3, "--effective", "2026-07-01", "--replace"},
             dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(Hardening, TerminalOutputIsInert) {
  TempDir dir;
  import_example_quarters("x.db", dir.path(), 1);
  // Text that reached the database before imports refused control characters: a window title
  // (OSC), a clipboard write (OSC 52), a clear screen (CSI) and a C1 CSI.
  {
    SQLite::Database d((dir / "x.db").string(), SQLite::OPEN_READWRITE);
    // Names are in the service versions (migration 0011), which no command may edit.
    d.exec("DROP TRIGGER service_version_fixed");
    d.exec(
        "UPDATE service_version SET name = 'Payroll "
        "\x1b]0;owned\x07\x1b]52;c;ZXZpbA==\x07\x1b[2J\b\xc2\x9b"
        "2J' WHERE key = 'payroll-engine'");
    d.exec("UPDATE product_line SET name = 'Line \x1b[8m' || name");
  }
  const std::vector<std::vector<std::string>> commands = {
      {"applicability"},
      {"score"},
      {"score", "--format", "json"},
      {"explain", "payroll-engine", "--framework", "soc1"}};
  for (const auto& command : commands) {
    SCOPED_TRACE(command.front());
    const auto r = run_on("x.db", command, dir.path());
    EXPECT_LE(r.exit_code, 1) << r.err;
    for (const char c : {'\x1b', '\x07', '\b'})
      EXPECT_EQ(r.out.find(c), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("\xc2\x9b"), std::string::npos) << r.out;
    // Escaped here, or by the JSON writer itself (lower case).
    EXPECT_TRUE(r.out.find("\\u001B") != std::string::npos ||
                r.out.find("\\u001b") != std::string::npos)
        << r.out;
  }

  // And a file holding one is refused where the character is.
  const auto bad = dir.write("bad.csv", "service,name\nok,Fine\nevil,\"Clear \x1b[2J\"\n");
  const auto r = run_on("x.db", {"import", "services", bad.string()}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("bad.csv:3:13: error: control character U+001B (escape)"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
}

TEST(Hardening, AReportTouchesOnlyItsOwnFiles) {
  TempDir dir;
  import_example_quarters("x.db", dir.path(), 1);
  ASSERT_EQ(run_on("x.db", {"snapshot", "--period", "2026-Q1"}, dir.path()).exit_code, 0);
  // A period folder that is a link to somewhere else is refused, and nothing there changes.
  dir.write("elsewhere/README.md", "precious\n");
  dir.write("elsewhere/services/precious.md", "precious\n");
  fs::create_directories(dir / "out");
  fs::create_directory_symlink(dir / "elsewhere", dir / "out" / "2026-Q1");
  auto r = run_on("x.db", {"report", "--period", "2026-Q1", "--out", "out"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("is a symbolic link"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(dir / "elsewhere" / "README.md"), "precious\n");
  EXPECT_EQ(read_file(dir / "elsewhere" / "services" / "precious.md"), "precious\n");
  fs::remove(dir / "out" / "2026-Q1");

  // A user's notes among the pages survive every run; a dangling services link is named.
  r = run_on("x.db", {"report", "--period", "2026-Q1", "--out", "out"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  dir.write("out/2026-Q1/services/my-notes.md", "mine\n");
  r = run_on("x.db", {"report", "--period", "2026-Q1", "--out", "out"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir / "out" / "2026-Q1" / "services" / "my-notes.md"), "mine\n");
  EXPECT_TRUE(fs::exists(dir / "out" / "2026-Q1" / "services" / "payroll-engine.md"));

  fs::create_directories(dir / "out2" / "2026-Q1");
  fs::create_directory_symlink(dir / "gone", dir / "out2" / "2026-Q1" / "services");
  r = run_on("x.db", {"report", "--period", "2026-Q1", "--out", "out2"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("services: error: is a symbolic link to nothing"), std::string::npos)
      << r.err;
}

TEST(Hardening, MessagesSayWhatIsWrong) {
  TempDir dir;
  import_example_quarters("x.db", dir.path(), 1);
  const auto long_slug = std::string(65, 'a');
  const auto services = dir.write("s.csv", "service,name\n" + long_slug + ",Long\n");
  auto r = run_on("x.db", {"import", "services", services.string()}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("is 65 characters long; a slug has at most 64"), std::string::npos) << r.err;

  r = run_on("x.db", {"snapshot", "--period", "9999-Q4"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("9999-Q4 has not started yet"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("--as-of"), std::string::npos) << r.err;

  r = run_on("x.db", {"score", "--as-of", "1899-12-31"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("'1899-12-31' is out of range (years 1900 to 9999)"), std::string::npos)
      << r.err;
  r = run_on("x.db", {"report", "--period", "1899-Q4"}, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("'1899-Q4' is out of range"), std::string::npos) << r.err;

  r = run_socready({"--db", "x.db", "score"}, dir.path(), "2026-13-01");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.err.find("SOCREADY_TODAY '2026-13-01' is not a date"), std::string::npos) << r.err;

  // A service that exists but is in no frozen period, while another period is frozen.
  ASSERT_EQ(run_on("x.db", {"snapshot", "--period", "2026-Q1"}, dir.path()).exit_code, 0);
  const auto extra = dir.write("e.csv", "service,name\nbrand-new,Brand New\n");
  ASSERT_EQ(run_on("x.db", {"import", "services", extra.string()}, dir.path()).exit_code, 0);
  r = run_on("x.db", {"history", "brand-new"}, dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("brand-new in no frozen period"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace socready

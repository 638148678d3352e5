// End-to-end: the real binary, real files in a temporary folder.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "store/migrations.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

std::string dump_database(const std::filesystem::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY);
  std::string out = "version " + std::to_string(d.execAndGet("PRAGMA user_version").getInt());
  SQLite::Statement tables(d, "SELECT name, sql FROM sqlite_schema ORDER BY name");
  while (tables.executeStep()) out += "\n" + tables.getColumn(1).getString();
  out += "\nrequirements " + d.execAndGet("SELECT count(*) FROM requirement").getString();
  return out;
}

TEST(CliBasics, InitTwiceLeavesTheSameDatabase) {
  TempDir dir;
  auto first = run_socready({"init", "--db", "x.db"}, dir.path());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("created"), std::string::npos) << first.out;
  const auto before = dump_database(dir / "x.db");
  auto second = run_socready({"--db", "x.db", "init"}, dir.path());
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("up to date"), std::string::npos) << second.out;
  EXPECT_EQ(dump_database(dir / "x.db"), before);
}

TEST(CliBasics, DatabaseFromEnvironmentOrDefault) {
  TempDir dir;
  auto r = run_socready({"init"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "socready.db"));
}

TEST(CliBasics, CatalogCsvListsThe61Criteria) {
  TempDir dir;
  ASSERT_EQ(run_socready({"init"}, dir.path()).exit_code, 0);  // only init creates one
  auto r = run_socready({"catalog", "--framework", "soc2", "--format", "csv"}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "id,category,series,title\r");
  int rows = 0;
  std::map<std::string, int> per_category;
  while (std::getline(in, line)) {
    ++rows;
    auto first = line.find(',');
    auto second = line.find(',', first + 1);
    per_category[line.substr(first + 1, second - first - 1)]++;
  }
  EXPECT_EQ(rows, 61);
  EXPECT_EQ(per_category["Security"], 33);
  EXPECT_EQ(per_category["Privacy"], 18);
}

TEST(CliBasics, CatalogJsonAndTable) {
  TempDir dir;
  ASSERT_EQ(run_socready({"init"}, dir.path()).exit_code, 0);  // only init creates one
  auto json = run_socready({"catalog", "--format", "json", "--framework", "soc1"}, dir.path());
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto parsed = nlohmann::json::parse(json.out);
  ASSERT_EQ(parsed.size(), 11u);
  EXPECT_EQ(parsed[0]["id"], "ITGC-ACCESS");
  EXPECT_EQ(parsed[0]["framework"], "SOC1");
  auto table = run_socready({"catalog"}, dir.path());
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("CC6.1"), std::string::npos);
  EXPECT_NE(table.out.find("72 requirements"), std::string::npos);
}

TEST(CliBasics, RefusesANewerDatabaseWithExit3) {
  TempDir dir;
  ASSERT_EQ(run_socready({"init", "--db", "f.db"}, dir.path()).exit_code, 0);
  {
    SQLite::Database d((dir / "f.db").string(), SQLite::OPEN_READWRITE);
    d.exec("PRAGMA user_version = 77");
  }
  auto r = run_socready({"catalog", "--db", "f.db"}, dir.path());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("77"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("version " + std::to_string(store::latest_schema_version())),
            std::string::npos)
      << r.err;
}

TEST(CliBasics, BadArgumentsExit2WithAHint) {
  TempDir dir;
  auto unknown = run_socready({"scroe"}, dir.path());
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command 'scroe'"), std::string::npos) << unknown.err;
  auto option = run_socready({"catalog", "--frobnicate"}, dir.path());
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_NE(option.err.find("socready catalog --help"), std::string::npos) << option.err;
  auto value = run_socready({"catalog", "--framework", "soc3"}, dir.path());
  EXPECT_EQ(value.exit_code, 2);
  EXPECT_NE(value.err.find("soc1, soc2"), std::string::npos) << value.err;
  auto none = run_socready({}, dir.path());
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.out.find("Commands:"), std::string::npos);
}

TEST(CliBasics, VersionAndHelpOnEveryCommand) {
  TempDir dir;
  auto v = run_socready({"--version"}, dir.path());
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("socready ", 0), 0u);
  auto help = run_socready({"--help"}, dir.path());
  ASSERT_EQ(help.exit_code, 0);
  // Every command listed in the program's help answers --help with its usage.
  std::istringstream in(help.out.substr(help.out.find("Commands:\n") + 10));
  std::string line;
  int commands = 0;
  while (std::getline(in, line) && !line.empty()) {
    std::istringstream words(line);
    std::string name;
    words >> name;
    auto h = run_socready({name, "--help"}, dir.path());
    EXPECT_EQ(h.exit_code, 0) << name;
    EXPECT_NE(h.out.find("Usage: socready " + name), std::string::npos) << name << h.out;
    ++commands;
  }
  EXPECT_GE(commands, 3);
  EXPECT_FALSE(std::filesystem::exists(dir / "socready.db"))
      << "--help must not touch the database";
}

}  // namespace
}  // namespace socready

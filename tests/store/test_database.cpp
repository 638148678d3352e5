#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "core/error.hpp"
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "support/test_support.hpp"

namespace socready::store {
namespace {

using socready::testing::TempDir;

// A description of every schema object that does not depend on how its SQL was spelled:
// columns, keys, indexes and foreign keys from the pragmas; other objects by normalised SQL.
std::map<std::string, std::string> describe_schema(SQLite::Database& db) {
  std::map<std::string, std::string> out;
  SQLite::Statement objects(db,
                            "SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                            "WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
  while (objects.executeStep()) {
    const std::string type = objects.getColumn(0).getString();
    const std::string name = objects.getColumn(1).getString();
    std::string d = type + ":";
    auto pragma_rows = [&](const std::string& pragma) {
      SQLite::Statement p(db, "SELECT * FROM pragma_" + pragma + "(?)");
      p.bind(1, name);
      while (p.executeStep()) {
        d += "\n " + pragma + ":";
        for (int i = 0; i < p.getColumnCount(); ++i) d += " " + p.getColumn(i).getString();
      }
    };
    if (type == "table") {
      pragma_rows("table_xinfo");
      pragma_rows("foreign_key_list");
      pragma_rows("index_list");
      // CHECK constraints and STRICT appear only in the SQL: compare it without spacing/comments.
      std::string sql =
          std::regex_replace(objects.getColumn(2).getString(), std::regex("--[^\n]*"), "");
      sql = std::regex_replace(sql, std::regex("\\s+"), " ");
      d += "\n sql: " + sql;
    } else if (type == "index") {
      pragma_rows("index_xinfo");
    } else {
      std::string sql =
          std::regex_replace(objects.getColumn(2).getString(), std::regex("--[^\n]*"), "");
      d += std::regex_replace(sql, std::regex("\\s+"), " ");
    }
    out[name] = d;
  }
  return out;
}

TEST(Migrations, AreNumberedFromOneWithoutGaps) {
  const auto& all = migrations();
  ASSERT_FALSE(all.empty());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].version, static_cast<int>(i + 1)) << all[i].name;
    EXPECT_FALSE(all[i].sql.empty()) << all[i].name;
  }
}

TEST(Migrations, GiveExactlySchemaSql) {
  Database migrated(":memory:");
  SQLite::Database reference(":memory:", SQLite::OPEN_READWRITE);
  reference.exec(
      socready::testing::read_file(socready::testing::source_dir() / "schema" / "schema.sql"));
  EXPECT_EQ(migrated.sql().execAndGet("PRAGMA application_id").getInt(),
            reference.execAndGet("PRAGMA application_id").getInt());
  EXPECT_NE(reference.execAndGet("PRAGMA application_id").getInt(), 0);
  auto a = describe_schema(migrated.sql());
  auto b = describe_schema(reference);
  ASSERT_FALSE(a.empty());
  for (const auto& [name, d] : a) {
    ASSERT_TRUE(b.count(name)) << name << " is in the migrations but not in schema/schema.sql";
    EXPECT_EQ(d, b[name]) << name;
  }
  for (const auto& [name, d] : b)
    EXPECT_TRUE(a.count(name)) << name << " is in schema/schema.sql but no migration creates it";
}

TEST(Migrations, EachStepAppliesOnTheVersionBefore) {
  TempDir dir;
  const auto path = (dir / "steps.db").string();
  for (const auto& m : migrations()) {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // As Database::migrate_to runs them: enforcement off, checked before the commit.
    raw.exec("PRAGMA foreign_keys = OFF");
    ASSERT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), m.version - 1);
    raw.exec("BEGIN");
    raw.exec(std::string(m.sql));
    raw.exec("PRAGMA user_version = " + std::to_string(m.version));
    raw.exec("COMMIT");
    SQLite::Statement fk(raw, "PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.executeStep()) << m.name << " leaves a dangling reference";
    if (m.version < latest_schema_version()) {
      // A binary that does not migrate refuses the database behind it.
      OpenOptions no_migrate;
      no_migrate.migrate = false;
      EXPECT_THROW(Database(path, no_migrate), DatabaseError) << m.name;
    }
  }
  Database final_db(path);
  EXPECT_EQ(final_db.migration_report().from_version, latest_schema_version());
}

TEST(Database, OpeningTwiceChangesNothing) {
  TempDir dir;
  const auto path = (dir / "twice.db").string();
  { Database db(path); }
  Database again(path);
  EXPECT_EQ(again.migration_report().from_version, latest_schema_version());
  EXPECT_EQ(again.migration_report().to_version, latest_schema_version());
  EXPECT_TRUE(again.migration_report().backup.empty());
}

TEST(Database, PragmasAreSet) {
  TempDir dir;
  Database db((dir / "p.db").string());
  EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_EQ(db.sql().execAndGet("PRAGMA busy_timeout").getInt(), 5000);
}

TEST(Database, RefusesNewerSchemaNamingBothVersions) {
  TempDir dir;
  const auto path = (dir / "future.db").string();
  {
    Database db(path);
    db.sql().exec("PRAGMA user_version = 999");
  }
  try {
    Database db(path);
    FAIL() << "expected a refusal";
  } catch (const DatabaseError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("999"), std::string::npos) << msg;
    EXPECT_NE(msg.find(std::to_string(latest_schema_version())), std::string::npos) << msg;
    EXPECT_EQ(e.code(), ExitCode::internal);
  }
}

TEST(Database, UpgradeWritesABackupFirst) {
  ASSERT_GE(latest_schema_version(), 2);
  TempDir dir;
  const auto path = (dir / "old.db").string();
  {
    // A database one version behind, with data in it.
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& m : migrations()) {
      if (m.version == latest_schema_version()) break;
      raw.exec(std::string(m.sql));
      raw.exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    raw.exec("INSERT INTO product_line (slug, name) VALUES ('pl', 'Payroll')");
  }
  Database db(path);
  EXPECT_EQ(db.migration_report().from_version, latest_schema_version() - 1);
  ASSERT_FALSE(db.migration_report().backup.empty());
  EXPECT_TRUE(std::filesystem::exists(db.migration_report().backup));
  SQLite::Database backup(db.migration_report().backup.string(), SQLite::OPEN_READONLY);
  EXPECT_EQ(backup.execAndGet("PRAGMA user_version").getInt(), latest_schema_version() - 1);
  EXPECT_EQ(backup.execAndGet("SELECT name FROM product_line").getString(), "Payroll");
  EXPECT_EQ(db.sql().execAndGet("SELECT name FROM product_line").getString(), "Payroll");
  EXPECT_NE(db.sql().execAndGet("PRAGMA application_id").getInt(), 0);
}

TEST(Migrations, TypeTwoFactsGiveEarlierRowsTheDefaults) {
  TempDir dir;
  const auto path = (dir / "v4.db").string();
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& m : migrations()) {
      if (m.version > 4) break;
      raw.exec(std::string(m.sql));
      raw.exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    raw.exec(
        "INSERT INTO import_revision (id, kind, source, effective_on, imported_at) "
        "VALUES (1, 'controls', 'c.csv', '2026-01-01', '2026-01-01T00:00:00Z');"
        "INSERT INTO control (id, key) VALUES (1, 'AC-01');"
        "INSERT INTO control_version (control_id, valid_from, revision_id, title, status, "
        "fingerprint) VALUES (1, '2026-01-01', 1, 't', 'implemented', 7);"
        "INSERT INTO control_test (control_id, tested_on, result, revision_id) "
        "VALUES (1, '2026-02-01', 'pass', 1);");
  }
  Database db(path);
  EXPECT_EQ(db.sql()
                .execAndGet("SELECT nature || is_key || compensates || fingerprint FROM "
                            "control_version")
                .getString(),
            "manual07");
  EXPECT_TRUE(db.sql().execAndGet("SELECT sample_size FROM control_test").isNull());
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM population").getInt(), 0);
  // A version's new columns are as fixed as the old ones.
  EXPECT_THROW(db.sql().exec("UPDATE control_version SET is_key = 1"), SQLite::Exception);
}

TEST(Migrations, WideningImportKindsKeepsEveryRevisionAndWhatReferencesIt) {
  TempDir dir;
  const auto path = (dir / "v6.db").string();
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& m : migrations()) {
      if (m.version > 6) break;
      raw.exec(std::string(m.sql));
      raw.exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    raw.exec(
        "INSERT INTO import_revision (id, kind, source, command, effective_on, imported_at, "
        "added) VALUES (4, 'controls', 'c.csv', 'socready import controls c.csv', "
        "'2026-01-01', '2026-01-01T00:00:00Z', 1), (9, 'tests', 't.csv', '', '2026-02-01', "
        "'2026-02-01T00:00:00Z', 1);"
        "INSERT INTO control (id, key) VALUES (1, 'AC-01');"
        "INSERT INTO control_version (control_id, valid_from, revision_id, title, status, "
        "fingerprint) VALUES (1, '2026-01-01', 4, 't', 'implemented', 7);"
        "INSERT INTO control_test (control_id, tested_on, result, revision_id) "
        "VALUES (1, '2026-02-01', 'pass', 9);");
  }
  Database db(path);
  EXPECT_EQ(db.sql()
                .execAndGet("SELECT group_concat(id || kind || source || command || added, '|') "
                            "FROM (SELECT * FROM import_revision ORDER BY id)")
                .getString(),
            "4controlsc.csvsocready import controls c.csv1|9testst.csv1");
  SQLite::Statement dangling(db.sql(), "PRAGMA foreign_key_check");
  EXPECT_FALSE(dangling.executeStep());
  EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
  // The new kinds are accepted, an unknown one still is not, and the trail stays append-only.
  db.sql().exec(
      "INSERT INTO import_revision (kind, source, effective_on, imported_at) VALUES "
      "('populations', 'p.csv', '2026-03-01', '2026-03-01T00:00:00Z'), "
      "('cuecs', 'u.csv', '2026-03-01', '2026-03-01T00:00:00Z')");
  EXPECT_THROW(db.sql().exec("INSERT INTO import_revision (kind, source, effective_on, "
                             "imported_at) VALUES ('x', 'x.csv', '2026-03-01', '')"),
               SQLite::Exception);
  EXPECT_THROW(db.sql().exec("DELETE FROM import_revision WHERE id = 4"), SQLite::Exception);
  EXPECT_THROW(db.sql().exec("UPDATE import_revision SET source = 'y' WHERE id = 4"),
               SQLite::Exception);
}

TEST(Database, AFailingMigrationLeavesTheDatabaseAsItWas) {
  TempDir dir;
  const auto path = (dir / "broken.db").string();
  // The last migration that creates a table: a table of that name in its way makes it fail
  // part-way.
  const std::regex creates(R"(CREATE TABLE (\w+))");
  std::string in_the_way;
  int failing = 0;
  for (const auto& m : migrations()) {
    const std::string sql(m.sql);
    std::smatch found;
    if (std::regex_search(sql, found, creates)) {
      failing = m.version;
      in_the_way = found[1].str();
    }
  }
  ASSERT_GT(failing, 1);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (const auto& m : migrations()) {
      if (m.version == failing) break;
      raw.exec(std::string(m.sql));
      raw.exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    raw.exec("CREATE TABLE " + in_the_way + " (x INTEGER)");
  }
  int objects_before = 0;
  {
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    objects_before = raw.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
  }
  try {
    Database db(path);
    FAIL() << "the migration should have failed";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("migration"), std::string::npos) << e.what();
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), failing - 1);
  // Nothing the failed migration created survives.
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM sqlite_schema").getInt(), objects_before);
}

TEST(Database, ResolvesPathFromOptionThenEnvironment) {
  EXPECT_EQ(resolve_database_path("x.db"), "x.db");
  ::setenv("SOCREADY_DB", "env.db", 1);
  EXPECT_EQ(resolve_database_path(""), "env.db");
  ::unsetenv("SOCREADY_DB");
  EXPECT_EQ(resolve_database_path(""), "socready.db");
}

TEST(Database, TransactionRollsBackOnError) {
  Database db(":memory:");
  EXPECT_THROW(
      with_transaction(db,
                       [&] {
                         db.sql().exec("INSERT INTO product_line (slug, name) VALUES ('a', 'A')");
                         throw InputError("stop");
                       }),
      InputError);
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM product_line").getInt(), 0);
}

}  // namespace
}  // namespace socready::store

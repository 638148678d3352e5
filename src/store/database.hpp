#pragma once
// Opening a socready database: pragmas, schema version checks, migrations, backups.

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <functional>
#include <string>

namespace socready::store {

struct OpenOptions {
  // Create the file when it is missing. Only `init` and imports do: any other command on a
  // mistyped path must fail rather than pass a CI gate on an empty database.
  bool create = true;
  // Apply pending migrations. When false, a database behind the binary's schema is refused.
  bool migrate = true;
  // Copy an existing database beside it (VACUUM INTO) before upgrading its schema.
  bool backup_before_upgrade = true;
  // How long to wait for another writer before failing with "database is busy";
  // $SOCREADY_BUSY_TIMEOUT_MS overrides it.
  int busy_timeout_ms = default_busy_timeout_ms();

  static int default_busy_timeout_ms();
};

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
  std::filesystem::path backup;  // empty when none was written
};

class Database {
 public:
  // Opens or creates `path` (":memory:" for tests). Throws DatabaseError (exit 3) for a database
  // newer than this binary, a failing migration, or an unreadable file.
  explicit Database(const std::string& path, const OpenOptions& options = {});

  SQLite::Database& sql() { return db_; }
  const std::string& path() const { return path_; }
  int schema_version();
  const MigrationReport& migration_report() const { return report_; }

  // Applies migrations up to `target` (tests use this to stop part-way).
  void migrate_to(int target);

 private:
  std::string path_;
  SQLite::Database db_;
  OpenOptions options_;
  MigrationReport report_;
};

// The database path from SPEC §6: --db, else $SOCREADY_DB, else socready.db.
std::string resolve_database_path(const std::string& from_option);

// Runs `body` inside one IMMEDIATE transaction; rolls back if it throws or when `commit` is
// false (a dry run). SQLite "busy" errors become a DatabaseError naming the database.
void with_transaction(Database& db, const std::function<void()>& body, bool commit = true);

}  // namespace socready::store

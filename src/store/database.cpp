#include "store/database.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstdlib>

#include "core/error.hpp"
#include "store/migrations.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

namespace {

int read_user_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

// SQLite's memory statistics take a global mutex on every allocation; socready never reads
// them. The setting only applies before SQLite initialises, so it is made once, before the
// first database is opened.
SQLite::Database open_file(const std::string& path) {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  // Each connection is used by one thread at a time: SQLite need not lock it on every call.
  return SQLite::Database(path,
                          SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
}

bool is_memory(const std::string& path) { return path == ":memory:" || path.empty(); }

std::filesystem::path backup_path(const std::string& path, int version) {
  return std::filesystem::path(path + fmt::format(".v{}.bak", version));
}

}  // namespace

int OpenOptions::default_busy_timeout_ms() {
  if (const char* env = std::getenv("SOCREADY_BUSY_TIMEOUT_MS"); env && *env) {
    char* end = nullptr;
    const long ms = std::strtol(env, &end, 10);
    if (end && *end == '\0' && ms >= 0 && ms <= 600000) return static_cast<int>(ms);
  }
  return 5000;
}

std::string resolve_database_path(const std::string& from_option) {
  if (!from_option.empty()) return from_option;
  if (const char* env = std::getenv("SOCREADY_DB"); env && *env) return env;
  return "socready.db";
}

Database::Database(const std::string& path, const OpenOptions& options)
    : path_(path), db_(guard_sql(path, [&] { return open_file(path); })), options_(options) {
  guard_sql(path_, [&] {
    db_.setBusyTimeout(options_.busy_timeout_ms);
    if (!is_memory(path_)) {
      db_.exec("PRAGMA journal_mode = WAL");
      // In WAL mode NORMAL keeps the database consistent across a crash of the process; only
      // a power loss may roll back the last commits.
      db_.exec("PRAGMA synchronous = NORMAL");
    }
    db_.exec("PRAGMA foreign_keys = ON");
  });

  const int known = latest_schema_version();
  const int found = guard_sql(path_, [&] { return read_user_version(db_); });
  report_.from_version = report_.to_version = found;
  if (found > known) {
    throw DatabaseError(fmt::format(
        "{}: database schema version {} is newer than this socready knows (version {}); "
        "use a newer socready",
        path_, found, known));
  }
  if (found < known) {
    if (!options_.migrate) {
      throw DatabaseError(
          fmt::format("{}: database schema version {} is older than {}; run "
                      "'socready migrate'",
                      path_, found, known));
    }
    migrate_to(known);
  }
}

int Database::schema_version() {
  return guard_sql(path_, [&] { return read_user_version(db_); });
}

void Database::migrate_to(int target) {
  int current = schema_version();
  if (current >= target) return;
  if (current > 0 && options_.backup_before_upgrade && !is_memory(path_)) {
    auto backup = backup_path(path_, current);
    std::filesystem::remove(backup);
    guard_sql(path_, [&] {
      SQLite::Statement vacuum(db_, "VACUUM INTO ?");
      vacuum.bind(1, backup.string());
      vacuum.exec();
    });
    report_.backup = backup;
  }
  for (const auto& m : migrations()) {
    if (m.version <= current || m.version > target) continue;
    guard_sql(path_, [&] {
      try {
        db_.exec("BEGIN IMMEDIATE");
        db_.exec(std::string(m.sql));
        // PRAGMA takes no bound parameters; the version is our own integer.
        db_.exec(fmt::format("PRAGMA user_version = {}", m.version));
        db_.exec("COMMIT");
      } catch (const SQLite::Exception& e) {
        if (sqlite3_get_autocommit(db_.getHandle()) == 0) db_.exec("ROLLBACK");
        throw DatabaseError(fmt::format("{}: migration {} failed: {}", path_, m.name, e.what()));
      }
    });
    current = m.version;
  }
  report_.to_version = current;
}

void with_transaction(Database& db, const std::function<void()>& body, bool commit) {
  guard_sql(db.path(), [&] {
    db.sql().exec("BEGIN IMMEDIATE");
    try {
      body();
      db.sql().exec(commit ? "COMMIT" : "ROLLBACK");
    } catch (...) {
      // Rethrown below: this is cleanup on the way out, not a swallowed error.
      if (sqlite3_get_autocommit(db.sql().getHandle()) == 0) db.sql().exec("ROLLBACK");
      throw;
    }
  });
}

void with_import_transaction(Database& db, const std::function<bool()>& body) {
  guard_sql(db.path(), [&] {
    // Only outside a transaction does this pragma take effect.
    db.sql().exec("PRAGMA foreign_keys = OFF");
    try {
      db.sql().exec("BEGIN IMMEDIATE");
      const bool commit = body();
      db.sql().exec(commit ? "COMMIT" : "ROLLBACK");
    } catch (...) {
      // Rethrown: roll back and restore the checks on the way out.
      if (sqlite3_get_autocommit(db.sql().getHandle()) == 0) db.sql().exec("ROLLBACK");
      db.sql().exec("PRAGMA foreign_keys = ON");
      throw;
    }
    db.sql().exec("PRAGMA foreign_keys = ON");
  });
}

}  // namespace socready::store

#include "store/database.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>

#include "core/error.hpp"
#include "store/migrations.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

namespace {

int read_user_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

bool is_memory(const std::string& path) { return path == ":memory:" || path.empty(); }

// 'SOCR': written by migration 0005 into every socready database's header.
constexpr int socready_application_id = 0x534F4352;

bool writable(const std::filesystem::path& p) {
  std::error_code ec;
  const auto perms = std::filesystem::status(p, ec).permissions();
  if (ec) return false;
  // The write bits count as well as access(): root may write anywhere, but a file or folder
  // marked read-only (an auditor's copy) is still treated as one.
  constexpr auto any_write = std::filesystem::perms::owner_write |
                             std::filesystem::perms::group_write |
                             std::filesystem::perms::others_write;
  return (perms & any_write) != std::filesystem::perms::none && ::access(p.c_str(), W_OK) == 0;
}

std::filesystem::path folder_of(const std::string& path) {
  const auto parent = std::filesystem::path(path).parent_path();
  return parent.empty() ? std::filesystem::path(".") : parent;
}

bool is_read_only(const std::string& path) {
  return !is_memory(path) && std::filesystem::exists(path) &&
         (!writable(path) || !writable(folder_of(path)));
}

// An SQLite URI for `path`: the characters that start a query or fragment, and '%' itself, are
// escaped.
std::string file_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#')
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    else
      uri += c;
  }
  return uri;
}

// SQLite's memory statistics take a global mutex on every allocation; socready never reads
// them. The setting only applies before SQLite initialises, so it is made once, before the
// first database is opened.
SQLite::Database open_file(const std::string& path, const OpenOptions& options) {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  if (!options.create && !is_memory(path) && !std::filesystem::exists(path))
    throw DatabaseError(fmt::format("no database at {} (run `socready init`)", path));
  // Each connection is used by one thread at a time: SQLite need not lock it on every call.
  if (is_read_only(path)) {
    // In a folder nobody may write, SQLite cannot create the WAL index (-shm) a reader needs;
    // with no writer possible the file cannot change, which is what `immutable` declares.
    const bool shm = std::filesystem::exists(path + "-shm");
    if (!writable(folder_of(path)) && !shm)
      return SQLite::Database(file_uri(path) + "?immutable=1",
                              SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX | SQLite::OPEN_URI);
    return SQLite::Database(path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
  }
  // Without OPEN_CREATE, a file removed after the check above is an error, not a new database.
  return SQLite::Database(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX |
                                    (options.create ? SQLite::OPEN_CREATE : 0));
}

// Refuses, before anything is written, a database another application made: socready would
// otherwise add its tables to it and switch it to WAL.
void check_is_socready(SQLite::Database& db, const std::string& path) {
  const int id = db.execAndGet("PRAGMA application_id").getInt();
  if (id == socready_application_id) return;
  const int version = read_user_version(db);
  const int objects = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
  if (id == 0 && version == 0 && objects == 0) return;  // empty: a new database
  // Written before migration 0005 marked databases: socready's version and first tables.
  const int own_tables =
      db.execAndGet(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
            "('product_line', 'service', 'control', 'control_version', 'snapshot')")
          .getInt();
  if (id == 0 && version >= 1 && own_tables == 5) return;
  throw DatabaseError(fmt::format(
      "{}: not a socready database (application_id {}, {} schema objects); refusing to change "
      "it",
      path, id, objects));
}

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
    : path_(path),
      db_(guard_sql(path, [&] { return open_file(path, options); })),
      options_(options) {
  const bool read_only = sqlite3_db_readonly(db_.getHandle(), "main") == 1;
  guard_sql(path_, [&] {
    db_.setBusyTimeout(options_.busy_timeout_ms);
    check_is_socready(db_, path_);
    if (!is_memory(path_) && !read_only) {
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
    if (read_only) {
      throw DatabaseError(
          fmt::format("{}: the database is read-only and at schema version {}, older than {}; run "
                      "'socready migrate' on a writable copy",
                      path_, found, known));
    }
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
  // A migration may rebuild a table that others reference (SQLite's way to change a
  // constraint), which enforcement would refuse midway; each one is checked whole before it
  // commits instead. The pragma only takes effect outside a transaction.
  guard_sql(path_, [&] { db_.exec("PRAGMA foreign_keys = OFF"); });
  for (const auto& m : migrations()) {
    if (m.version <= current || m.version > target) continue;
    guard_sql(path_, [&] {
      try {
        db_.exec("BEGIN IMMEDIATE");
        db_.exec(std::string(m.sql));
        if (SQLite::Statement check(db_, "PRAGMA foreign_key_check"); check.executeStep()) {
          throw SQLite::Exception(fmt::format("a row of {} references a missing row of {}",
                                              check.getColumn(0).getString(),
                                              check.getColumn(2).getString()));
        }
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
  guard_sql(path_, [&] { db_.exec("PRAGMA foreign_keys = ON"); });
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

}  // namespace socready::store

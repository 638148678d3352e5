#pragma once
// What the version tables of CUECs and subservice organisations share: closing a version, and the
// WHERE clauses that pick the latest version per key or the versions valid on a date.

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "store/database.hpp"
#include "store/sql_error.hpp"
#include "store/stored_version.hpp"

namespace socready::store {

// `table` is one of our own table names, never user input.
void close_version_in(Database& db, std::string_view table, std::int64_t version_id, Date valid_to,
                      std::int64_t revision_id);

// The rows of a version table, read by `read` from `SELECT {columns} FROM {table} WHERE ...`,
// ordered by key then version.
template <typename Record>
using VersionReader = StoredVersion<Record> (*)(const std::string& db_path, SQLite::Statement& q);

template <typename Record>
std::vector<StoredVersion<Record>> load_versions_where(Database& db, std::string_view table,
                                                       std::string_view columns,
                                                       std::string_view where,
                                                       std::optional<Date> date,
                                                       VersionReader<Record> read) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(
        db.sql(), fmt::format("SELECT {} FROM {} {} ORDER BY key, id", columns, table, where));
    if (date) q.bind(":date", date->iso());
    std::vector<StoredVersion<Record>> out;
    while (q.executeStep()) out.push_back(read(db.path(), q));
    return out;
  });
}

// The latest version of every key ever imported, retired ones included.
template <typename Record>
std::vector<StoredVersion<Record>> load_latest_versions(Database& db, std::string_view table,
                                                        std::string_view columns,
                                                        VersionReader<Record> read) {
  return load_versions_where(
      db, table, columns, fmt::format("WHERE id IN (SELECT max(id) FROM {} GROUP BY key)", table),
      std::nullopt, read);
}

// The records valid on `date`.
template <typename Record>
std::vector<Record> load_records_as_of(Database& db, std::string_view table,
                                       std::string_view columns, Date date,
                                       VersionReader<Record> read) {
  std::vector<Record> out;
  for (auto& v : load_versions_where(
           db, table, columns,
           "WHERE valid_from <= :date AND (valid_to IS NULL OR valid_to > :date)", date, read))
    out.push_back(std::move(v.record));
  return out;
}

}  // namespace socready::store

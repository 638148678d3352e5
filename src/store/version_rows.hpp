#pragma once
// The SQL of `VersionTable` (store/version_table.hpp): included by the store file that declares
// an entity's table, which instantiates it (`template struct VersionTable<Cuec>;`).

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <string>
#include <utility>

#include "store/read_back.hpp"
#include "store/sql_error.hpp"
#include "store/version_table.hpp"

namespace socready::store {

// A version table's row read back with the checks of store/read_back.hpp; `unreadable` reports a
// bad value found inside a column (one item of a list).
class VersionRowReader : public RowReader {
 public:
  VersionRowReader(const std::string& db_path, SQLite::Statement& q, std::string_view table,
                   std::int64_t id)
      : RowReader(db_path, q, table, id), db_path_(db_path), table_(table), id_(id) {}

  [[noreturn]] void unreadable(std::string_view column, std::string_view text) const {
    unreadable_value(db_path_, table_, fmt::format("id {}", id_), column, text);
  }

 private:
  const std::string& db_path_;
  std::string_view table_;
  std::int64_t id_;
};

template <typename Record>
std::vector<StoredVersion<Record>> VersionTable<Record>::versions_where(
    Database& db, std::string_view where, std::optional<Date> date) const {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(),
                        fmt::format("SELECT id, key, valid_from, valid_to, {} FROM {} {} ORDER BY "
                                    "key, id",
                                    columns, table, where));
    if (date) q.bind(":date", date->iso());
    std::vector<StoredVersion<Record>> out;
    while (q.executeStep()) {
      StoredVersion<Record> v;
      v.version_id = q.getColumn(0).getInt64();
      VersionRowReader row(db.path(), q, table, v.version_id);
      key_of(v.record) = q.getColumn(1).getString();
      v.record.valid_from = row.parsed(2, Date::parse);
      v.valid_to = row.optional(3, Date::parse);
      read(row, q, v.record);
      out.push_back(std::move(v));
    }
    return out;
  });
}

template <typename Record>
std::vector<StoredVersion<Record>> VersionTable<Record>::latest(Database& db) const {
  return versions_where(db,
                        fmt::format("WHERE id IN (SELECT max(id) FROM {} GROUP BY key)", table));
}

template <typename Record>
std::vector<Record> VersionTable<Record>::as_of(Database& db, Date date) const {
  std::vector<Record> out;
  for (auto& v : versions_where(
           db, "WHERE valid_from <= :date AND (valid_to IS NULL OR valid_to > :date)", date))
    out.push_back(std::move(v.record));
  return out;
}

// Inserts a version of `r`: its key, valid_from and revision, then the table's `columns`, which
// `bind` binds from index 4.
template <typename Record, typename Bind>
void insert_version(Database& db, const VersionTable<Record>& versions, const Record& r,
                    std::int64_t revision_id, Bind&& bind) {
  guard_sql(db.path(), [&] {
    std::string values = "?, ?, ?, ?";
    for (char c : versions.columns)
      if (c == ',') values += ", ?";
    SQLite::Statement q(db.sql(),
                        fmt::format("INSERT INTO {} (key, valid_from, revision_id, {}) VALUES ({})",
                                    versions.table, versions.columns, values));
    q.bind(1, key_of(r));
    q.bind(2, r.valid_from.iso());
    q.bind(3, revision_id);
    bind(q);
    q.exec();
  });
}

}  // namespace socready::store

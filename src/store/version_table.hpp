#pragma once
// A record kept as versions (CUECs, subservice organisations, systems, service facts), valid
// from its `valid_from` until the next version (or retirement) begins. Each entity declares its
// table once, as a `VersionTable`: the table, the columns it reads beyond the four every version
// table has, how a row reads into its record and how a version is added. Reading the latest
// versions or those valid on a date, and closing a version, are written once here; their SQL is
// in `store/version_rows.hpp`, which only the store files that declare a table include.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "store/database.hpp"
#include "store/stored_version.hpp"

namespace SQLite {
class Statement;
}

namespace socready::store {

class VersionRowReader;

// What a record is versioned by: its `key`, or a service's slug (which the whole program names
// it by).
template <typename Record>
auto& key_of(Record& r) {
  if constexpr (requires { r.slug; })
    return r.slug;
  else
    return r.key;
}

// `table` is one of our own table names, never user input.
void close_version_in(Database& db, std::string_view table, std::int64_t version_id, Date valid_to,
                      std::int64_t revision_id);

template <typename Record>
struct VersionTable {
  std::string_view table;  // one of our own table names, never user input
  // Selected after `id, key, valid_from, valid_to`, which every version table has and which are
  // read before `read` is called: `read` reads these from index 4.
  std::string_view columns;
  void (*read)(VersionRowReader& row, SQLite::Statement& q, Record& r);
  // Adds a version valid from the record's `valid_from`.
  void (*add)(Database& db, const Record& r, std::int64_t revision_id);

  // The latest version of every key ever imported, retired ones included, ordered by key.
  std::vector<StoredVersion<Record>> latest(Database& db) const;
  // The records valid on `date`, ordered by key.
  std::vector<Record> as_of(Database& db, Date date) const;
  // The versions the clause `where` picks (`:date` bound to `date` when given), ordered by key
  // then version.
  std::vector<StoredVersion<Record>> versions_where(Database& db, std::string_view where,
                                                    std::optional<Date> date = {}) const;
  // Ends a version as of `valid_to` (the day it began, for a same-day correction or retirement).
  void close(Database& db, std::int64_t version_id, Date valid_to, std::int64_t revision_id) const {
    close_version_in(db, table, version_id, valid_to, revision_id);
  }
};

}  // namespace socready::store

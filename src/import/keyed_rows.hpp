#pragma once
// What the imports of records with a key share (capabilities, objectives and the versioned
// entities): a key listed twice in one file is a problem, and a record is counted as added,
// changed or unchanged against the one on file, and written only when it is not unchanged.

#include <fmt/format.h>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "import/import_options.hpp"
#include "import/import_run.hpp"
#include "import/problems.hpp"
#include "import/table.hpp"

namespace socready::import {

// The line each key of a file was first listed on.
class KeyLines {
 public:
  // True the first time `key` is listed; a later listing is a problem at the key column, naming
  // the first line: false.
  template <std::size_t N>
  bool first(const Table<N>& table, const std::string& key, Problems& problems) {
    const auto [it, fresh] = lines_.emplace(key, table.line());
    if (!fresh)
      problems.add(table.where(0), fmt::format("{}: {} is already listed on line {}",
                                               table.header(0), key, it->second));
    return fresh;
  }

 private:
  std::map<std::string, std::size_t, std::less<>> lines_;
};

// The value on file under `key`, or null.
template <typename Map, typename Key>
const typename Map::mapped_type* find_or_null(const Map& on_file, const Key& key) {
  const auto it = on_file.find(key);
  return it == on_file.end() ? nullptr : &it->second;
}

// Counts `r` as added (no `before`), unchanged or changed; false when it is unchanged and
// nothing needs writing.
template <typename Record>
bool count_change(ImportSummary& s, const Record* before, const Record& r) {
  if (!before) {
    ++s.added;
  } else if (*before == r) {
    ++s.unchanged;
    return false;
  } else {
    ++s.changed;
  }
  return true;
}

// The apply of records kept as one current value per key (capabilities, objectives), once the
// whole file is read and planned: nothing when a row has a problem; else, in one revision, each
// planned record new or changed against `on_file` (by its `key`) is written by
// `save(record, before or null, revision)`, and each is counted. True when the run is to commit
// (it has no problem and is not a dry run).
template <typename Record, typename OnFile, typename Key, typename Save>
bool apply_changes(store::Database& db, ImportRun& run, const ImportOptions& options,
                   const std::vector<Record>& plan, const OnFile& on_file, Key key, Save save) {
  if (run.problems.any()) return false;
  const auto revision = begin_revision(db, run, options);
  for (const auto& r : plan) {
    const Record* before = find_or_null(on_file, key(r));
    if (count_change(run.summary, before, r)) save(r, before, revision);
  }
  finish_revision(db, revision, run.summary);
  return !options.dry_run;
}

}  // namespace socready::import

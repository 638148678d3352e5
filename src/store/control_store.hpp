#pragma once
// All SQL about controls, their versions, evidence and tests. Writers keep their statements
// prepared for the length of an import; readers load a date's state in a few set-based queries.

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "store/batch_insert.hpp"
#include "store/control_rows.hpp"
#include "store/database.hpp"
#include "store/key_filter.hpp"

namespace socready::store {

class ControlWriter {
 public:
  explicit ControlWriter(Database& db);

  std::optional<ControlHead> find(std::string_view key);
  std::optional<std::int64_t> control_id(std::string_view key);
  // Whether the current version of the control is key; nullopt when there is none (unknown or
  // retired). Reads what was written: call after flush().
  std::optional<bool> current_is_key(std::string_view key);
  // The control and its latest version, or a new control (`created`) when none has `key`.
  // A key the filter of known keys has never seen is new without a look-up.
  struct Found {
    ControlHead head;
    bool created = false;
  };
  Found find_or_add(std::string_view key);
  // Writes are batched (new controls too): they reach the database by flush() at the latest.
  std::int64_t add_version(std::int64_t control_id, std::int64_t revision_id, const VersionRow& v);
  // Ends a version as of `valid_to` (the day it began, for a same-day correction).
  void close_version(std::int64_t version_id, Date valid_to, std::int64_t revision_id);

  // Remembers that the import saw this control, for retire_unseen().
  void mark_seen(std::int64_t control_id);
  // Ends, as of `date`, every current version whose control was not seen. Returns how many.
  std::int64_t retire_unseen(Date date, std::int64_t revision_id);

  // From an inventory row: adds evidence or a test only when none is on file for that date.
  // `new_control`: created by this import, so nothing can be on file yet.
  // Batched like versions: flush() tells how many were added.
  void add_evidence_if_none_on(std::int64_t control_id, Date collected_on,
                               std::string_view description, std::int64_t revision_id,
                               bool new_control);
  void add_test_if_none_on(std::int64_t control_id, Date tested_on, TestResult result,
                           std::int64_t revision_id, bool new_control);

  // Writes every batched row. Call it before reading what was written, before
  // retire_unseen() and before committing. Returns the evidence and test records added by
  // add_evidence_if_none_on() and add_test_if_none_on() since the last flush.
  struct Flushed {
    std::int64_t evidence = 0;
    std::int64_t tests = 0;
  };
  Flushed flush();

 private:
  static bool any_on(SQLite::Statement& lookup, std::int64_t control_id, const std::string& date);

  Database& db_;
  SQLite::Statement find_;
  SQLite::Statement find_id_;
  // Every control key in the table or in controls_, loaded by the first find_or_add().
  std::optional<KeyFilter> known_keys_;
  // Controls and versions get their row ids here, as SQLite would (one past the largest), so
  // that they can be batched with the rows that refer to them.
  std::int64_t next_control_id_ = 0;
  std::int64_t next_version_id_ = 0;
  BatchInsert controls_;
  BatchInsert versions_;
  BatchInsert service_links_;
  BatchInsert requirement_links_;
  BatchInsert inventory_evidence_;
  BatchInsert inventory_tests_;
  SQLite::Statement close_version_;
  SQLite::Statement evidence_on_;
  SQLite::Statement test_on_;
  std::optional<SQLite::Statement> mark_seen_;
};

// A control version with its row ids, as the loaders return it.
struct LoadedControl {
  std::int64_t control_id = 0;
  std::int64_t version_id = 0;
  std::int64_t revision_id = 0;  // the import that made this version
  std::int64_t closed_by = 0;    // the import that ended it; 0 while current
  ControlVersion version;
};

// The versions valid on `date` (retired controls excluded), ordered by key.
std::vector<LoadedControl> load_controls_as_of(Database& db, Date date);
// Every version of every control, ordered by key then date (for history and the audit log).
std::vector<LoadedControl> load_all_versions(Database& db);

// Every control id on file (retired ones too), sorted: the candidates of "did you mean".
std::vector<std::string> load_control_keys(Database& db);

// Evidence and tests dated on or before `date`, ordered by control id, then date.
std::vector<std::pair<std::int64_t, EvidenceRecord>> load_evidence(Database& db, Date date);
std::vector<std::pair<std::int64_t, TestRecord>> load_tests(Database& db, Date date);
// The latest evidence date on or before `date` per control, ordered by control id: what the
// controls export writes, read from the key alone (a million records' text need not be loaded).
std::vector<std::pair<std::int64_t, Date>> latest_evidence_dates(Database& db, Date date);

}  // namespace socready::store

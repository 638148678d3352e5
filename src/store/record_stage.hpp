#pragma once
// The evidence or test records of one import, staged in a temporary table and written to
// their table in key order at the end. A file lists records in any order, and the tables are
// keyed by control and date: inserted as they come, each record lands on a different page, and
// once the table outgrows SQLite's page cache every insert re-reads and re-writes a page (a
// million evidence rows in random order spent two thirds of their time so). Written in key
// order, each page is touched once.

#include <cstdint>
#include <string_view>

#include "core/model.hpp"
#include "store/batch_insert.hpp"
#include "store/database.hpp"

namespace socready::store {

class RecordStage {
 public:
  enum class Kind { evidence, tests };

  // Inside the import's transaction: the temporary table goes with it.
  RecordStage(Database& db, Kind kind);
  ~RecordStage();
  RecordStage(const RecordStage&) = delete;
  RecordStage& operator=(const RecordStage&) = delete;

  void add_evidence(std::int64_t control_id, Date collected_on, std::string_view description,
                    std::string_view location);
  void add_test(std::int64_t control_id, const TestRecord& t);

  std::int64_t staged() const { return staged_; }
  // Adds every staged record not already on file (nor staged earlier in this import) under
  // `revision_id`; returns how many were added.
  std::int64_t write(std::int64_t revision_id);

 private:
  Database& db_;
  Kind kind_;
  BatchInsert rows_;
  std::int64_t staged_ = 0;
};

}  // namespace socready::store

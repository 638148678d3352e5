#pragma once
// All SQL about population records (SPEC §2): reading what is on file, for an import's plan and
// for the export, and writing the records an import adds. The scorer's reading is in
// inventory_loader.cpp, with the other facts of a date.

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "store/batch_insert.hpp"
#include "store/database.hpp"

namespace socready::store {

struct StoredPopulation {
  std::int64_t control_id = 0;
  PopulationRecord record;  // with the control's key
};

// Every population record, ordered by control key, then period_start, period_end and count.
std::vector<StoredPopulation> load_populations(Database& db);

// Writes population records under an import's revision, in batches; flush() before reading them
// back or committing. The plan has already refused overlaps and set aside what is on file.
class PopulationWriter {
 public:
  PopulationWriter(Database& db, std::int64_t revision_id);
  void add(std::int64_t control_id, const PopulationRecord& r);
  // Returns how many records were written since the last flush; a record SQLite did not write
  // (one on file after all) is a DatabaseError.
  std::int64_t flush();

 private:
  Database& db_;
  std::int64_t revision_id_;
  BatchInsert rows_;
  std::int64_t pending_ = 0;
};

}  // namespace socready::store

#pragma once
// Import revisions: every import is recorded with its file, effective date and counts.

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "store/database.hpp"

namespace socready::store {

struct RevisionCounts {
  std::int64_t added = 0;
  std::int64_t changed = 0;
  std::int64_t unchanged = 0;
  std::int64_t retired = 0;
  std::int64_t skipped = 0;  // evidence and tests already on file
};

struct Revision {
  std::int64_t id = 0;
  std::string kind;
  std::string source;
  std::string command;
  Date effective_on;
  std::string imported_at;
  RevisionCounts counts;
};

std::int64_t begin_revision(Database& db, const std::string& kind, const std::string& source,
                            Date effective_on, const std::string& command);
void finish_revision(Database& db, std::int64_t id, const RevisionCounts& counts);
std::vector<Revision> load_revisions(Database& db);

}  // namespace socready::store

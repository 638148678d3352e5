#pragma once
// The schema's history: migrations/NNNN_name.sql, embedded in the binary at build time.

#include <string_view>
#include <vector>

namespace socready::store {

struct Migration {
  int version;            // NNNN: the schema version after this migration
  std::string_view name;  // "0001_initial"
  std::string_view sql;
};

// In ascending version order, numbered 1, 2, 3... without gaps (a test checks it).
const std::vector<Migration>& migrations();

inline int latest_schema_version() {
  const auto& all = migrations();
  return all.empty() ? 0 : all.back().version;
}

}  // namespace socready::store

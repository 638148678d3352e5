#pragma once
// The rows a controls import reads and writes, as plain values: the importer builds them without
// SQL, the control store writes them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace socready::store {

// A control and its latest version (which may have been retired).
struct ControlHead {
  std::int64_t control_id = 0;
  std::int64_t version_id = 0;  // 0 when the control has no version yet
  std::int64_t revision_id = 0;
  Date valid_from;
  std::optional<Date> valid_to;
  std::int64_t fingerprint = 0;
  std::string title;
};

// The content of a new version, with its links resolved to row ids.
struct VersionRow : ControlContent {
  Date valid_from;
  std::vector<std::int64_t> service_ids;
  std::vector<std::int64_t> requirement_ids;
  std::int64_t fingerprint = 0;
};

}  // namespace socready::store

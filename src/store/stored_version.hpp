#pragma once
// A version of a record kept like control versions: valid from its record's `valid_from` until
// the next version (or retirement) begins. The versions are the record's audit trail.

#include <cstdint>
#include <optional>

#include "core/date.hpp"

namespace socready::store {

template <typename Record>
struct StoredVersion {
  std::int64_t version_id = 0;
  Record record;                 // its valid_from is the version's
  std::optional<Date> valid_to;  // set when the version was closed (changed or retired)
};

}  // namespace socready::store

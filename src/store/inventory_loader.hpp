#pragma once
// Builds the scorer's input as of a date in a handful of set-based queries: the catalog, the
// services, the control versions valid that day, and the evidence and test dates up to it.

#include <string>
#include <vector>

#include "core/date.hpp"
#include "scoring/inventory.hpp"
#include "store/database.hpp"

namespace socready::store {

// Only the named services when `services` is non-empty; unknown slugs are an InputError.
scoring::Inventory load_inventory(Database& db, Date as_of,
                                  const std::vector<std::string>& services = {});

}  // namespace socready::store

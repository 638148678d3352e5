#pragma once
// Builds the scorer's input as of a date in a handful of set-based queries: the catalog, the
// service and control versions valid that day, the evidence and test dates up to it, and the
// subservice organisations on file that day.

#include <functional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "scoring/inventory.hpp"
#include "store/database.hpp"

namespace socready::store {

// Only the named services when `services` is non-empty; unknown slugs are an InputError.
scoring::Inventory load_inventory(Database& db, Date as_of,
                                  const std::vector<std::string>& services = {});

// The services of `all` that `wanted` names, in the order of `all` (all of them when `wanted` is
// empty). A name of no service is an InputError with the nearest slug as a hint.
std::vector<Service> named_services(std::vector<Service> all,
                                    const std::vector<std::string>& wanted);

// For tests: `hook` runs in load_inventory between reading the services and the controls, where
// another process may change the database under it. An empty function removes it.
void set_load_inventory_pause(std::function<void()> hook);

}  // namespace socready::store

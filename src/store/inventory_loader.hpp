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

// What a name of no service on file on the as-of date is: a user's typo (an InputError with the
// nearest slug as a hint), or a system's service retired or not yet added then (left out).
enum class UnknownServices { refuse, skip };

// Only the named services when `services` is non-empty.
scoring::Inventory load_inventory(Database& db, Date as_of,
                                  const std::vector<std::string>& services = {},
                                  UnknownServices unknown = UnknownServices::refuse);

// The services of `all` that `wanted` names, in the order of `all` (all of them when `wanted` is
// empty).
std::vector<Service> named_services(std::vector<Service> all,
                                    const std::vector<std::string>& wanted,
                                    UnknownServices unknown = UnknownServices::refuse);

// For tests: `hook` runs in load_inventory between reading the services and the controls, where
// another process may change the database under it. An empty function removes it.
void set_load_inventory_pause(std::function<void()> hook);

}  // namespace socready::store

#pragma once
// `socready plan`'s use case: load one system, its services' inventory and the vendors as of a
// date, and plan it (scoring/plan.hpp).

#include <string>

#include "scoring/plan.hpp"
#include "store/database.hpp"

namespace socready::app {

// Throws InputError naming the nearest system when `system` is not on file on the as-of date.
scoring::Plan plan_as_of(store::Database& db, const std::string& system,
                         const scoring::PlanOptions& options);

}  // namespace socready::app

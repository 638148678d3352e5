#pragma once
// Use cases about systems that join the store and the pure scorer: a system as it was on a date,
// its score over its planned period (scoring/system_score.hpp) and, for reports, its plan.

#include <string_view>

#include "core/subservice.hpp"
#include "core/system.hpp"
#include "scoring/inventory.hpp"
#include "scoring/system_score.hpp"
#include "store/database.hpp"
#include "store/system_snapshot_json.hpp"

namespace socready::app {

// The system `key` as on file on `as_of`. InputError naming the nearest system when there is
// none of that name then.
System system_as_of(store::Database& db, std::string_view key, Date as_of);

// Loads the system and its services' inventory as of options.as_of and scores it.
scoring::SystemResult score_system_as_of(store::Database& db, std::string_view key,
                                         const scoring::Options& options);

// Every system on file on options.as_of, scored and planned (`socready plan` over the same
// window) as a report shows it; `vendors`: those on file on that date. Ordered by slug.
std::vector<store::ScoredSystem> score_systems_as_of(store::Database& db,
                                                     const scoring::Options& options,
                                                     const std::vector<Subservice>& vendors);

}  // namespace socready::app

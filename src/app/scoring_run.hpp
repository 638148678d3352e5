#pragma once
// Use cases that join the store and the pure scorer: load as of a date, score, freeze.

#include <functional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "scoring/inventory.hpp"
#include "scoring/result.hpp"
#include "store/database.hpp"

namespace socready::app {

// Scores the named services (all when empty) as of `as_of`.
std::vector<scoring::ServiceResult> score_as_of(store::Database& db,
                                                const scoring::Options& options,
                                                const std::vector<std::string>& services = {});

// The same, handed to `each` one service at a time (scoring::score_each): nothing is kept.
void score_each_as_of(store::Database& db, const scoring::Options& options,
                      const std::vector<std::string>& services,
                      const std::function<void(scoring::ServiceResult&&)>& each);

// The as-of date of a period: its last day, or `today` while the period is still running.
Date period_as_of(Quarter period, Date today);

// Freezes `period` as of `as_of` (which must lie within the period and not after today).
// Throws InputError when the period is already frozen or the date is out of the period.
std::vector<scoring::ServiceResult> freeze_period(store::Database& db, Quarter period, Date as_of,
                                                  int window_months, Date today);

}  // namespace socready::app

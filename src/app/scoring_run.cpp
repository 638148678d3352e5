#include "app/scoring_run.hpp"

#include <fmt/format.h>

#include "app/system_run.hpp"
#include "core/error.hpp"
#include "scoring/readiness.hpp"
#include "store/inventory_loader.hpp"
#include "store/snapshot_store.hpp"
#include "store/subservice_store.hpp"

namespace socready::app {

std::vector<scoring::ServiceResult> score_as_of(store::Database& db,
                                                const scoring::Options& options,
                                                const std::vector<std::string>& services) {
  const auto inventory = store::load_inventory(db, options.as_of, services);
  return scoring::score(inventory, options);
}

void score_each_as_of(store::Database& db, const scoring::Options& options,
                      const std::vector<std::string>& services,
                      const std::function<void(scoring::ServiceResult&&)>& each) {
  const auto inventory = store::load_inventory(db, options.as_of, services);
  scoring::score_each(inventory, options, each);
}

Date period_as_of(Quarter period, Date today) { return std::min(period.last_day(), today); }

std::vector<scoring::ServiceResult> freeze_period(store::Database& db, Quarter period, Date as_of,
                                                  int window_months, Date today) {
  if (as_of < period.first_day() || as_of > period.last_day())
    throw InputError(fmt::format("--as-of {} is outside {} ({} to {})", as_of.iso(), period.label(),
                                 period.first_day().iso(), period.last_day().iso()));
  if (period.first_day() > today)
    throw InputError(
        fmt::format("{} has not started yet (today is {}); a period can be frozen "
                    "once it has begun",
                    period.label(), today.iso()));
  if (as_of > today)
    throw InputError(fmt::format(
        "{} is still running: its last day {} is after today ({}); freeze it once it has "
        "ended, or freeze the results so far with --as-of {}",
        period.label(), as_of.iso(), today.iso(), today.iso()));
  const scoring::Options options{as_of, window_months};
  auto results = score_as_of(db, options);
  // Systems are frozen with their services, so a frozen report never contradicts itself.
  const auto systems = score_systems_as_of(db, options, store::load_subservices_as_of(db, as_of));
  store::save_snapshot(db, {period.label(), as_of, window_months, ""}, results, systems);
  return results;
}

}  // namespace socready::app

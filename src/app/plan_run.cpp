#include "app/plan_run.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/error.hpp"
#include "core/suggest.hpp"
#include "store/inventory_loader.hpp"
#include "store/subservice_store.hpp"
#include "store/system_store.hpp"

namespace socready::app {

scoring::Plan plan_as_of(store::Database& db, const std::string& system,
                         const scoring::PlanOptions& options) {
  const auto systems = store::load_systems_as_of(db, options.as_of);
  auto found = std::find_if(systems.begin(), systems.end(),
                            [&](const System& s) { return s.key == system; });
  if (found == systems.end()) {
    std::vector<std::string> keys;
    for (const auto& s : systems) keys.push_back(s.key);
    auto hint = closest_match(system, keys);
    throw InputError(fmt::format("no system '{}' on {}{}", system, options.as_of.iso(),
                                 hint ? fmt::format("; did you mean '{}'?", *hint) : ""));
  }
  // Only the system's services: the rest of the portfolio is neither loaded nor scored.
  const auto inventory =
      store::load_inventory(db, options.as_of, found->services, store::UnknownServices::skip);
  const auto vendors = store::load_subservices_as_of(db, options.as_of);
  return scoring::plan_system(inventory, *found, vendors, options);
}

}  // namespace socready::app

#include "app/system_run.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/suggest.hpp"
#include "scoring/plan.hpp"
#include "store/inventory_loader.hpp"
#include "store/system_store.hpp"

namespace socready::app {

System system_as_of(store::Database& db, std::string_view key, Date as_of) {
  auto all = store::load_systems_as_of(db, as_of);
  std::vector<std::string> keys;
  for (auto& s : all) {
    if (s.key == key) return std::move(s);
    keys.push_back(s.key);
  }
  const auto hint = closest_match(key, keys);
  throw InputError(fmt::format("no system '{}' on file on {}{}", key, as_of.iso(),
                               hint           ? fmt::format("; did you mean '{}'?", *hint)
                               : keys.empty() ? "; import one with 'socready import systems'"
                                              : ""));
}

scoring::SystemResult score_system_as_of(store::Database& db, std::string_view key,
                                         const scoring::Options& options) {
  const System system = system_as_of(db, key, options.as_of);
  const auto inventory =
      store::load_inventory(db, options.as_of, system.services, store::UnknownServices::skip);
  return scoring::score_system(inventory, system, options);
}

std::vector<store::ScoredSystem> score_systems_as_of(store::Database& db,
                                                     const scoring::Options& options,
                                                     const std::vector<Subservice>& vendors) {
  std::vector<store::ScoredSystem> out;
  for (auto& system : store::load_systems_as_of(db, options.as_of)) {
    // One load for the score and the plan.
    const auto inventory = with_context("while loading the system " + system.key, [&] {
      return store::load_inventory(db, options.as_of, system.services,
                                   store::UnknownServices::skip);
    });
    auto score = with_context("while scoring the system " + system.key,
                              [&] { return scoring::score_system(inventory, system, options); });
    auto plan = with_context("while planning the system " + system.key, [&] {
      return scoring::plan_system(inventory, system, vendors,
                                  {options.as_of, options.window_months});
    });
    out.push_back({std::move(system), std::move(score), std::move(plan)});
  }
  return out;
}

}  // namespace socready::app

#include "app/system_run.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/suggest.hpp"
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
  const auto inventory = store::load_inventory(db, options.as_of, system.services);
  return scoring::score_system(inventory, system, options);
}

}  // namespace socready::app

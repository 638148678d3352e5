#include "app/oscal_export.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "store/snapshot_store.hpp"

namespace socready::app {

std::vector<oscal::File> oscal_export(store::Database& db, Quarter period) {
  auto snapshot = store::load_snapshot(db, period.label());
  if (!snapshot)
    throw InputError(fmt::format(
        "{} is not frozen; OSCAL is exported from a frozen period only (run 'socready snapshot "
        "--period {}' first)",
        period.label(), period.label()));
  oscal::Snapshot s;
  s.period = snapshot->info.period;
  s.as_of = snapshot->info.as_of;
  s.window_months = snapshot->info.window_months;
  s.generator = fmt::format("socready {}", SOCREADY_VERSION);
  s.services = std::move(snapshot->services);
  return oscal::oscal_files(s);
}

}  // namespace socready::app

#include "app/suggest_run.hpp"

#include "core/atomic_file.hpp"
#include "import/exporter.hpp"
#include "store/catalog_store.hpp"
#include "store/control_store.hpp"
#include "store/inventory_loader.hpp"
#include "store/objective_store.hpp"
#include "store/read_transaction.hpp"
#include "store/service_store.hpp"

namespace socready::app {

scoring::Soc1Suggestions suggest_soc1(store::Database& db, Date as_of,
                                      const std::vector<std::string>& services,
                                      const std::optional<std::filesystem::path>& out,
                                      std::span<const scoring::ObjectiveCriteria> extra) {
  // The suggestions and the file from one moment, never half an import.
  const store::ReadTransaction read(db);
  scoring::SuggestionInput input;
  input.catalog = store::load_catalog(db);
  input.services = store::named_services(store::load_services_as_of(db, as_of), services);
  auto loaded = store::load_controls_as_of(db, as_of);
  input.controls.reserve(loaded.size());
  for (auto& l : loaded) input.controls.push_back(std::move(l.version));
  // The user's own pairs (the criteria column of the objectives file), then the caller's.
  auto pairs = store::load_objective_criteria(db);
  pairs.insert(pairs.end(), extra.begin(), extra.end());
  auto result = scoring::suggest_soc1(input, services, pairs);

  if (out) {
    import::AddedObjectives added;
    for (const auto& s : result.suggestions) added[s.control].push_back(s.objective);
    write_file_atomically(
        *out, [&](std::ostream& o) { import::export_controls_adding(db, o, as_of, added); });
  }
  return result;
}

}  // namespace socready::app

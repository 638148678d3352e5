#include "import/service_importer.hpp"

#include <set>

#include "import/service_spec.hpp"
#include "import/versioned_importer.hpp"
#include "import/vocabulary.hpp"
#include "store/service_store.hpp"

namespace socready::import {

namespace {

// `log` shows each service change with its facts before and after, as it did when services were
// edited in place.
void record_change(store::Database& db, const Service* before, const Service& after,
                   std::int64_t revision) {
  store::record_service_change(db, revision, after.slug,
                               before ? service_audit_json(*before) : std::string(),
                               service_audit_json(after));
}

// The product lines the new versions name, created before the versions that link to them;
// returns how many were new.
std::int64_t ensure_product_lines(store::Database& db,
                                  const std::vector<versioned::Planned<Service>>& plan) {
  std::set<std::string> known;
  for (const auto& pl : store::load_product_lines(db)) known.insert(pl.name);
  std::int64_t added = 0;
  for (const auto& p : plan) {
    const auto& line = p.record.product_line;
    if (p.decision == versioned::Decision::keep || line.empty() || !known.insert(line).second)
      continue;
    store::ensure_product_line(db, {slugify(line), line});
    ++added;
  }
  return added;
}

}  // namespace

ImportSummary import_services(store::Database& db, const Source& source,
                              const ImportOptions& options) {
  // A blank name keeps the one on file; a new service needs one.
  static const VersionedEntity<Service, service_columns> services{
      Entity::services,
      service_spec,
      read_service,
      {&Service::name, "name", "service", true},
      store::service_versions,
      record_change};
  return import_versioned(
      services, db, source, options,
      [&](ImportRun& run, const std::vector<versioned::Planned<Service>>& plan) {
        run.summary.product_lines_added = ensure_product_lines(db, plan);
      });
}

}  // namespace socready::import

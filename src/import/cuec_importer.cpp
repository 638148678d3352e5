#include "import/cuec_importer.hpp"

#include "import/cuec_spec.hpp"
#include "import/versioned_importer.hpp"
#include "store/cuec_store.hpp"

namespace socready::import {

namespace {

void fill_blanks(Cuec& c, const Cuec* current, Findings& findings) {
  if (!c.description.empty()) return;
  if (current)
    c.description = current->description;
  else
    findings.push_back({cuec_description_column,
                        fmt::format("description: a new CUEC ({}) needs a description", c.key)});
}

const VersionedEntity<Cuec, 5> cuecs{Entity::cuecs,
                                     cuec_spec,
                                     read_cuec,
                                     fill_blanks,
                                     store::load_latest_cuecs,
                                     store::add_cuec_version,
                                     store::close_cuec_version};

}  // namespace

ImportSummary import_cuecs(store::Database& db, const Source& source,
                           const ImportOptions& options) {
  return import_versioned(cuecs, db, source, options);
}

}  // namespace socready::import

#include "import/system_importer.hpp"

#include "import/system_spec.hpp"
#include "import/versioned_importer.hpp"
#include "store/system_store.hpp"

namespace socready::import {

namespace {

void fill_blanks(System& s, const System* current, Findings& findings) {
  if (!s.name.empty()) return;
  if (current)
    s.name = current->name;
  else
    findings.push_back(
        {system_name_column, fmt::format("name: a new system ({}) needs a name", s.key)});
}

const VersionedEntity<System, 11> systems{Entity::systems,
                                          system_spec,
                                          read_system,
                                          fill_blanks,
                                          store::load_latest_systems,
                                          store::add_system_version,
                                          store::close_system_version};

}  // namespace

ImportSummary import_systems(store::Database& db, const Source& source,
                             const ImportOptions& options) {
  return import_versioned(systems, db, source, options);
}

}  // namespace socready::import

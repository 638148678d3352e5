#include "import/subservice_importer.hpp"

#include "import/subservice_spec.hpp"
#include "import/versioned_importer.hpp"
#include "store/subservice_store.hpp"

namespace socready::import {

namespace {

void fill_blanks(Subservice& s, const Subservice* current, Findings& findings) {
  if (!s.name.empty()) return;
  if (current)
    s.name = current->name;
  else
    findings.push_back(
        {subservice_name_column, fmt::format("name: a new vendor ({}) needs a name", s.key)});
}

const VersionedEntity<Subservice, 14> vendors{Entity::subservice,
                                              subservice_spec,
                                              read_subservice,
                                              fill_blanks,
                                              store::load_latest_subservices,
                                              store::add_subservice_version,
                                              store::close_subservice_version};

}  // namespace

ImportSummary import_subservice(store::Database& db, const Source& source,
                                const ImportOptions& options) {
  return import_versioned(vendors, db, source, options);
}

}  // namespace socready::import

// The entities kept as versions besides services (whose import has hooks of its own, in
// service_importer.cpp), each declared once: its spec and read stage, the field a changed row may
// leave blank, and its store's versions. `import_versioned` does the rest.

#include "import/cuec_importer.hpp"
#include "import/cuec_spec.hpp"
#include "import/subservice_importer.hpp"
#include "import/subservice_spec.hpp"
#include "import/system_importer.hpp"
#include "import/system_spec.hpp"
#include "import/versioned_importer.hpp"
#include "store/cuec_store.hpp"
#include "store/subservice_store.hpp"
#include "store/system_store.hpp"

namespace socready::import {

namespace {

const VersionedEntity<Cuec, 5> cuecs{Entity::cuecs,
                                     cuec_spec,
                                     read_cuec,
                                     {&Cuec::description, "description", "CUEC"},
                                     store::cuec_versions};

const VersionedEntity<Subservice, 14> vendors{Entity::subservice,
                                              subservice_spec,
                                              read_subservice,
                                              {&Subservice::name, "name", "vendor"},
                                              store::subservice_versions};

const VersionedEntity<System, 11> systems{Entity::systems,
                                          system_spec,
                                          read_system,
                                          {&System::name, "name", "system"},
                                          store::system_versions};

}  // namespace

ImportSummary import_cuecs(store::Database& db, const Source& in, const ImportOptions& options) {
  return import_versioned(cuecs, db, in, options);
}

ImportSummary import_subservice(store::Database& db, const Source& in,
                                const ImportOptions& options) {
  return import_versioned(vendors, db, in, options);
}

ImportSummary import_systems(store::Database& db, const Source& in, const ImportOptions& options) {
  return import_versioned(systems, db, in, options);
}

}  // namespace socready::import

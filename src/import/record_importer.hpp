#pragma once
// Imports dated evidence and test records (SPEC §7 evidence and tests formats). Records
// already on file are skipped, so re-importing a file adds nothing.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_evidence(store::Database& db, const Source& source,
                              const ImportOptions& options);
ImportSummary import_tests(store::Database& db, const Source& source, const ImportOptions& options);

}  // namespace socready::import

#pragma once
// Imports dated evidence, test and population records (SPEC §7 evidence, tests and populations
// formats). Records already on file are skipped, so re-importing a file adds nothing.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_evidence(store::Database& db, const Source& source,
                              const ImportOptions& options);
ImportSummary import_tests(store::Database& db, const Source& source, const ImportOptions& options);
// Population records of one control may not overlap each other or those on file (SPEC §4).
ImportSummary import_populations(store::Database& db, const Source& source,
                                 const ImportOptions& options);

}  // namespace socready::import

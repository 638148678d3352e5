#pragma once
// Imports subservice organisations (SPEC §7 subservice), versioned by `--effective` like CUECs.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_subservice(store::Database& db, const Source& source,
                                const ImportOptions& options);

}  // namespace socready::import

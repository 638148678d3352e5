#pragma once
// Imports systems (SPEC §7 systems), versioned by `--effective` like CUECs and vendors.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_systems(store::Database& db, const Source& source,
                             const ImportOptions& options);

}  // namespace socready::import

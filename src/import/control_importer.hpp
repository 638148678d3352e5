#pragma once
// Imports a control inventory (SPEC §7 controls format) as one dated revision.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

// Validates every row; if any is bad, throws InputError listing them and writes nothing.
// Otherwise adds new controls, gives changed ones a version valid from options.effective,
// leaves unchanged ones alone and (with options.replace) retires those missing from the file.
ImportSummary import_controls(store::Database& db, const Source& source,
                              const ImportOptions& options);

}  // namespace socready::import

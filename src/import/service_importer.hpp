#pragma once
// Imports services and their applicability facts (SPEC §7 services format). Like CUECs, a changed
// service gets a new version valid from the effective date, `--replace` retires those missing
// from the file, and history is never rewritten. Product lines named in the file are created when
// new.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_services(store::Database& db, const Source& source,
                              const ImportOptions& options);

}  // namespace socready::import

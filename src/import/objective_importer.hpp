#pragma once
// Imports the user's own SOC 1 objectives (SPEC §7 objectives format): each adds an objective to
// the catalog, or changes a built-in one's wording, series or default flag, and may name the
// Trust Services Criteria `suggest soc1` suggests it from. Not versioned, like capabilities: the
// catalog is reference data, and frozen periods keep the wording they were frozen with.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_objectives(store::Database& db, const Source& source,
                                const ImportOptions& options);

}  // namespace socready::import

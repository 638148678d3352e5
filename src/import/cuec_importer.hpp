#pragma once
// Imports complementary user entity controls (SPEC §7 cuecs). Like controls, a changed CUEC
// gets a new version valid from the effective date, and `--replace` retires those missing from
// the file; history is never rewritten.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_cuecs(store::Database& db, const Source& source, const ImportOptions& options);

}  // namespace socready::import

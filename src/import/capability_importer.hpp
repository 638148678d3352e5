#pragma once
// Imports the user's own capabilities (SPEC §7 capabilities format): each adds a word to the
// vocabulary of SPEC §3, or re-points a built-in one, for services files to use.

#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

ImportSummary import_capabilities(store::Database& db, const Source& source,
                                  const ImportOptions& options);

}  // namespace socready::import

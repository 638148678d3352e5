#pragma once
// OSCAL documents of a frozen period (only a frozen one: an export must not change afterwards).

#include <vector>

#include "core/date.hpp"
#include "oscal/files.hpp"
#include "store/database.hpp"

namespace socready::app {

// Throws InputError when `period` has no snapshot.
std::vector<oscal::File> oscal_export(store::Database& db, Quarter period);

}  // namespace socready::app

#pragma once
// Writes the inventory back out as CSV in the import formats, so that an export imports back
// with zero changes. Cells that a spreadsheet would run as a formula are neutralised.

#include <ostream>

#include "core/date.hpp"
#include "store/database.hpp"

namespace socready::import {

// The controls as of `as_of` (default today), with their latest evidence and test dates.
void export_controls(store::Database& db, std::ostream& out, Date as_of);
void export_services(store::Database& db, std::ostream& out);
// Every population record on file, by control id and period.
void export_populations(store::Database& db, std::ostream& out);

}  // namespace socready::import

#pragma once
// Writes the inventory back out as CSV in the import formats, so that an export imports back
// with zero changes. Cells that a spreadsheet would run as a formula are neutralised.

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "store/database.hpp"

namespace socready::import {

// The controls as of `as_of` (default today), with their latest evidence and test dates.
void export_controls(store::Database& db, std::ostream& out, Date as_of);

// SOC 1 objectives to add, by control key.
using AddedObjectives = std::map<std::string, std::vector<std::string>, std::less<>>;
// Only the controls of `added`, exactly as export_controls writes them but with those objectives
// in soc1_objectives as well (`socready suggest soc1 --out`): the file the user reviews and
// imports.
void export_controls_adding(store::Database& db, std::ostream& out, Date as_of,
                            const AddedObjectives& added);
void export_services(store::Database& db, std::ostream& out);
// Every population record on file, by control id and period.
void export_populations(store::Database& db, std::ostream& out);
// The user's own capabilities (the built-in ones are not written: they need no import).
void export_capabilities(store::Database& db, std::ostream& out);
// The CUECs valid on `as_of`.
void export_cuecs(store::Database& db, std::ostream& out, Date as_of);
// The subservice organisations on file on `as_of`.
void export_subservice(store::Database& db, std::ostream& out, Date as_of);
// The systems on file on `as_of`.
void export_systems(store::Database& db, std::ostream& out, Date as_of);

}  // namespace socready::import

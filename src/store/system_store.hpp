#pragma once
// All SQL about systems: their versions, valid from a date until the next version (or
// retirement) begins, like CUEC and subservice versions.

#include <vector>

#include "core/date.hpp"
#include "core/system.hpp"
#include "store/database.hpp"
#include "store/version_table.hpp"

namespace socready::store {

// The systems' versions, for the import.
extern const VersionTable<System> system_versions;

// The systems on file on `date`, ordered by key.
std::vector<System> load_systems_as_of(Database& db, Date date);

}  // namespace socready::store

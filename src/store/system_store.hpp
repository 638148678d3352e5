#pragma once
// All SQL about systems: their versions, valid from a date until the next version (or
// retirement) begins, like CUEC and subservice versions.

#include <cstdint>
#include <vector>

#include "core/date.hpp"
#include "core/system.hpp"
#include "store/database.hpp"
#include "store/stored_version.hpp"

namespace socready::store {

// The latest version of every system ever imported, retired ones included, ordered by key.
std::vector<StoredVersion<System>> load_latest_systems(Database& db);
// The systems on file on `date`, ordered by key.
std::vector<System> load_systems_as_of(Database& db, Date date);

void add_system_version(Database& db, const System& s, std::int64_t revision_id);
void close_system_version(Database& db, std::int64_t version_id, Date valid_to,
                          std::int64_t revision_id);

}  // namespace socready::store

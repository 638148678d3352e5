#pragma once
// All SQL about subservice organisations: their versions, valid from a date until the next
// version (or retirement) begins, like CUEC versions.

#include <cstdint>
#include <vector>

#include "core/date.hpp"
#include "core/subservice.hpp"
#include "store/database.hpp"
#include "store/stored_version.hpp"

namespace socready::store {

// The latest version of every vendor ever imported, retired ones included, ordered by id.
std::vector<StoredVersion<Subservice>> load_latest_subservices(Database& db);
// The vendors on file on `date`, ordered by id.
std::vector<Subservice> load_subservices_as_of(Database& db, Date date);

void add_subservice_version(Database& db, const Subservice& s, std::int64_t revision_id);
void close_subservice_version(Database& db, std::int64_t version_id, Date valid_to,
                              std::int64_t revision_id);

}  // namespace socready::store

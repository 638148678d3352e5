#pragma once
// All SQL about subservice organisations: their versions, valid from a date until the next
// version (or retirement) begins, like CUEC versions.

#include <vector>

#include "core/date.hpp"
#include "core/subservice.hpp"
#include "store/database.hpp"
#include "store/version_table.hpp"

namespace socready::store {

// The vendors' versions, for the import.
extern const VersionTable<Subservice> subservice_versions;

// The vendors on file on `date`, ordered by id.
std::vector<Subservice> load_subservices_as_of(Database& db, Date date);

}  // namespace socready::store

#pragma once
// All SQL about complementary user entity controls: their versions, valid from a date until the
// next version (or retirement) begins, like control versions.

#include <vector>

#include "core/cuec.hpp"
#include "core/date.hpp"
#include "store/database.hpp"
#include "store/version_table.hpp"

namespace socready::store {

// The CUECs' versions, for the import.
extern const VersionTable<Cuec> cuec_versions;

// The CUECs valid on `date`, ordered by key.
std::vector<Cuec> load_cuecs_as_of(Database& db, Date date);

}  // namespace socready::store

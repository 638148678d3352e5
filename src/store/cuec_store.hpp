#pragma once
// All SQL about complementary user entity controls: their versions, valid from a date until the
// next version (or retirement) begins, like control versions.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/cuec.hpp"
#include "core/date.hpp"
#include "store/database.hpp"
#include "store/stored_version.hpp"

namespace socready::store {

using StoredCuec = StoredVersion<Cuec>;

// The latest version of every CUEC ever imported, retired ones included, ordered by key.
std::vector<StoredCuec> load_latest_cuecs(Database& db);
// The CUECs valid on `date`, ordered by key.
std::vector<Cuec> load_cuecs_as_of(Database& db, Date date);

void add_cuec_version(Database& db, const Cuec& c, std::int64_t revision_id);
// Ends a version as of `valid_to` (the day it began, for a same-day correction or retirement).
void close_cuec_version(Database& db, std::int64_t version_id, Date valid_to,
                        std::int64_t revision_id);

}  // namespace socready::store

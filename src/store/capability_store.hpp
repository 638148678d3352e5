#pragma once
// All SQL about the user's own capabilities (SPEC §3; migration 0008).

#include <vector>

#include "core/model.hpp"
#include "store/database.hpp"

namespace socready::store {

// The user's capabilities, ordered by name.
std::vector<Capability> load_capabilities(Database& db);

// Inserts a capability or updates the one of the same name.
void save_capability(Database& db, const Capability& capability);

}  // namespace socready::store

#pragma once
// Reads the requirement catalog (SOC 2 criteria and SOC 1 objectives).

#include <optional>
#include <vector>

#include "core/model.hpp"
#include "store/database.hpp"

namespace socready::store {

// In catalog order; only one framework when given.
std::vector<Requirement> load_catalog(Database& db,
                                      std::optional<Framework> framework = std::nullopt);

}  // namespace socready::store

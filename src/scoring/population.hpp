#pragma once
// Populations of event-driven controls (SPEC §2, §4): how many instances fall in a Type II window.
// The import refuses overlapping records of one control (import/population_plan.hpp), so each
// instance counts once.

#include <optional>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "scoring/inventory.hpp"

namespace socready::scoring {

// The population in [opens, closes]: each record overlapping it counts in proportion to its days
// inside (both ends included), rounded up. nullopt when no record overlaps: unknown, not zero.
// The total stops at the largest int.
std::optional<int> population_in(const std::vector<PopulationFacts>& records, Date opens,
                                 Date closes);

}  // namespace socready::scoring

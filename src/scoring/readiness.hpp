#pragma once
// Readiness of every service for SOC 1 and SOC 2, Type I and Type II, as of a date (SPEC §4).

#include <vector>

#include "scoring/inventory.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// One result per service, in the inventory's service order. Pure and deterministic.
// Throws InputError when options.window_months is outside policy's range.
std::vector<ServiceResult> score(const Inventory& inventory, const Options& options);

// The gaps of a readiness, from its requirements alone: one per requirement below full score,
// blockers first, then the lowest score, ties in catalog order. (Results read back from JSON
// rebuild them with this rather than store them.)
std::vector<Gap> gaps_of(const std::vector<RequirementScore>& requirements);

}  // namespace socready::scoring

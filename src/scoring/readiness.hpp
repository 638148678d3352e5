#pragma once
// Readiness of every service for SOC 1 and SOC 2, Type I and Type II, as of a date (SPEC §4).

#include <functional>
#include <vector>

#include "scoring/inventory.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// One result per service, in the inventory's service order. Pure and deterministic.
// Throws InputError when options.window_months is outside policy's range.
std::vector<ServiceResult> score(const Inventory& inventory, const Options& options);

// The same results handed to `each` one at a time, in the same order, each dropped once `each`
// returns unless it took it: a caller that prints as it goes never holds the portfolio's results at
// once (at 1,000 services x 20,000 controls they take some 150 MB).
void score_each(const Inventory& inventory, const Options& options,
                const std::function<void(ServiceResult&&)>& each);

// The gaps of a readiness, from its requirements alone: one per requirement below full score,
// blockers first, then the lowest score, ties in catalog order. (Results read back from JSON
// rebuild them with this rather than store them.)
std::vector<Gap> gaps_of(const std::vector<RequirementScore>& requirements);

// What a control counts for in a requirement's score: its own score, halved
// (policy::factor_itgc_not_effective) for an automated control while change management or
// logical access is not effective.
double counted_score(const ControlScore& control, bool itgc_effective);

// The control a requirement's score comes from: the best one (ties to the lower key, a control
// of the company before a carve-out vendor), unless a key control scores less and no control
// that compensates it scores 1; then that key control (SPEC §4). nullptr when `controls` is empty.
// `controls` in key order.
const ControlScore* deciding_control(
    const std::vector<std::shared_ptr<const ControlScore>>& controls, bool itgc_effective);

// Type II: whether the change-management and logical-access requirements in scope
// (policy::itgc_requirements) are all covered and carry no deviation, judged with automated
// controls at full credit (SPEC §4's first pass, never iterated). Always true for Type I.
// Derived from the requirements, so a result read back from JSON gives the same answer.
bool itgc_effective(const Readiness& readiness);

}  // namespace socready::scoring

#pragma once
// Plain text that traces every number of a readiness back to the rows and policy values that
// produced it (SPEC §4 `explain`).

#include <optional>
#include <span>
#include <string>

#include "scoring/crosswalk.hpp"
#include "scoring/inventory.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// Without `requirement`: the applicability, then per type the mean and every requirement score
// with its best control's factors. With it: that requirement only, with every control addressing
// it in full. `options` must be the ones the result was scored with (they give the window).
// A SOC 1 blocker that controls tagged with its criteria could address says so and names
// `socready suggest soc1 SERVICE`; `extra`: the user's own objectives' criteria.
std::string explain(const ServiceResult& result, Framework framework,
                    std::optional<std::string> requirement, const Options& options,
                    std::span<const ObjectiveCriteria> extra = {});

}  // namespace socready::scoring

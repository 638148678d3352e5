#pragma once
// Plain text that traces every number of a readiness back to the rows and policy values that
// produced it (SPEC §4 `explain`).

#include <optional>
#include <string>

#include "scoring/inventory.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// Without `requirement`: the applicability, then per type the mean and every requirement score
// with its best control's factors. With it: that requirement only, with every control addressing
// it in full. `options` must be the ones the result was scored with (they give the window).
std::string explain(const ServiceResult& result, Framework framework,
                    std::optional<std::string> requirement, const Options& options);

}  // namespace socready::scoring

#pragma once
// `socready suggest soc1` as a use case: load what suggesting needs (no evidence: only what each
// control says it addresses), suggest, and write the controls file the user reviews.

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "scoring/soc1_suggestions.hpp"
#include "store/database.hpp"

namespace socready::app {

// The suggestions for the named services (every service SOC 1 applies to when none is named) as
// of `as_of`; a name of no service is an InputError. With `out`, also writes those controls in
// the export format with the suggested objectives added (import::export_controls_adding), from
// the same read of the database. The crosswalk is the built-in table, the user's pairs on file
// (store::load_objective_criteria) and `extra`.
scoring::Soc1Suggestions suggest_soc1(store::Database& db, Date as_of,
                                      const std::vector<std::string>& services,
                                      const std::optional<std::filesystem::path>& out = {},
                                      std::span<const scoring::ObjectiveCriteria> extra = {});

}  // namespace socready::app

#pragma once
// The SOC 1 objectives format (SPEC §7: objective,title,series,default, and the optional
// criteria column this tool adds for `suggest soc1`) declared once: how a row reads into a
// UserObjective and how one writes back out.

#include <string_view>

#include "core/objective.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

inline constexpr std::size_t objective_columns = 5;
extern const Spec<UserObjective, objective_columns> objective_spec;

// Returns false when the id is unusable and the rest was not read. Blank title, series and
// default stay blank: what they keep is the plan's business (it knows what is on file).
bool read_objective(Cells cells, const ReadContext& context, UserObjective& out,
                    Findings& findings);

// An objective or series id as the catalog spells them: upper-case letters, digits and '-',
// starting with a letter or digit, at most 64 characters (ITGC-ACCESS, BP).
bool is_objective_id(std::string_view id);

}  // namespace socready::import

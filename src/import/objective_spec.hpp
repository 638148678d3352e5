#pragma once
// The SOC 1 objectives format (SPEC §7: objective,title,series,default, and the optional
// criteria column this tool adds for `suggest soc1`) declared once: how a row reads into a
// UserObjective and how one writes back out.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/objective.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

inline constexpr std::size_t objective_columns = 5;
extern const Spec<UserObjective, objective_columns> objective_spec;

// Reads one row (`cells[i]` is the text of spec column i) into `out`; its problems go to
// `findings`. Returns false when the id is unusable and the rest was not read. Blank title,
// series and default stay blank: what they keep is the plan's business (it knows what is on
// file).
bool read_objective(std::span<const std::string_view> cells, const ReadContext& context,
                    UserObjective& out, Findings& findings);

// The export row of an objective whose blanks are filled, in spec order.
std::vector<std::string> objective_row(const UserObjective& o);

// An objective or series id as the catalog spells them: upper-case letters, digits and '-',
// starting with a letter or digit, at most 64 characters (ITGC-ACCESS, BP).
bool is_objective_id(std::string_view id);

}  // namespace socready::import

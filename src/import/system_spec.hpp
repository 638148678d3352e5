#pragma once
// The systems format (SPEC §7) declared once: `system,name,services,description,commitments,
// soc1_type,soc1_period_start,soc1_period_end,soc2_type,soc2_period_start,soc2_period_end`.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/system.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<System, 11> system_spec;
inline constexpr std::size_t system_name_column = 1;

// Reads one row (`cells[i]` is the text of spec column i). Returns false when the system slug
// is unusable and the rest was not read. Each framework's three planned-report cells are read
// together: all blank is no report planned; a period needs a type; a Type II needs both dates.
bool read_system(std::span<const std::string_view> cells, const ReadContext& context, System& out,
                 Findings& findings);

std::vector<std::string> system_row(const System& s);

}  // namespace socready::import

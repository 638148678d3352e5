#pragma once
// The systems format (SPEC §7) declared once: `system,name,services,description,commitments,
// soc1_type,soc1_period_start,soc1_period_end,soc2_type,soc2_period_start,soc2_period_end`.

#include "core/system.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<System, 11> system_spec;

// Returns false when the system slug is unusable and the rest was not read. Each framework's three
// planned-report cells are read together: all blank is no report planned; a period needs a type;
// a Type II needs both dates.
bool read_system(Cells cells, const ReadContext& context, System& out, Findings& findings);

}  // namespace socready::import

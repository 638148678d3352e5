#pragma once
// The subservice format (SPEC §7) declared once: `vendor,name,services,method,
// report_framework,report_type,period_start,period_end,opinion,bridge_letter_until,csoc_tsc,
// csoc_soc1_objectives,csoc_description,monitored_by`.

#include "core/subservice.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<Subservice, 14> subservice_spec;

// Returns false when the vendor id is unusable and the rest was not read. The report's five cells
// are read together: all blank is no report on file, otherwise each is needed.
bool read_subservice(Cells cells, const ReadContext& context, Subservice& out, Findings& findings);

}  // namespace socready::import

#pragma once
// The cuecs format (SPEC §7) declared once: `cuec_id,services,description,tsc,soc1_objectives`.

#include "core/cuec.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<Cuec, 5> cuec_spec;

// Returns false when the id is unusable and the rest was not read. Services and codes are
// checked against the lookups.
bool read_cuec(Cells cells, const ReadContext& context, Cuec& out, Findings& findings);

}  // namespace socready::import

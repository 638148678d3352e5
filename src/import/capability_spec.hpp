#pragma once
// The capabilities format (SPEC §7: capability,points_to,description) declared once: how a row
// reads into a Capability and how one writes back out.

#include "core/model.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

inline constexpr std::size_t capability_columns = 3;
extern const Spec<Capability, capability_columns> capability_spec;

// Returns false when the name is unusable and the rest was not read.
bool read_capability(Cells cells, const ReadContext& context, Capability& out, Findings& findings);

}  // namespace socready::import

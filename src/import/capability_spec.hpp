#pragma once
// The capabilities format (SPEC §7: capability,points_to,description) declared once: how a row
// reads into a Capability and how one writes back out.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

inline constexpr std::size_t capability_columns = 3;
extern const Spec<Capability, capability_columns> capability_spec;

// Reads one row (`cells[i]` is the text of spec column i) into `out`; its problems go to
// `findings`. Returns false when the name is unusable and the rest was not read.
bool read_capability(std::span<const std::string_view> cells, const ReadContext& context,
                     Capability& out, Findings& findings);

// The export row of a capability, in spec order.
std::vector<std::string> capability_row(const Capability& c);

}  // namespace socready::import

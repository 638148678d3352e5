#pragma once
// The cuecs format (SPEC §7) declared once: `cuec_id,services,description,tsc,soc1_objectives`.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/cuec.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<Cuec, 5> cuec_spec;
inline constexpr std::size_t cuec_description_column = 2;

// Reads one row (`cells[i]` is the text of spec column i). Returns false when the id is
// unusable and the rest was not read. Services and codes are checked against the lookups.
bool read_cuec(std::span<const std::string_view> cells, const ReadContext& context, Cuec& out,
               Findings& findings);

std::vector<std::string> cuec_row(const Cuec& c);

}  // namespace socready::import

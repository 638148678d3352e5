#pragma once
// The subservice format (SPEC §7) declared once: `vendor,name,services,method,
// report_framework,report_type,period_start,period_end,opinion,bridge_letter_until,csoc_tsc,
// csoc_soc1_objectives,csoc_description,monitored_by`.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/subservice.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<Subservice, 14> subservice_spec;
inline constexpr std::size_t subservice_name_column = 1;

// Reads one row (`cells[i]` is the text of spec column i). Returns false when the vendor id is
// unusable and the rest was not read. The report's five cells are read together: all blank is
// no report on file, otherwise each is needed.
bool read_subservice(std::span<const std::string_view> cells, const ReadContext& context,
                     Subservice& out, Findings& findings);

std::vector<std::string> subservice_row(const Subservice& s);

}  // namespace socready::import

#pragma once
// The evidence and tests formats (SPEC §7) declared once. Both are dated records of a control:
// a control id, a date, then their own fields.

#include <span>
#include <string_view>

#include "core/model.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<EvidenceRecord, 4> evidence_spec;
extern const Spec<TestRecord, 9> test_spec;
inline constexpr std::size_t record_control_column = 0;

// Read every column of a row (`cells[i]` is the text of spec column i). Whether the control is
// on file is for the plan to say.
void read_evidence(std::span<const std::string_view> cells, const ReadContext& context,
                   EvidenceRecord& out, Findings& findings);
void read_test(std::span<const std::string_view> cells, const ReadContext& context, TestRecord& out,
               Findings& findings);

}  // namespace socready::import

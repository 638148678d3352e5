#pragma once
// The evidence, tests and populations formats (SPEC §7) declared once. All three are dated
// records of a control: a control id, a date (a period for populations), then their own fields.

#include "core/model.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

extern const Spec<EvidenceRecord, 4> evidence_spec;
extern const Spec<TestRecord, 9> test_spec;
extern const Spec<PopulationRecord, 4> population_spec;
inline constexpr std::size_t record_control_column = 0;

// Read every column of a row (`cells[i]` is the text of spec column i). Whether the control is
// on file is for the plan to say.
void read_evidence(Cells cells, const ReadContext& context, EvidenceRecord& out,
                   Findings& findings);
void read_test(Cells cells, const ReadContext& context, TestRecord& out, Findings& findings);
// Both dates real and not after today, period_end on or after period_start, count a whole number
// of 0 or more. Overlaps with other records are for the plan, which sees the whole file.
void read_population(Cells cells, const ReadContext& context, PopulationRecord& out,
                     Findings& findings);
inline constexpr std::size_t population_start_column = 1;
inline constexpr std::size_t population_end_column = 2;

}  // namespace socready::import

#pragma once
// A system's plan (scoring/plan.hpp) as `socready plan` prints it, a terminal text or JSON, and
// as the Markdown section of the system page. All three say the same things: the earliest Type
// II period end and the controls that decide it, or the blockers that leave no date, and what
// must still happen inside the planned period.

#include <nlohmann/json.hpp>
#include <string>

#include "scoring/plan.hpp"

namespace socready::report {

std::string plan_text(const scoring::Plan& plan);

// {system, name, as_of, window_months, frameworks: [{framework, requirements, earliest_end,
// window_opens, deciding: [{control, reason, requirements}], blockers: [{requirement, reason}],
// no_date_reason, planned_period: {start, end} | null, must_happen: [{kind, subject, detail}]}]}.
// Absent dates are null.
nlohmann::ordered_json plan_json(const scoring::Plan& plan);

// "## Earliest Type II period end" and "## What must still happen", one paragraph or table per
// framework, ending with a blank line. User text is escaped.
std::string plan_markdown(const scoring::Plan& plan);

}  // namespace socready::report

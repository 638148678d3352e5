#pragma once
// A service's readiness over the periods on record, as a table and as a Mermaid line chart.

#include <string>
#include <vector>

#include "report/report_input.hpp"

namespace socready::report {

// Markdown for the trend section's body (no heading), over the reports that applied in at least
// one period. `points` are in period order (see trend_points).
std::string render_trend(const std::vector<PeriodScore>& points);

}  // namespace socready::report

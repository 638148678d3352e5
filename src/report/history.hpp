#pragma once
// Lookups in the per-period scores of ReportInput::history: what a report scored last period,
// and every period's points for a trend.

#include <optional>
#include <string_view>
#include <vector>

#include "report/report_input.hpp"

namespace socready::report {

// Whether period `a` comes before `b`. Quarters ("2026-Q3") compare as dates; anything else
// falls back to text order so a stray label cannot break the sort.
bool period_before(std::string_view a, std::string_view b);

// The latest score for the report in a period before `input.period`, if any.
std::optional<PeriodScore> previous_score(const ReportInput& input, std::string_view slug,
                                          Framework f, ReportType t);

// The change in points since the previous period, or nullopt ("new") when the report does not
// apply now or did not apply (or was not scored) then.
std::optional<double> change_since_previous(const ReportInput& input,
                                            const scoring::ServiceResult& service, Framework f,
                                            ReportType t);

// The service's history in period order, with this period's points always taken from `service`
// (whatever the history holds for it), so a trend ends with the figures the report shows.
std::vector<PeriodScore> trend_points(const ReportInput& input,
                                      const scoring::ServiceResult& service);

}  // namespace socready::report

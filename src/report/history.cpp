#include "report/history.hpp"

#include <algorithm>

#include "core/date.hpp"
#include "report/format.hpp"

namespace socready::report {

bool period_before(std::string_view a, std::string_view b) {
  const auto qa = Quarter::parse(a);
  const auto qb = Quarter::parse(b);
  if (qa && qb) return *qa < *qb;
  return a < b;
}

std::optional<PeriodScore> previous_score(const ReportInput& input, std::string_view slug,
                                          Framework f, ReportType t) {
  const auto it = input.history.find(std::string(slug));
  if (it == input.history.end()) return std::nullopt;
  std::optional<PeriodScore> best;
  for (const auto& p : it->second) {
    if (p.framework != f || p.type != t || !period_before(p.period, input.period)) continue;
    if (!best || period_before(best->period, p.period)) best = p;
  }
  return best;
}

std::optional<double> change_since_previous(const ReportInput& input,
                                            const scoring::ServiceResult& service, Framework f,
                                            ReportType t) {
  const auto& now = service.readiness(f, t);
  if (!now.applies()) return std::nullopt;
  const auto before = previous_score(input, service.service, f, t);
  if (!before || !before->applies) return std::nullopt;
  return displayed_change(before->readiness, now.readiness);
}

std::vector<PeriodScore> trend_points(const ReportInput& input,
                                      const scoring::ServiceResult& service) {
  std::vector<PeriodScore> points;
  if (const auto it = input.history.find(service.service); it != input.history.end())
    points = it->second;
  std::erase_if(points, [&](const PeriodScore& p) { return p.period == input.period; });
  for (Framework f : scoring::all_frameworks)
    for (ReportType t : scoring::all_report_types)
      points.push_back(scoring::period_score(input.period, service.readiness(f, t)));
  std::stable_sort(points.begin(), points.end(), [](const PeriodScore& a, const PeriodScore& b) {
    return period_before(a.period, b.period);
  });
  return points;
}

}  // namespace socready::report

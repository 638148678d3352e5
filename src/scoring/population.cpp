#include "scoring/population.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <tuple>

namespace socready::scoring {

std::optional<int> population_in(const std::vector<PopulationFacts>& records, Date opens,
                                 Date closes) {
  std::optional<int> total;
  for (const auto& p : records) {
    Date from = std::max(p.period_start, opens);
    Date to = std::min(p.period_end, closes);
    if (to < from || p.period_end < p.period_start) continue;
    std::int64_t inside = to.days() - from.days() + 1;
    std::int64_t days = p.period_end.days() - p.period_start.days() + 1;
    std::int64_t share = (std::int64_t{p.count} * inside + days - 1) / days;
    total = total.value_or(0) + static_cast<int>(share);
  }
  return total;
}

std::vector<PopulationProblem> population_problems(const std::vector<PopulationRecord>& records) {
  std::vector<PopulationProblem> out;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto& r = records[i];
    if (r.period_end < r.period_start)
      out.push_back({i, fmt::format("period_end {} is before period_start {}", r.period_end.iso(),
                                    r.period_start.iso())});
    else if (r.count < 0)
      out.push_back({i, fmt::format("count {} is negative", r.count)});
    else
      order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(records[a].control_key, records[a].period_start) <
           std::tie(records[b].control_key, records[b].period_start);
  });
  // Sorted by start, a record overlaps an earlier one exactly when it starts on or before the
  // latest end seen so far for its control.
  std::optional<std::size_t> reach;  // the record of the current control that ends last
  for (std::size_t i : order) {
    const auto& r = records[i];
    if (reach && records[*reach].control_key != r.control_key) reach.reset();
    if (reach && records[*reach].period_end >= r.period_start) {
      const auto& e = records[*reach];
      out.push_back({i, fmt::format("{} {} to {} overlaps {} to {} of the same control",
                                    r.control_key, r.period_start.iso(), r.period_end.iso(),
                                    e.period_start.iso(), e.period_end.iso())});
    }
    if (!reach || records[*reach].period_end < r.period_end) reach = i;
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.record < b.record; });
  return out;
}

}  // namespace socready::scoring

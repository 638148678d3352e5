#include "scoring/population.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace socready::scoring {

std::optional<int> population_in(const std::vector<PopulationFacts>& records, Date opens,
                                 Date closes) {
  std::optional<std::int64_t> total;
  for (const auto& p : records) {
    Date from = std::max(p.period_start, opens);
    Date to = std::min(p.period_end, closes);
    if (to < from || p.period_end < p.period_start) continue;
    std::int64_t inside = to.days() - from.days() + 1;
    std::int64_t days = p.period_end.days() - p.period_start.days() + 1;
    std::int64_t share = (std::int64_t{p.count} * inside + days - 1) / days;
    total = std::min<std::int64_t>(total.value_or(0) + share, std::numeric_limits<int>::max());
  }
  if (!total) return std::nullopt;
  return static_cast<int>(*total);
}

}  // namespace socready::scoring

#include "scoring/missing_runs.hpp"

#include <fmt/format.h>

#include <map>

namespace socready::scoring {

std::optional<PeriodKind> missing_period_kind(const ControlScore& c) {
  return c.nature == Nature::manual && c.frequency ? period_kind(*c.frequency) : std::nullopt;
}

std::vector<MissingRun> missing_runs(const std::vector<const Deviation*>& missing,
                                     std::optional<PeriodKind> kind) {
  std::vector<MissingRun> out;
  for (std::size_t i = 0; i < missing.size();) {
    std::size_t j = i;
    if (kind)
      while (j + 1 < missing.size() &&
             period_containing(*kind, missing[j]->date).end.plus_days(1) == missing[j + 1]->date)
        ++j;
    if (j - i + 1 >= min_missing_run) {
      out.push_back({i, j});
    } else {
      for (std::size_t k = i; k <= j; ++k) out.push_back({k, k});
    }
    i = j + 1;
  }
  return out;
}

std::string run_label(const Deviation& first, const Deviation& last) {
  return &first == &last ? first.period : first.period + " to " + last.period;
}

std::string DeviationRow::missing_label() const {
  if (last_period.empty()) return entry.deviation.period;
  return fmt::format("{} to {} ({} periods)", entry.deviation.period, last_period, periods);
}

std::vector<DeviationRow> deviation_rows(const std::vector<ReadinessDeviation>& list,
                                         const PeriodKindOf& kind_of) {
  // Each control's missing periods, as positions in `list` (ascending: the list is by date).
  std::map<std::string_view, std::vector<std::size_t>> missing_of;
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].deviation.missing()) missing_of[list[i].deviation.control].push_back(i);

  // A run's first position stands for the whole run; its other positions are left out.
  struct Head {
    std::size_t last = 0;  // position of the run's last period
    std::size_t periods = 0;
  };
  std::map<std::size_t, Head> heads;
  std::vector<bool> inside(list.size(), false);
  for (const auto& [control, positions] : missing_of) {
    std::vector<const Deviation*> missing;
    missing.reserve(positions.size());
    for (std::size_t p : positions) missing.push_back(&list[p].deviation);
    for (const MissingRun& r : missing_runs(missing, kind_of(control))) {
      if (r.periods() == 1) continue;
      heads[positions[r.first]] = {positions[r.last], r.periods()};
      for (std::size_t k = r.first + 1; k <= r.last; ++k) inside[positions[k]] = true;
    }
  }
  std::vector<DeviationRow> out;
  out.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (inside[i]) continue;
    DeviationRow row{list[i], {}, 1};
    if (auto h = heads.find(i); h != heads.end()) {
      row.last_period = list[h->second.last].deviation.period;
      row.periods = h->second.periods;
    }
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<DeviationRow> deviation_rows(const Readiness& readiness) {
  std::map<std::string_view, std::optional<PeriodKind>> kinds;
  for (const auto& r : readiness.requirements)
    for (const auto& c : r.controls) kinds.emplace(c->key, missing_period_kind(*c));
  return deviation_rows(deviations_of(readiness), [&](std::string_view control) {
    auto it = kinds.find(control);
    return it == kinds.end() ? std::nullopt : it->second;
  });
}

}  // namespace socready::scoring

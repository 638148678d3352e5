#include "scoring/missing_runs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

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

namespace {

std::string missing_label(const Deviation& first, const Deviation* last, std::size_t periods) {
  if (!last) return first.period;
  return fmt::format("{} to {} ({} periods)", first.period, last->period, periods);
}

}  // namespace

std::string DeviationRow::missing_label() const {
  return scoring::missing_label(*deviation, last, periods);
}

std::string ControlDeviationRow::missing_label() const {
  return scoring::missing_label(*deviation, last, periods);
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
    DeviationRow row{&list[i].deviation,
                     std::make_shared<const std::vector<std::string>>(list[i].requirements),
                     list[i].key_control};
    if (auto h = heads.find(i); h != heads.end()) {
      row.last = &list[h->second.last].deviation;
      row.periods = h->second.periods;
    }
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<ControlDeviationRow> control_deviation_rows(const ControlScore& control) {
  const auto& list = control.deviations;
  std::vector<std::size_t> positions;  // of the missing periods, by date
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].missing()) positions.push_back(i);
  std::stable_sort(positions.begin(), positions.end(),
                   [&](std::size_t a, std::size_t b) { return list[a].date < list[b].date; });
  std::vector<const Deviation*> missing;
  missing.reserve(positions.size());
  for (std::size_t p : positions) missing.push_back(&list[p]);
  std::vector<const MissingRun*> run_at(list.size(), nullptr);  // at a run's first period
  std::vector<bool> inside(list.size(), false);
  const auto runs = missing_runs(missing, missing_period_kind(control));
  for (const MissingRun& r : runs) {
    if (r.periods() == 1) continue;
    run_at[positions[r.first]] = &r;
    for (std::size_t k = r.first + 1; k <= r.last; ++k) inside[positions[k]] = true;
  }
  std::vector<ControlDeviationRow> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (inside[i]) continue;
    ControlDeviationRow row{&list[i]};
    if (const MissingRun* r = run_at[i]) {
      row.last = missing[r->last];
      row.periods = r->periods();
    }
    out.push_back(row);
  }
  return out;
}

std::vector<DeviatingControl> deviating_controls(const Readiness& readiness) {
  std::vector<DeviatingControl> out;
  if (readiness.type != ReportType::type2) return out;
  std::unordered_map<std::string_view, std::size_t> seen;
  for (const auto& r : readiness.requirements)
    for (const auto& c : r.controls) {
      if (c->deviations.empty()) continue;
      auto [it, added] = seen.emplace(c->key, out.size());
      if (added) out.push_back({c, {}});
      out[it->second].requirements.push_back(r.code);
    }
  return out;
}

}  // namespace socready::scoring

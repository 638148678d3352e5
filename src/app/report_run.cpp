#include "app/report_run.hpp"

#include <fmt/format.h>

#include "app/scoring_run.hpp"
#include "app/system_run.hpp"
#include "core/error.hpp"
#include "report/plan_output.hpp"
#include "store/cuec_store.hpp"
#include "store/read_transaction.hpp"
#include "store/snapshot_store.hpp"
#include "store/subservice_store.hpp"

namespace socready::app {

report::ReportInput gather_report(store::Database& db, std::optional<Quarter> period, Date today,
                                  int window_months) {
  // The snapshot, the scores computed now and the history all from one moment.
  store::ReadTransaction read(db);
  if (!period) period = store::latest_frozen_quarter(db);
  if (!period) period = Quarter::containing(today);
  if (period->first_day() > today)
    throw InputError(
        fmt::format("{} has not started yet (today is {})", period->label(), today.iso()));

  report::ReportInput input;
  input.period = period->label();
  input.generated_by = fmt::format("socready {}", SOCREADY_VERSION);
  auto snapshot = with_context("while reading the frozen period " + input.period,
                               [&] { return store::load_snapshot(db, input.period); });
  if (snapshot) {
    input.as_of = snapshot->info.as_of;
    input.window_months = snapshot->info.window_months;
    input.services = std::move(snapshot->services);
  } else {
    input.preliminary = true;
    input.as_of = period_as_of(*period, today);
    input.window_months = window_months;
    input.services = score_as_of(db, {input.as_of, window_months});
  }

  input.cuecs = store::load_cuecs_as_of(db, input.as_of);
  input.vendors = store::load_subservices_as_of(db, input.as_of);
  // A frozen period's systems as frozen; those of an unfrozen period, or of one frozen before
  // snapshots held systems, scored from the data on file for the period's as-of date.
  std::optional<std::vector<store::ScoredSystem>> systems;
  if (snapshot) systems = std::move(snapshot->systems);
  input.systems_frozen = systems.has_value();
  if (!systems)
    systems = score_systems_as_of(db, {input.as_of, input.window_months}, input.vendors);
  for (auto& s : *systems)
    input.systems.push_back(
        {std::move(s.system), std::move(s.score), report::plan_markdown(s.plan)});

  // Trends: every frozen period up to this one, then this one when it is computed now.
  const auto history = with_context("while reading the frozen periods' scores",
                                    [&] { return store::load_history(db); });
  for (const auto& p : history)
    if (p.period <= input.period) input.history[p.service].push_back(p);
  if (input.preliminary) {
    for (const auto& r : input.services)
      for (auto f : scoring::all_frameworks)
        for (auto t : scoring::all_report_types)
          input.history[r.service].push_back(
              scoring::period_score(input.period, r.readiness(f, t)));
  }
  return input;
}

}  // namespace socready::app

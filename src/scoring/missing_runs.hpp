#pragma once
// Runs of missing periods (SPEC §4, "Coverage of the window"): three or more consecutive periods
// of one control without evidence are one item, "2026-W22 to 2026-W42", wherever the deviations
// of a window are listed (the `score` JSON, the service and system pages). A daily control short
// of its five dates a week misses every week of the window; one row per week would bury the rest.
// Pure: deviations in, runs out.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scoring/periods.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// The kind of the periods a control misses: its frequency's, for a manual control; none for an
// automated one (it misses one record, never periods in a row).
std::optional<PeriodKind> missing_period_kind(const ControlScore& control);

// How many consecutive missing periods make one run.
inline constexpr std::size_t min_missing_run = 3;

// Positions [first, last] (inclusive) in one control's missing periods.
struct MissingRun {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t periods() const { return last - first + 1; }
};

// One control's missing periods (ascending) as runs: three or more consecutive periods, each
// starting the day after the one before it ends, are one run; one or two in a row are a run each.
// Without a kind no two periods are consecutive.
std::vector<MissingRun> missing_runs(const std::vector<const Deviation*>& missing,
                                     std::optional<PeriodKind> kind);

// "2026-W22 to 2026-W42", or the one period's name.
std::string run_label(const Deviation& first, const Deviation& last);

// One row of a deviations table: a test, a missing period, or a run of missing periods of one
// control (`deviation` is its first period, dated at that period's first day). A row refers to
// the deviations it was built from, which must outlive it; a control's rows share its list of
// requirements. A portfolio's page lists thousands of rows, and copies of each were once most
// of the time its deviations took.
struct DeviationRow {
  const Deviation* deviation = nullptr;
  std::shared_ptr<const std::vector<std::string>> requirements;  // the codes it addresses
  bool key_control = false;
  const Deviation* last = nullptr;  // a run's last period; null for one period or a test
  std::size_t periods = 1;          // how many periods the row stands for

  // "2026-W22 to 2026-W42 (21 periods)", or the one period's name.
  std::string missing_label() const;
};

using PeriodKindOf = std::function<std::optional<PeriodKind>(std::string_view control)>;

// `list` (deviations_of: by date then control) with each control's runs of three or more missing
// periods as one row in the place of the run's first period; the order is otherwise kept.
std::vector<DeviationRow> deviation_rows(const std::vector<ReadinessDeviation>& list,
                                         const PeriodKindOf& kind_of);

// One row of one control's deviations: a test, a missing period, or a run of missing periods
// (`deviation` is its first period). Refers to the control's deviations.
struct ControlDeviationRow {
  const Deviation* deviation = nullptr;
  const Deviation* last = nullptr;  // a run's last period; null for one period or a test
  std::size_t periods = 1;

  // As DeviationRow::missing_label.
  std::string missing_label() const;
};

// `control`'s deviations in the order it lists them, each run of three or more missing periods
// as one row in the place of its first period. The same on every page that lists the control,
// whichever service's: a report makes them once per control.
std::vector<ControlDeviationRow> control_deviation_rows(const ControlScore& control);

// A Type II readiness's controls with deviations, each once (under its key, as deviations_of
// meets it), with the codes of the requirements it addresses.
struct DeviatingControl {
  const ControlScore* control = nullptr;
  std::vector<std::string> requirements;
};
std::vector<DeviatingControl> deviating_controls(const Readiness& readiness);

}  // namespace socready::scoring

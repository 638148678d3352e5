#pragma once
// A system scored as one scope per framework (SPEC §2, §4b): the union of its services'
// requirements in scope, the controls covering any of them, each requirement and blocker once.
// A planned Type II period replaces the trailing window; a period still running on the as-of date
// is a projection over [period start, as-of], in which periods not yet due are not missing.

#include <optional>
#include <string>
#include <vector>

#include "core/system.hpp"
#include "scoring/control_score.hpp"
#include "scoring/inventory.hpp"
#include "scoring/readiness.hpp"
#include "scoring/result.hpp"

namespace socready::scoring {

// Where a framework's Type II window comes from.
enum class WindowSource : std::uint8_t {
  trailing,     // no Type II period planned: the months before the as-of date
  period,       // the planned period, ended on or before the as-of date
  projection,   // the planned period, still running: its start to the as-of date
  not_started,  // the planned period begins after the as-of date: the trailing window meanwhile
};
// "trailing", "period", "projection", "not_started": JSON's names (score --system, snapshots).
std::string_view name(WindowSource source);

struct SystemFramework {
  Framework framework = Framework::soc2;
  bool planned = false;                 // the system plans a report of it
  std::vector<std::string> applies_to;  // its services the framework applies to, system order
  std::optional<PlannedReport> report;  // the planned report
  WindowSource source = WindowSource::trailing;
  Window window;  // Type II's
  Readiness type1;
  Readiness type2;

  const Readiness& readiness(ReportType t) const { return t == ReportType::type1 ? type1 : type2; }
  // The planned report is still to come on the as-of date (its period ends after it).
  bool projection() const {
    return source == WindowSource::projection || source == WindowSource::not_started;
  }
};

struct SystemResult {
  std::string system;  // slug
  std::string name;
  std::vector<std::string> services;  // the system's, sorted
  Date as_of;
  int window_months = 0;
  std::vector<ScopeService> applicability;  // per service on file, system order
  // The frameworks scored: those planned or applying to one of its services; SOC 1 then SOC 2.
  std::vector<SystemFramework> frameworks;

  const SystemFramework* find(Framework f) const;
};

// The Type II window of a framework whose planned report is `report` (SPEC §4b), and its source.
std::pair<Window, WindowSource> system_window(const std::optional<PlannedReport>& report,
                                              const Options& options);

// Why the framework is scored for the system, for people: "SOC 2 Type II planned, 2026-07-01 to
// 2026-12-31; applies to client-hub, timekeeper" (past ten services, "applies to 71 of its
// services").
std::string why_scored(const SystemFramework& framework);
// What a readiness is measured over: "as of 2026-11-30" (Type I), the Type II window with
// "(projection: the period ends 2026-12-31)" while the planned period runs.
std::string window_text(const SystemFramework& framework, ReportType type, Date as_of);

// Pure and deterministic. Throws InputError when options.window_months is outside policy's range.
SystemResult score_system(const Inventory& inventory, const System& system, const Options& options);

}  // namespace socready::scoring

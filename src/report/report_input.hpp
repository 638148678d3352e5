#pragma once
// What the reporter needs for one period: this period's results and every period's scores for
// the trends. Plain values, so a report renders the same from live data or a frozen snapshot.

#include <map>
#include <string>
#include <vector>

#include "core/cuec.hpp"
#include "core/date.hpp"
#include "core/model.hpp"
#include "core/subservice.hpp"
#include "core/system.hpp"
#include "scoring/period_score.hpp"
#include "scoring/result.hpp"
#include "scoring/system_score.hpp"

namespace socready::report {

using scoring::PeriodScore;  // one point of a service's trend

// A system's page: the system on file on the as-of date and its score over its planned period.
struct SystemReport {
  System system;
  scoring::SystemResult score;
  // Markdown that `socready plan` adds to the page (earliest Type II period end, what must still
  // happen inside the planned period), placed after the readiness sections; empty: none.
  std::string plan_section;
};

struct ReportInput {
  std::string period;        // "2026-Q4"
  Date as_of;                // the date the results are as of
  bool preliminary = false;  // true: computed now, not from a frozen snapshot
  int window_months = 6;
  std::string generated_by;  // e.g. "socready 0.1.0" (no timestamps: output must be deterministic)
  std::vector<scoring::ServiceResult> services;  // this period's results, ordered by product line
                                                 // then slug
  // Every known period's scores per service slug, oldest first, INCLUDING this period.
  std::map<std::string, std::vector<PeriodScore>> history;
  std::vector<Cuec> cuecs;          // valid on as_of, ordered by id
  std::vector<Subservice> vendors;  // on file on as_of, ordered by id
  // Ordered by slug: as frozen with the period, or scored when the report is made from the data
  // on file (an unfrozen period, or one frozen before snapshots held systems).
  std::vector<SystemReport> systems;
  bool systems_frozen = false;  // true: `systems` are the frozen period's
};

struct ReportFile {
  std::string relative_path;
  std::string content;
};

}  // namespace socready::report

#pragma once
// Frozen periods: the scorer's results stored as they were, never recomputed or changed.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "scoring/period_score.hpp"
#include "scoring/result.hpp"
#include "store/database.hpp"
#include "store/system_snapshot_json.hpp"

namespace socready::store {

struct SnapshotInfo {
  std::string period;  // "2026-Q3"
  Date as_of;
  int window_months = 6;
  std::string created_at;
};

struct Snapshot {
  SnapshotInfo info;
  std::vector<scoring::ServiceResult> services;  // ordered by product line, then slug
  // Ordered by slug. None: frozen before snapshots held systems (migration 0014), so a report
  // scores them from the data on file.
  std::optional<std::vector<ScoredSystem>> systems;
};

// One point of a service's history: a frozen period's readiness for a framework and type.
struct HistoryPoint : scoring::PeriodScore {
  std::string service;
};

// `systems`: those on file on the as-of date, ordered by slug, frozen with the services (an
// empty list is stored too). Throws InputError when the period is already frozen. The readers
// throw DatabaseError naming the table and row of a value they cannot read back.
void save_snapshot(Database& db, const SnapshotInfo& info,
                   const std::vector<scoring::ServiceResult>& results,
                   const std::vector<ScoredSystem>& systems);
std::optional<Snapshot> load_snapshot(Database& db, const std::string& period);
std::vector<SnapshotInfo> list_snapshots(Database& db);  // oldest period first
std::optional<Quarter> latest_frozen_quarter(Database& db);
std::vector<HistoryPoint> load_history(Database& db);  // by period, service, framework, type

}  // namespace socready::store

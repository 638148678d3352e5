#include "import/history_rules.hpp"

#include <fmt/format.h>

#include "store/revision_store.hpp"
#include "store/snapshot_store.hpp"

namespace socready::import {

namespace {

// The kinds kept as versions valid from the effective date: what a frozen period was scored
// and reported with.
bool versioned_by_effective_date(Entity kind) {
  return kind == Entity::controls || kind == Entity::cuecs || kind == Entity::subservice ||
         kind == Entity::systems;
}

}  // namespace

HistoryOnFile history_on_file(store::Database& db) {
  HistoryOnFile h;
  for (const auto& s : store::list_snapshots(db))
    if (!h.latest_frozen || s.as_of > h.latest_frozen->as_of)
      h.latest_frozen = FrozenPeriod{s.period, s.as_of};
  for (const auto& r : store::load_revisions(db))
    if (r.kind == name(Entity::controls) &&
        (!h.latest_controls_effective || r.effective_on > *h.latest_controls_effective))
      h.latest_controls_effective = r.effective_on;
  return h;
}

std::vector<std::string> history_problems(Entity kind, const ImportOptions& options,
                                          const HistoryOnFile& history) {
  std::vector<std::string> out;
  const Date effective = options.effective;
  // A future date would make every later change look back-dated until that day.
  if (effective > options.today)
    out.push_back(
        fmt::format("--effective {} is after today ({}): an import records what is or "
                    "was, not what will be",
                    effective.iso(), options.today.iso()));
  // Versions (controls, CUECs, vendors, systems) valid from on or before a frozen as-of date would
  // change what the published period says when it is scored or reported again; a correction is
  // a new change dated after it. Evidence and test records carry their own dates and services are
  // not versioned by date yet, so for them the effective date changes no period and the rule would
  // only block a same-day import after a freeze.
  if (const auto& frozen = history.latest_frozen;
      versioned_by_effective_date(kind) && frozen && effective <= frozen->as_of)
    out.push_back(fmt::format(
        "--effective {} is on or before {}, the as-of date of the frozen "
        "period {}: it would change a published quarter (record the "
        "correction with --effective {} or later)",
        effective.iso(), frozen->as_of.iso(), frozen->period, frozen->as_of.plus_days(1).iso()));
  // A later inventory listed the controls as they were after this date; retiring the missing
  // ones as of an earlier date would contradict it, as a back-dated edit would.
  if (const auto& later = history.latest_controls_effective;
      kind == Entity::controls && options.replace && later && effective < *later)
    out.push_back(
        fmt::format("--replace effective {} would retire controls as of a date before "
                    "the controls import effective {} (use --effective {} or later)",
                    effective.iso(), later->iso(), later->iso()));
  return out;
}

}  // namespace socready::import

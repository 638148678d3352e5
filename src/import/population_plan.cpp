#include "import/population_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>

namespace socready::import {

namespace {

constexpr std::size_t on_file_row = std::numeric_limits<std::size_t>::max();

// A record of the plan: a row of the file, or (row == on_file_row) a record on file.
struct Entry {
  std::int64_t control_id = 0;
  const PopulationRecord* record = nullptr;
  std::size_t row = on_file_row;

  auto content() const {
    return std::tuple(control_id, record->period_start, record->period_end, record->count);
  }
};

bool named_first(const Entry& a, const Entry& b) {
  if ((a.row == on_file_row) != (b.row == on_file_row)) return a.row == on_file_row;
  return a.row < b.row;
}

std::string period(const PopulationRecord& r) {
  return fmt::format("{} {} to {}", r.control_key, r.period_start.iso(), r.period_end.iso());
}

// Every record, those on file and the file's rows, by content: records on file before the
// file's rows, rows in file order.
std::vector<Entry> by_content(const std::vector<store::StoredPopulation>& on_file,
                              const std::vector<PopulationRow>& rows) {
  std::vector<Entry> entries;
  entries.reserve(on_file.size() + rows.size());
  for (const auto& p : on_file) entries.push_back({p.control_id, &p.record, on_file_row});
  for (std::size_t i = 0; i < rows.size(); ++i)
    entries.push_back({rows[i].control_id, &rows[i].record, i});
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    const bool a_in_file = a.row != on_file_row, b_in_file = b.row != on_file_row;
    return std::tuple(a.content(), a_in_file, a.row) < std::tuple(b.content(), b_in_file, b.row);
  });
  return entries;
}

// One entry per distinct record: the record on file, else its first row in the file, in content
// order (so `added` is in key order); the others are counted as unchanged or repeated.
std::vector<Entry> distinct_records(const std::vector<Entry>& entries, PopulationPlan& plan) {
  std::vector<Entry> distinct;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const bool repeat = i > 0 && entries[i - 1].content() == e.content();
    if (!repeat) {
      distinct.push_back(e);
      if (e.row != on_file_row) plan.added.push_back(e.row);
    } else if (distinct.back().row == on_file_row) {
      ++plan.unchanged;
    } else {
      ++plan.repeated;
    }
  }
  return distinct;
}

// Sorted by start, a record overlaps an earlier one of its control exactly when it starts on or
// before the latest end seen so far; that record (`reach`) is the one named.
void find_overlaps(const std::vector<Entry>& distinct, const std::vector<PopulationRow>& rows,
                   PopulationPlan& plan) {
  std::optional<Entry> reach;
  for (const Entry& e : distinct) {
    if (reach && reach->control_id != e.control_id) reach.reset();
    if (reach && reach->record->period_end >= e.record->period_start &&
        (reach->row != on_file_row || e.row != on_file_row)) {
      // Reported at the later row of the file, naming the other record.
      const bool both_in_file = reach->row != on_file_row && e.row != on_file_row;
      const Entry& at =
          both_in_file ? (reach->row > e.row ? *reach : e) : (e.row != on_file_row ? e : *reach);
      const Entry& other = &at == &e ? *reach : e;
      const std::string where =
          other.row == on_file_row
              ? fmt::format("(count {}) already on file", other.record->count)
              : fmt::format("(count {}) on line {}", other.record->count, rows[other.row].at.line);
      plan.overlaps.push_back(
          {at.row, fmt::format("{} overlaps {} {}; the population periods of one control may "
                               "not overlap, or their instances would count twice",
                               period(*at.record), period(*other.record), where)});
    }
    // Of records ending the same day, the one named is on file, else the earliest in the file.
    if (!reach || reach->record->period_end < e.record->period_end ||
        (reach->record->period_end == e.record->period_end && named_first(e, *reach)))
      reach = e;
  }
  std::stable_sort(plan.overlaps.begin(), plan.overlaps.end(),
                   [](const auto& a, const auto& b) { return a.row < b.row; });
}

}  // namespace

PopulationPlan plan_populations(const std::vector<store::StoredPopulation>& on_file,
                                const std::vector<PopulationRow>& rows) {
  PopulationPlan plan;
  find_overlaps(distinct_records(by_content(on_file, rows), plan), rows, plan);
  return plan;
}

}  // namespace socready::import

#include "report/deviations_table.hpp"

#include <algorithm>
#include <tuple>

#include "report/table.hpp"
#include "scoring/missing_runs.hpp"

namespace socready::report {

namespace {

std::string optional_number(const std::optional<int>& n) {
  return n ? std::to_string(*n) : std::string(none);
}

std::vector<DeviationCells::Row> rows_for(const scoring::ControlScore& control) {
  std::vector<DeviationCells::Row> out;
  for (const auto& row : scoring::control_deviation_rows(control)) {
    const auto& v = *row.deviation;
    // The deviation names its control, as the page always showed it.
    std::string key = md_cell(v.control);
    if (control.is_key) key += " (key)";
    DeviationCells::Row r{
        v.date,
        v.control,
        {std::move(key), v.date.iso(),
         v.missing() ? "no evidence for " + md_cell(row.missing_label()) : v.result_name(),
         optional_number(v.sample_size), optional_number(v.deviations),
         cell_or_none(v.management_response),
         v.remediated_on ? v.remediated_on->iso() : std::string(none)},
        {}};
    for (std::size_t c = 0; c < r.cells.size(); ++c) r.widths[c] = display_width(r.cells[c]);
    out.push_back(std::move(r));
  }
  return out;
}

const std::vector<TableCells::Column>& columns() {
  static const std::vector<TableCells::Column> columns{{"Control"},
                                                       {"Requirements"},
                                                       {"Date"},
                                                       {"Result"},
                                                       {"Sample", TableCells::Align::right},
                                                       {"Deviations", TableCells::Align::right},
                                                       {"Management response"},
                                                       {"Remediated on"}};
  return columns;
}

}  // namespace

const std::vector<DeviationCells::Row>& DeviationCells::rows_of(
    const scoring::ControlScore& control) {
  {
    const std::lock_guard lock(mutex_);
    if (auto it = rows_.find(&control); it != rows_.end()) return *it->second;
  }
  // Made outside the lock; a control two pages need at once is made twice and kept once.
  auto rows = std::make_unique<const std::vector<Row>>(rows_for(control));
  const std::lock_guard lock(mutex_);
  return *rows_.try_emplace(&control, std::move(rows)).first->second;
}

void append_deviations(std::string& out, const scoring::Readiness& type2, DeviationCells& cells) {
  const auto controls = scoring::deviating_controls(type2);
  // Every row of every control, by date then control, each control's in its own order.
  struct Entry {
    const DeviationCells::Row* row;
    std::size_t control;
  };
  std::vector<Entry> entries;
  for (std::size_t c = 0; c < controls.size(); ++c)
    for (const auto& row : cells.rows_of(*controls[c].control)) entries.push_back({&row, c});
  out += "### Deviations in the window\n\n";
  if (entries.empty()) {
    out +=
        "None: no test in the Type II window found a deviation, and no period of a "
        "periodic control is without evidence.\n\n";
    return;
  }
  std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    return std::tie(a.row->day, a.row->control_key) < std::tie(b.row->day, b.row->control_key);
  });
  std::vector<std::pair<std::string, std::size_t>> requirements(controls.size());
  for (std::size_t c = 0; c < controls.size(); ++c) {
    requirements[c].first = cell_list(controls[c].requirements);
    requirements[c].second = display_width(requirements[c].first);
  }
  using Row = DeviationCells::Row;
  // The page's columns: the control's cells with its requirements second.
  append_markdown_table(out, columns(), entries.size(), [&](std::size_t r, std::size_t column) {
    const Entry& e = entries[r];
    if (column == 1) return std::pair<std::string_view, std::size_t>(requirements[e.control]);
    const std::size_t cell = column == 0 ? std::size_t{Row::control} : column - 1;
    return std::pair<std::string_view, std::size_t>(e.row->cells[cell], e.row->widths[cell]);
  });
  out += '\n';
}

}  // namespace socready::report

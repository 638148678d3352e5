#include "import/system_spec.hpp"

#include <fmt/format.h>

#include "import/columns.hpp"
#include "store/id_list.hpp"

namespace socready::import {

namespace {

using S = System;

// The first of each framework's three planned-report columns: type, period start, period end.
constexpr std::size_t soc1_first_column = 5, soc2_first_column = 8;

void read_key(S& s, const Cell& c) {
  if (trim(c.text).empty())
    c.problem("system: expected a system slug, found nothing");
  else
    s.key = read_slug(c, "timekeeper-platform");
}

// A system names its services: `*` would make its scope change with every services import.
void read_services(S& s, const Cell& c) {
  if (trim(c.text) == "*") {
    c.problem("services: a system names its services; '*' (all services) is not accepted");
    return;
  }
  bool all = false;
  s.services = read_named_services(c, all);
}

// A planned-report column: read by read_system, written from the plan when there is one.
template <std::optional<PlannedReport> S::*M, typename Text>
constexpr Column<S> planned_column(std::string_view header) {
  return {header, Need::optional, nullptr,
          [](const S& s) { return s.*M ? Text{}(*(s.*M)) : std::string(); }};
}

struct TypeText {
  std::string operator()(const PlannedReport& p) const { return std::string(name(p.type)); }
};
struct StartText {
  std::string operator()(const PlannedReport& p) const { return date_text(p.period_start); }
};
struct EndText {
  std::string operator()(const PlannedReport& p) const { return date_text(p.period_end); }
};

// One framework's three cells: all blank is no report planned.
std::optional<PlannedReport> read_planned(Cells cells, std::size_t first,
                                          const ReadContext& context, Findings& findings) {
  const auto cell = [&](std::size_t i) {
    return Cell{cells[i], i, system_spec[i].header, &findings, &context};
  };
  const Cell type_cell = cell(first), start_cell = cell(first + 1), end_cell = cell(first + 2);
  const auto type_text = trim(type_cell.text);
  if (type_text.empty() && trim(start_cell.text).empty() && trim(end_cell.text).empty())
    return std::nullopt;
  const auto before = findings.size();
  PlannedReport p;
  if (type_text.empty()) {
    type_cell.problem(
        fmt::format("{}: a planned period needs its report type (I or II)", type_cell.header));
  } else if (auto t = parse_report_type(type_text)) {
    p.type = *t;
  } else {
    type_cell.problem(fmt::format("{}: '{}' is not a report type; expected I or II",
                                  type_cell.header, type_text));
  }
  // Planned periods may lie ahead: no "not after today" rule here.
  p.period_start = read_date(start_cell, Need::optional);
  p.period_end = read_date(end_cell, Need::optional);
  if (findings.size() != before) return std::nullopt;
  if (p.type == ReportType::type2) {
    if (!p.period_start)
      start_cell.problem(
          fmt::format("{}: a Type II report needs its period start", start_cell.header));
    if (!p.period_end)
      end_cell.problem(fmt::format("{}: a Type II report needs its period end", end_cell.header));
  } else if (p.period_start && !p.period_end) {
    end_cell.problem(fmt::format("{}: a Type I report is as of its period end; expected a date",
                                 end_cell.header));
  }
  if (p.period_start && p.period_end && *p.period_end < *p.period_start)
    end_cell.problem(fmt::format("{}: {} is before {} {}", end_cell.header, p.period_end->iso(),
                                 start_cell.header, p.period_start->iso()));
  if (findings.size() != before) return std::nullopt;
  return p;
}

}  // namespace

const Spec<System, 11> system_spec{{
    {"system", Need::required, read_key, [](const S& s) { return s.key; }},
    text_column<&S::name>("name"),
    {"services", Need::required, read_services,
     [](const S& s) { return store::joined_ids(s.services); }},
    text_column<&S::description>("description"),
    text_column<&S::commitments>("commitments"),
    planned_column<&S::soc1, TypeText>("soc1_type"),
    planned_column<&S::soc1, StartText>("soc1_period_start"),
    planned_column<&S::soc1, EndText>("soc1_period_end"),
    planned_column<&S::soc2, TypeText>("soc2_type"),
    planned_column<&S::soc2, StartText>("soc2_period_start"),
    planned_column<&S::soc2, EndText>("soc2_period_end"),
}};

bool read_system(Cells cells, const ReadContext& context, System& out, Findings& findings) {
  if (!read_keyed_columns(system_spec, cells, context, out, findings)) return false;
  out.soc1 = read_planned(cells, soc1_first_column, context, findings);
  out.soc2 = read_planned(cells, soc2_first_column, context, findings);
  return true;
}

}  // namespace socready::import

#include "report/open_work_output.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/text_table.hpp"
#include "csv/formula.hpp"
#include "csv/writer.hpp"

namespace socready::report {

namespace {

std::string framework_text(const WorkItem& w) {
  return w.framework ? std::string(label(*w.framework)) : std::string();
}

std::string blocks_text(const WorkItem& w) {
  if (!w.blocker) return "";
  return w.blocks_type1 ? "Type I and II" : "Type II";
}

std::string joined(const std::vector<std::string_view>& items) {
  return fmt::format("{}", fmt::join(items, "; "));
}

std::string due_text(const WorkItem& w) { return w.due ? w.due->iso() : std::string(); }

}  // namespace

std::string open_work_table(const std::vector<WorkItem>& items) {
  TextTable table({{"Service"},
                   {"Report"},
                   {"Requirement"},
                   {"Why"},
                   {"Blocks"},
                   {"Controls"},
                   {"Owners"},
                   {"Due"}});
  for (const auto& w : items) {
    const std::string report =
        w.framework ? fmt::format("{} {}", framework_text(w), w.types) : std::string("-");
    const std::string what = w.requirement.empty() ? "(evidence)" : w.requirement;
    table.add_row({w.service, report, what, w.why, blocks_text(w),
                   joined(scoring::control_keys(w.controls)), joined(w.owners), due_text(w)});
  }
  return table.render();
}

void write_open_work_csv(const std::vector<WorkItem>& items, std::ostream& out) {
  csv::Writer writer(out);
  std::vector<std::string> header(std::begin(open_work_columns), std::end(open_work_columns));
  writer.row(header);
  for (const auto& w : items) {
    std::vector<std::string> row{w.service,
                                 w.requirement,
                                 w.title,
                                 framework_text(w),
                                 w.types,
                                 w.reason,
                                 w.why,
                                 w.blocker ? "yes" : "no",
                                 blocks_text(w),
                                 joined(scoring::control_keys(w.controls)),
                                 joined(w.owners),
                                 due_text(w)};
    // A title or owner such as "=HYPERLINK(...)" must not run in the spreadsheet.
    for (auto& cell : row) cell = csv::neutralise_formula(cell);
    writer.row(row);
  }
}

nlohmann::ordered_json open_work_json(const std::vector<WorkItem>& items) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& w : items) {
    nlohmann::ordered_json j;
    j["service"] = w.service;
    j["kind"] = w.kind == WorkItem::Kind::gap ? "gap" : "expiring_evidence";
    j["requirement"] =
        w.requirement.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(w.requirement);
    j["title"] = w.title;
    j["framework"] =
        w.framework ? nlohmann::ordered_json(framework_text(w)) : nlohmann::ordered_json();
    j["types"] = w.types.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(w.types);
    j["reason"] = w.reason;
    j["why"] = w.why;
    j["blocker"] = w.blocker;
    j["blocks_type1"] = w.blocks_type1;
    j["controls"] = scoring::control_keys(w.controls);
    j["owners"] = w.owners;
    j["due"] = w.due ? nlohmann::ordered_json(w.due->iso()) : nlohmann::ordered_json();
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace socready::report

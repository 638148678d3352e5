#include "report/trend.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <optional>

#include "report/format.hpp"
#include "report/markdown.hpp"
#include "report/service_facts.hpp"
#include "report/table.hpp"

namespace socready::report {

namespace {

// Fixed per report, so a line has the same colour in every service's chart: a light and a dark
// shade per framework, from the Okabe-Ito palette that colour-blind readers can tell apart.
struct LineColour {
  std::string_view hex;
  std::string_view name;
};

LineColour colour(const ReportKind& k) {
  if (k.framework == Framework::soc1)
    return k.type == ReportType::type1 ? LineColour{"#56B4E9", "light blue"}
                                       : LineColour{"#0072B2", "dark blue"};
  return k.type == ReportType::type1 ? LineColour{"#E69F00", "orange"}
                                     : LineColour{"#D55E00", "red"};
}

const PeriodScore* find(const std::vector<PeriodScore>& points, const std::string& period,
                        const ReportKind& k) {
  for (const auto& p : points)
    if (p.period == period && p.framework == k.framework && p.type == k.type) return &p;
  return nullptr;
}

// Period labels go into Mermaid source; only characters that cannot end a string or start a
// directive are kept.
std::string mermaid_label(std::string_view period) {
  std::string out;
  for (char c : period)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
      out += c;
  return out.empty() ? "?" : out;
}

std::string chart(const std::vector<std::string>& periods, const std::vector<PeriodScore>& points,
                  const std::vector<ReportKind>& kinds) {
  std::vector<std::string> palette, legend, labels;
  for (const auto& k : kinds) {
    palette.emplace_back(colour(k).hex);
    legend.push_back(fmt::format("{} ({})", report_label(k.framework, k.type), colour(k).name));
  }
  for (const auto& p : periods) labels.push_back(fmt::format("\"{}\"", mermaid_label(p)));

  std::string out = "```mermaid\n";
  out += fmt::format(
      "%%{{init: {{\"themeVariables\": {{\"xyChart\": {{\"plotColorPalette\": \"{}\"}}}}}}}}%%\n",
      fmt::join(palette, ", "));
  out += "xychart-beta\n";
  out += "  title \"Readiness by period\"\n";
  out += fmt::format("  x-axis [{}]\n", fmt::join(labels, ", "));
  out += "  y-axis \"Readiness\" 0 --> 100\n";
  for (const auto& k : kinds) {
    std::vector<std::string> values;
    for (const auto& period : periods) {
      // Mermaid lines cannot have gaps; a period without a score is drawn at 0.
      const PeriodScore* p = find(points, period, k);
      values.push_back(one_decimal(p ? p->readiness : 0.0));
    }
    out += fmt::format("  line [{}]\n", fmt::join(values, ", "));
  }
  out += "```\n\n";
  out += fmt::format("Lines: {}.\n\n", fmt::join(legend, ", "));
  return out;
}

}  // namespace

std::string render_trend(const std::vector<PeriodScore>& points) {
  std::vector<std::string> periods;
  for (const auto& p : points)
    if (std::find(periods.begin(), periods.end(), p.period) == periods.end())
      periods.push_back(p.period);
  std::vector<ReportKind> kinds;
  for (const auto& k : all_report_kinds())
    if (std::any_of(points.begin(), points.end(), [&](const PeriodScore& p) {
          return p.applies && p.framework == k.framework && p.type == k.type;
        }))
      kinds.push_back(k);
  if (kinds.empty()) return "No report has applied to this service in any period on record.\n";

  std::vector<MarkdownTable::Column> columns{{"Period"}};
  for (const auto& k : kinds)
    columns.push_back({report_label(k.framework, k.type), MarkdownTable::Align::right});
  MarkdownTable table(std::move(columns));
  bool drawn_without_applying = false;
  for (const auto& period : periods) {
    std::vector<std::string> row{md_cell(period)};
    for (const auto& k : kinds) {
      const PeriodScore* p = find(points, period, k);
      row.push_back(p && p->applies ? one_decimal(p->readiness) : std::string(none));
      drawn_without_applying = drawn_without_applying || !p || !p->applies;
    }
    table.add_row(std::move(row));
  }

  std::string out = table.render() + "\n";
  if (periods.size() < 2) {
    out += "The chart appears once a second period is on record.\n";
    return out;
  }
  out += chart(periods, points, kinds);
  if (drawn_without_applying)
    out +=
        "Where the table shows —, the report did not apply that period; the chart still draws "
        "its computed readiness (0 when none was recorded).\n";
  return out;
}

}  // namespace socready::report

#include "report/system_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "report/cuec_section.hpp"
#include "report/file_names.hpp"
#include "report/format.hpp"
#include "report/markdown.hpp"
#include "report/notice.hpp"
#include "report/service_facts.hpp"
#include "report/service_report.hpp"
#include "report/subservice_section.hpp"
#include "report/table.hpp"

namespace socready::report {

namespace {

using Align = MarkdownTable::Align;
using scoring::Readiness;
using scoring::SystemFramework;
using scoring::SystemResult;
using scoring::WindowSource;

std::string period_text(const PlannedReport& p) {
  if (p.period_start && p.period_end)
    return fmt::format("{} to {}", p.period_start->iso(), p.period_end->iso());
  if (p.period_end) return fmt::format("as of {}", p.period_end->iso());
  return "not dated yet";
}

// Where the planned report stands on the as-of date.
std::string status_text(const SystemFramework& f, Date as_of) {
  const auto& p = *f.report;
  if (p.type == ReportType::type1)
    return !p.period_end           ? std::string("no date set")
           : as_of < *p.period_end ? fmt::format("ahead: readiness below is as of {}", as_of.iso())
                                   : std::string("its date has passed");
  switch (f.source) {
    case WindowSource::not_started:
      return fmt::format("starts {}: Type II below is over the trailing window meanwhile",
                         p.period_start->iso());
    case WindowSource::projection:
      return fmt::format("running: Type II below is a projection over {} to {}",
                         f.window.opens.iso(), f.window.closes.iso());
    case WindowSource::period:
      return "ended: Type II below is over the whole period";
    case WindowSource::trailing:
      break;
  }
  return "not dated yet: Type II below is over the trailing window";
}

// The ServiceResult of each of the system's services, where the report has one.
const scoring::ServiceResult* service_result(const ReportInput& input, const std::string& slug) {
  for (const auto& s : input.services)
    if (s.service == slug) return &s;
  return nullptr;
}

std::string header(const ReportInput& input, const SystemReport& r) {
  std::string out = preliminary_notice(input);
  out += fmt::format("# {}\n\n", md_text(r.system.name.empty() ? r.system.key : r.system.name));
  out += fmt::format("System · {} · as of {} · [Back to the portfolio](../README.md)\n\n",
                     md_text(input.period), input.as_of.iso());
  if (!input.preliminary && !input.systems_frozen)
    out +=
        "Systems are scored when the report is made, from the data on file for this date: this "
        "period was frozen before snapshots held systems, so they are not part of it.\n\n";
  if (!r.system.description.empty()) out += md_text(r.system.description) + "\n\n";
  if (!r.system.commitments.empty())
    out += "**Principal service commitments and system requirements:** " +
           md_text(r.system.commitments) + "\n\n";
  return out;
}

std::string services(const ReportInput& input, const SystemReport& r) {
  const auto paths = service_file_paths(input.services);
  MarkdownTable table({{"Service"}, {"Product line"}, {"Reports it needs"}});
  for (const auto& slug : r.system.services) {
    const auto* s = service_result(input, slug);
    if (!s) {
      table.add_row({md_cell(slug), std::string(none), "not on file on this date"});
      continue;
    }
    const auto i = static_cast<std::size_t>(s - input.services.data());
    table.add_row({fmt::format("[{}](../{})", md_cell(display_name(*s)), paths[i]),
                   s->product_line.empty() ? std::string(none) : md_cell(s->product_line),
                   md_cell(s->applicability.verdict)});
  }
  return "## Services\n\n" + table.render() + "\n";
}

std::string planned(const SystemReport& r, Date as_of) {
  std::string out = "## Planned reports\n\n";
  MarkdownTable table({{"Report"}, {"Period"}, {"On " + as_of.iso()}});
  for (const auto& f : r.score.frameworks)
    if (f.report)
      table.add_row({report_label(f.framework, f.report->type), period_text(*f.report),
                     status_text(f, as_of)});
  if (table.empty())
    return out +
           "No report is planned for this system yet: add soc1_type or soc2_type and the period "
           "to its row of the systems file. Readiness below uses the trailing window.\n\n";
  return out + table.render() + "\n";
}

std::string readiness(const SystemFramework& f, Date as_of) {
  std::string out = fmt::format("## {} readiness\n\n", label(f.framework));
  out += fmt::format("Scored because: {}.\n\n", md_text(scoring::why_scored(f)));
  MarkdownTable table({{"Report"},
                       {"Over"},
                       {"Readiness", Align::right},
                       {"Band"},
                       {"Covered", Align::right},
                       {"Blockers", Align::right}});
  for (ReportType t : scoring::all_report_types) {
    const Readiness& x = f.readiness(t);
    table.add_row({fmt::format("Type {}", name(t)), md_cell(scoring::window_text(f, t, as_of)),
                   one_decimal(x.readiness), std::string(scoring::name(x.band)),
                   fmt::format("{} of {}", x.covered, x.in_scope),
                   std::to_string(x.blockers.size())});
  }
  out += table.render() + "\n";
  // Type II's blockers include Type I's.
  const auto& blockers = f.type2.blockers;
  out += "### Blockers, each counted once\n\n";
  if (blockers.empty())
    out += "None: every requirement in scope has an effective control.\n\n";
  else
    out += fmt::format("{} of {}: {}.\n\n", blockers.size(), f.type2.in_scope,
                       fmt::join(blockers, ", "));
  return out + render_gaps(f.type1, f.type2) + render_deviations(f.type2);
}

// The planned report a system's line in the portfolio shows: each planned one, else each
// framework scored, Type II.
std::vector<std::pair<const SystemFramework*, ReportType>> headlines(const SystemResult& s) {
  std::vector<std::pair<const SystemFramework*, ReportType>> out;
  for (const auto& f : s.frameworks)
    if (f.report) out.emplace_back(&f, f.report->type);
  if (out.empty())
    for (const auto& f : s.frameworks) out.emplace_back(&f, ReportType::type2);
  return out;
}

}  // namespace

std::string render_system(const ReportInput& input, const SystemReport& r) {
  std::string out = header(input, r);
  out += services(input, r);
  out += planned(r, input.as_of);
  if (r.score.frameworks.empty())
    out +=
        "## Readiness\n\nNo report is planned for this system and none applies to its services "
        "yet (see each service's page).\n\n";
  for (const auto& f : r.score.frameworks) out += readiness(f, input.as_of);
  out += r.plan_section;
  out += render_subservice(input.vendors, r.system.services, input.as_of, "system");
  out += render_cuecs(input.cuecs, r.system.services, "system");
  while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
  return out + footer(input);
}

std::string render_systems_table(const ReportInput& input) {
  if (input.systems.empty()) return {};
  MarkdownTable table({{"System"},
                       {"Services", Align::right},
                       {"Planned report"},
                       {"Period"},
                       {"Readiness", Align::right},
                       {"Band"},
                       {"Blockers", Align::right}});
  for (const auto& r : input.systems) {
    const std::string link =
        fmt::format("[{}]({})", md_cell(r.system.name.empty() ? r.system.key : r.system.name),
                    system_file_path(r.system.key));
    const auto lines = headlines(r.score);
    if (lines.empty()) {
      table.add_row({link, std::to_string(r.system.services.size()), std::string(none),
                     std::string(none), std::string(none), std::string(none), std::string(none)});
      continue;
    }
    for (const auto& [f, t] : lines) {
      const Readiness& x = f->readiness(t);
      std::string period = f->report ? period_text(*f->report) : std::string(none);
      if (f->report && f->source == WindowSource::projection) period += " (running)";
      if (f->report && f->source == WindowSource::not_started) period += " (not started)";
      table.add_row({link, std::to_string(r.system.services.size()),
                     f->report ? report_label(f->framework, t)
                               : report_label(f->framework, t) + " (not planned)",
                     period, one_decimal(x.readiness), std::string(scoring::name(x.band)),
                     std::to_string(x.blockers.size())});
    }
  }
  return "## Systems\n\n"
         "Each system is the scope of one SOC report: its services' requirements and controls "
         "counted once, Type II over the planned period (a projection while it runs).\n\n" +
         table.render() + "\n";
}

}  // namespace socready::report

#include "report/service_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "report/cuec_section.hpp"
#include "report/deviations_table.hpp"
#include "report/format.hpp"
#include "report/history.hpp"
#include "report/markdown.hpp"
#include "report/notice.hpp"
#include "report/service_facts.hpp"
#include "report/subservice_section.hpp"
#include "report/table.hpp"
#include "report/trend.hpp"
#include "scoring/applicability_text.hpp"
#include "scoring/soc1_hints.hpp"
#include "scoring/vendor_contribution.hpp"

namespace socready::report {

namespace {

using Align = MarkdownTable::Align;
using scoring::Outcome;
using scoring::Readiness;
using scoring::RequirementScore;
using scoring::ServiceResult;

std::string bullet_list(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "- " + md_text(l) + "\n";
  return out;
}

std::string header(const ReportInput& input, const ServiceResult& s) {
  std::string out = preliminary_notice(input);
  out += fmt::format("# {}\n\n", md_text(display_name(s)));
  const std::string line = s.product_line.empty() ? "No product line" : md_text(s.product_line);
  out += fmt::format("{} · {} · as of {} · [Back to the portfolio](../README.md)\n\n", line,
                     md_text(input.period), input.as_of.iso());
  return out;
}

// ---- Which reports apply ----

std::string decision(const ServiceResult& s, Framework f) {
  const auto& d = s.applicability.decision(f);
  std::string out = fmt::format("**{}**", scoring::decision_heading(f, d));
  if (d.rationale.empty()) return out + ".\n\n";
  out += ", because:\n\n" + bullet_list(d.rationale) + "\n";
  if (d.outcome == scoring::Outcome::undetermined)
    out += md_text(scoring::undetermined_line(f, d)) + "\n\n";
  return out;
}

std::string categories(const ServiceResult& s) {
  MarkdownTable table({{"Category"}, {"Why"}});
  for (const auto& c : s.applicability.soc2_categories)
    table.add_row({md_cell(name(c.category)), cell_or_none(c.reason)});
  return "### SOC 2 categories in scope\n\n" + table.render() + "\n";
}

std::string objectives(const ServiceResult& s) {
  MarkdownTable table({{"Objective"}, {"Title"}});
  for (const auto& code : s.applicability.soc1_objectives) {
    const RequirementScore* r = s.soc1_type1.find(code);
    table.add_row({md_cell(code), r ? cell_or_none(r->title) : std::string(none)});
  }
  std::string out = "### SOC 1 objectives in scope\n\n" + table.render() + "\n";
  if (s.applicability.soc1_exclusions.empty()) return out;
  MarkdownTable excluded({{"Objective"}, {"Why it is excluded"}});
  for (const auto& e : s.applicability.soc1_exclusions)
    excluded.add_row({md_cell(e.objective), cell_or_none(e.reason)});
  return out + "### SOC 1 objectives excluded\n\n" + excluded.render() + "\n";
}

std::string applicability(const ServiceResult& s) {
  const auto& a = s.applicability;
  std::string out = "## Which reports apply\n\n";
  if (a.soc1.applies() || a.soc2.applies())
    out += fmt::format("This service needs **{}**.\n\n", md_text(a.verdict));
  else if (a.soc1.outcome == Outcome::undetermined || a.soc2.outcome == Outcome::undetermined)
    out += fmt::format("Which reports this service needs is not settled: **{}**.\n\n",
                       md_text(a.verdict));
  else
    out += "No SOC report applies to this service.\n\n";
  out += decision(s, Framework::soc1);
  out += decision(s, Framework::soc2);
  for (const auto& [heading, items] : scoring::applicability_notes(a, true))
    out += fmt::format("**{}:**\n\n", heading) + bullet_list(items) + "\n";
  if (a.soc2.outcome != Outcome::does_not_apply) out += categories(s);
  if (a.soc1.outcome != Outcome::does_not_apply) out += objectives(s);
  return out;
}

// ---- Readiness per framework ----

std::string summary(const ServiceResult& s, Framework f) {
  MarkdownTable table({{"Report"},
                       {"Readiness", Align::right},
                       {"Band"},
                       {"Covered", Align::right},
                       {"Blockers", Align::right}});
  for (ReportType t : scoring::all_report_types) {
    const Readiness& r = s.readiness(f, t);
    table.add_row({fmt::format("Type {}", name(t)), one_decimal(r.readiness),
                   std::string(scoring::name(r.band)),
                   fmt::format("{} of {}", r.covered, r.in_scope),
                   std::to_string(r.blockers.size())});
  }
  return table.render() + "\n";
}

double mean_percent(double sum, int count) { return count ? 100.0 * sum / count : 0.0; }

std::string coverage(const ServiceResult& s, Framework f, bool explain) {
  const Readiness& one = s.readiness(f, ReportType::type1);
  const Readiness& two = s.readiness(f, ReportType::type2);
  struct Series {
    std::string id, title;
    int in_scope = 0, covered = 0;
    double sum1 = 0, sum2 = 0;
  };
  std::vector<Series> series;  // in catalog order, as the requirements come
  for (const auto& r : one.requirements) {
    auto it = std::find_if(series.begin(), series.end(),
                           [&](const Series& x) { return x.id == r.series; });
    if (it == series.end()) {
      series.push_back({r.series, r.series_title.empty() ? r.category : r.series_title});
      it = series.end() - 1;
    }
    ++it->in_scope;
    if (r.score > 0) ++it->covered;
    it->sum1 += r.score;
    if (const RequirementScore* r2 = two.find(r.code)) it->sum2 += r2->score;
  }
  if (series.empty()) return "No requirements are in scope.\n\n";
  MarkdownTable table({{"Series"},
                       {"In scope", Align::right},
                       {"Covered", Align::right},
                       {"Type I", Align::right},
                       {"Type II", Align::right}});
  for (const auto& x : series)
    table.add_row({md_cell(x.id + " " + x.title), std::to_string(x.in_scope),
                   std::to_string(x.covered), one_decimal(mean_percent(x.sum1, x.in_scope)),
                   one_decimal(mean_percent(x.sum2, x.in_scope))});
  std::string out = "### Coverage by series\n\n" + table.render() + "\n";
  if (explain)
    out +=
        "Covered: requirements with at least one effective control. Type I and Type II: the mean "
        "score of the series' requirements, 0 to 100.\n\n";
  return out;
}

// `owners[i]`: the distinct owners of the controls of `two`'s gap i, or null to find them here.
void gaps(std::string& out, const Readiness& one, const Readiness& two,
          const std::vector<std::vector<std::string_view>>* owners) {
  // Type II scores never exceed Type I, so its gaps include every Type I gap; one list, with
  // the blocker column saying which reports each one blocks.
  out += "### Gaps, most urgent first\n\n";
  if (two.gaps.empty()) {
    out += "None: every requirement in scope is at full score for Type I and Type II.\n\n";
    return;
  }
  MarkdownTable table({{"Requirement"}, {"Blocks"}, {"Why"}, {"Controls"}, {"Owners"}});
  for (std::size_t i = 0; i < two.gaps.size(); ++i) {
    const scoring::Gap& g = two.gaps[i];
    const RequirementScore& r = two.requirement_of(g);
    std::string requirement = md_cell(g.code);
    // Appended, not " " + ...: GCC 12 at -O3 warns falsely (-Wrestrict) on that.
    if (!r.title.empty()) requirement.append(" ").append(md_cell(r.title));
    const bool blocks_type1 =
        std::find(one.blockers.begin(), one.blockers.end(), g.code) != one.blockers.end();
    const std::string blocks = !g.blocker     ? std::string(none)
                               : blocks_type1 ? "Type I and II"
                                              : "Type II";
    const auto vendor = scoring::vendor_gap_text(r, g.reason);
    table.add_row(
        {requirement, blocks,
         vendor ? md_cell(*vendor) : sentence_case(scoring::describe(g.reason)),
         cell_list(scoring::control_keys(r.controls)),
         owners ? cell_list(owners->at(i)) : cell_list(scoring::control_owners(r.controls))});
  }
  table.render_to(out);
  out += '\n';
}

// SOC 1 blockers that controls already tagged with Trust Services Criteria could address.
std::string soc1_hint_section(const ServiceResult& s) {
  const auto hints = scoring::soc1_hints(s);
  if (hints.empty()) return {};
  std::string out =
      "Controls already tagged with Trust Services Criteria could address these blockers:\n\n";
  for (const auto& h : hints)
    out += fmt::format("- {}: {}\n", md_cell(h.objective), md_cell(scoring::hint_text(h)));
  return out + fmt::format(
                   "\nReview the suggested mappings with `{}` and import the file it writes with "
                   "`socready import controls`.\n\n",
                   scoring::suggest_command(s.service));
}

// `first`: the first framework section, which carries the notes that hold for both.
void readiness(std::string& out, const ServiceResult& s, const ServiceLists& lists, Framework f,
               bool first, DeviationCells& cells) {
  out += fmt::format("## {} readiness\n\n", label(f));
  out += summary(s, f);
  out += coverage(s, f, first);
  gaps(out, s.readiness(f, ReportType::type1), s.readiness(f, ReportType::type2),
       &lists.gap_owners[f == Framework::soc1 ? 0 : 1]);
  if (f == Framework::soc1) out += soc1_hint_section(s);
  append_deviations(out, s.readiness(f, ReportType::type2), cells);
}

// ---- Evidence running out, and the trend ----

std::string expiring(const ReportInput& input, const std::vector<ExpiringEvidence>& items) {
  const std::string next = Quarter::containing(input.as_of).next().label();
  std::string out = fmt::format("## Evidence that will go stale in {}\n\n", next);
  if (items.empty()) return out + fmt::format("No evidence on file runs out in {}.\n\n", next);
  out += fmt::format(
      "The latest evidence of these controls stops counting as current during {}. File new "
      "evidence by the date shown to keep today's readiness.\n\n",
      next);
  MarkdownTable table(
      {{"Control"}, {"Owner"}, {"Frequency"}, {"Latest evidence"}, {"Current until"}});
  for (const auto& e : items) {
    const scoring::ControlScore& c = *e.control.front();
    std::string control = md_cell(c.key);
    if (!c.title.empty()) control.append(" ").append(md_cell(c.title));  // as in gaps()
    table.add_row({control, cell_or_none(c.owner),
                   e.vendor_report ? std::string("vendor SOC report")
                   : e.frequency   ? std::string(name(*e.frequency))
                                   : std::string(none),
                   e.latest.iso(), e.current_until.iso()});
  }
  return out + table.render() + "\n";
}

std::string trend(const ReportInput& input, const ServiceResult& s) {
  return "## Trend\n\n" + render_trend(trend_points(input, s)) + "\n";
}

}  // namespace

std::string render_gaps(const Readiness& type1, const Readiness& type2) {
  std::string out;
  gaps(out, type1, type2, nullptr);
  return out;
}

std::string render_deviations(const Readiness& type2) {
  std::string out;
  DeviationCells cells;
  append_deviations(out, type2, cells);
  return out;
}

std::string render_service(const ReportInput& input, const ServiceResult& service) {
  DeviationCells cells;
  return render_service(input, service, service_lists(service, input.as_of), cells);
}

std::string render_service(const ReportInput& input, const ServiceResult& service,
                           const ServiceLists& lists, DeviationCells& cells) {
  std::string out = header(input, service);
  out += applicability(service);
  bool first = true;
  for (Framework f : scoring::all_frameworks)
    if (service.applicability.decision(f).applies()) {
      readiness(out, service, lists, f, first, cells);
      first = false;
    }
  if (!applicable_reports(service).empty()) out += expiring(input, lists.expiring);
  out += render_subservice(input.vendors, service.service, input.as_of);
  out += render_cuecs(input.cuecs, service.service);
  out += trend(input, service);
  // One newline at the end, whatever the last section left.
  while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
  out += footer(input);
  return out;
}

}  // namespace socready::report

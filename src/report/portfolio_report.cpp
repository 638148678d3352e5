#include "report/portfolio_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "report/file_names.hpp"
#include "report/format.hpp"
#include "report/history.hpp"
#include "report/markdown.hpp"
#include "report/notice.hpp"
#include "report/service_facts.hpp"
#include "report/system_report.hpp"
#include "report/table.hpp"
#include "scoring/applicability_text.hpp"
#include "scoring/policy.hpp"

namespace socready::report {

namespace {

using Align = MarkdownTable::Align;
using scoring::Band;
using scoring::Outcome;
using scoring::ServiceResult;

constexpr std::size_t max_movers = 5;

// Services in product line order (those without one last), then slug; the caller's order is
// not trusted, since the output must not depend on it.
std::vector<std::size_t> service_order(const std::vector<ServiceResult>& services) {
  std::vector<std::size_t> order(services.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = services[a];
    const auto& y = services[b];
    if (x.product_line.empty() != y.product_line.empty()) return y.product_line.empty();
    if (x.product_line != y.product_line) return x.product_line < y.product_line;
    return x.service < y.service;
  });
  return order;
}

std::string_view previous_period_label(const ReportInput& input) {
  std::string_view latest;
  for (const auto& [slug, points] : input.history)
    for (const auto& p : points)
      if (period_before(p.period, input.period) &&
          (latest.empty() || period_before(latest, p.period)))
        latest = p.period;
  return latest;
}

// ---- Summary ----

std::string applicability_counts(const std::vector<ServiceResult>& services) {
  int soc1 = 0, soc2 = 0, both = 0, neither = 0, undetermined = 0, open_questions = 0;
  for (const auto& s : services) {
    const auto& a = s.applicability;
    const bool one = a.soc1.applies(), two = a.soc2.applies();
    if (one && two)
      ++both;
    else if (one)
      ++soc1;
    else if (two)
      ++soc2;
    else if (a.soc1.outcome == Outcome::undetermined || a.soc2.outcome == Outcome::undetermined)
      ++undetermined;
    else
      ++neither;
    if (!a.unknowns.empty()) ++open_questions;
  }
  std::string out = fmt::format(
      "- Reports needed: SOC 1 only {}, SOC 2 only {}, both {}, neither {}, undetermined {}.\n",
      soc1, soc2, both, neither, undetermined);
  if (open_questions)
    out += fmt::format(
        "- {} {} still {} unanswered applicability questions (see each service's page).\n",
        open_questions, open_questions == 1 ? "service" : "services",
        open_questions == 1 ? "has" : "have");
  return out;
}

std::string band_table(const std::vector<ServiceResult>& services) {
  constexpr Band bands[] = {Band::ready, Band::nearly_ready, Band::in_progress, Band::early};
  std::vector<MarkdownTable::Column> columns{{"Report"}, {"Services", Align::right}};
  for (Band b : bands) columns.push_back({std::string(scoring::name(b)), Align::right});
  columns.push_back({"Blockers", Align::right});
  MarkdownTable table(std::move(columns));
  for (const auto& k : all_report_kinds()) {
    int in_scope = 0;
    std::size_t blockers = 0;
    int per_band[std::size(bands)] = {};
    for (const auto& s : services) {
      const auto& r = s.readiness(k.framework, k.type);
      if (!r.applies()) continue;
      ++in_scope;
      blockers += r.blockers.size();
      for (std::size_t i = 0; i < std::size(bands); ++i)
        if (r.band == bands[i]) ++per_band[i];
    }
    if (!in_scope) continue;
    std::vector<std::string> row{report_label(k.framework, k.type), std::to_string(in_scope)};
    for (int n : per_band) row.push_back(std::to_string(n));
    row.push_back(std::to_string(blockers));
    table.add_row(std::move(row));
  }
  if (table.empty()) return "No service needs a SOC report yet.\n\n";
  return table.render() + "\n";
}

struct Mover {
  const ServiceResult* service;
  ReportKind kind;
  double change;
};

// A service's largest rise and largest fall are listed apart, so one report's improvement never
// hides another's regression.
std::string mover_list(std::vector<Mover> list, const char* heading, std::string_view previous) {
  if (list.empty()) return {};
  std::stable_sort(list.begin(), list.end(), [](const Mover& a, const Mover& b) {
    if (std::abs(a.change) != std::abs(b.change)) return std::abs(a.change) > std::abs(b.change);
    return a.service->service < b.service->service;
  });
  if (list.size() > max_movers) list.resize(max_movers);
  std::string out = fmt::format("{} since {}:\n\n", heading, md_text(previous));
  for (const auto& m : list) {
    const auto& r = m.service->readiness(m.kind.framework, m.kind.type);
    out += fmt::format("- {}: {} {}, now {}\n", md_text(display_name(*m.service)),
                       report_label(m.kind.framework, m.kind.type), change_text(m.change),
                       one_decimal(r.readiness));
  }
  return out + "\n";
}

std::string movers(const ReportInput& input) {
  const std::string_view previous = previous_period_label(input);
  if (previous.empty())
    return "No earlier period is on record, so there are no changes to report yet.\n\n";
  std::vector<Mover> regressions;
  std::vector<Mover> improvements;
  for (const auto& s : input.services) {
    std::optional<Mover> fall;
    std::optional<Mover> rise;
    for (const auto& k : applicable_reports(s)) {
      const auto change = change_since_previous(input, s, k.framework, k.type);
      if (!change || unchanged(*change)) continue;
      auto& slot = *change < 0 ? fall : rise;
      if (!slot || std::abs(*change) > std::abs(slot->change)) slot = Mover{&s, k, *change};
    }
    if (fall) regressions.push_back(*fall);
    if (rise) improvements.push_back(*rise);
  }
  if (regressions.empty() && improvements.empty())
    return fmt::format("No readiness changed since {}.\n\n", md_text(previous));
  return mover_list(std::move(regressions), "Biggest regressions", previous) +
         mover_list(std::move(improvements), "Biggest improvements", previous);
}

std::string summary(const ReportInput& input) {
  const auto& services = input.services;
  std::vector<std::string> lines;
  for (const auto& s : services)
    if (std::find(lines.begin(), lines.end(), s.product_line) == lines.end())
      lines.push_back(s.product_line);
  int blockers = 0;
  for (const auto& s : services) blockers += distinct_blockers(s);

  std::string out = "## Summary\n\n";
  out += fmt::format("- {} {} tracked in {} product {}.\n", services.size(),
                     services.size() == 1 ? "service" : "services", lines.size(),
                     lines.size() == 1 ? "line" : "lines");
  out += applicability_counts(services);
  out += fmt::format(
      "- {} open {}: requirements with no effective control, counted once per service.\n\n",
      blockers, blockers == 1 ? "blocker" : "blockers");
  out += band_table(services);
  out += movers(input);
  return out;
}

// ---- Product lines ----

std::string readiness_cell(const ServiceResult& s, const ReportKind& k,
                           const std::optional<ReportKind>& headline) {
  const auto& r = s.readiness(k.framework, k.type);
  if (!r.applies()) return std::string(none);
  const std::string value = one_decimal(r.readiness);
  return headline == k ? "**" + value + "**" : value;
}

std::string service_row_table(const ReportInput& input, const std::vector<std::size_t>& members,
                              const std::vector<std::string>& paths) {
  std::vector<MarkdownTable::Column> columns{{"Service"}, {"Reports"}};
  for (const auto& k : all_report_kinds())
    columns.push_back({report_label(k.framework, k.type), Align::right});
  columns.push_back({"Band"});
  columns.push_back({"Change", Align::right});
  columns.push_back({"Blockers", Align::right});
  MarkdownTable table(std::move(columns));
  for (std::size_t i : members) {
    const ServiceResult& s = input.services[i];
    const auto headline = least_ready_report(s);
    std::vector<std::string> row{fmt::format("[{}]({})", md_cell(display_name(s)), paths[i]),
                                 md_cell(s.applicability.verdict)};
    for (const auto& k : all_report_kinds()) row.push_back(readiness_cell(s, k, headline));
    if (headline) {
      row.push_back(
          std::string(scoring::name(s.readiness(headline->framework, headline->type).band)));
      row.push_back(
          change_text(change_since_previous(input, s, headline->framework, headline->type)));
    } else {
      row.push_back(std::string(none));
      row.push_back(std::string(none));
    }
    row.push_back(std::to_string(distinct_blockers(s)));
    table.add_row(std::move(row));
  }
  return table.render();
}

// "SOC 2: undetermined — answer: …" for each framework of these services still undetermined.
std::string undetermined_list(const ReportInput& input, const std::vector<std::size_t>& members,
                              const std::vector<std::string>& paths) {
  std::string out;
  for (std::size_t i : members) {
    const ServiceResult& s = input.services[i];
    for (Framework f : scoring::all_frameworks)
      if (const auto& d = s.applicability.decision(f); d.outcome == Outcome::undetermined)
        out += fmt::format("- [{}]({}): {}\n", md_cell(display_name(s)), paths[i],
                           md_text(scoring::undetermined_line(f, d)));
  }
  return out.empty() ? out : out + "\n";
}

std::string product_lines(const ReportInput& input) {
  const auto order = service_order(input.services);
  const auto paths = service_file_paths(input.services);
  std::string out;
  for (std::size_t begin = 0; begin < order.size();) {
    const std::string& line = input.services[order[begin]].product_line;
    std::size_t end = begin;
    while (end < order.size() && input.services[order[end]].product_line == line) ++end;
    const std::vector<std::size_t> members(order.begin() + static_cast<std::ptrdiff_t>(begin),
                                           order.begin() + static_cast<std::ptrdiff_t>(end));
    out += fmt::format("## {}\n\n", line.empty() ? "No product line" : md_text(line));
    out += service_row_table(input, members, paths) + "\n";
    out += undetermined_list(input, members, paths);
    begin = end;
  }
  return out;
}

// ---- Footnote ----

std::string how_to_read(const ReportInput& input) {
  namespace policy = scoring::policy;
  std::string out = "## How to read this\n\n";
  out +=
      "- **Readiness** runs from 0 to 100: the mean score of the requirements in scope, where a "
      "requirement scores what its best control scores. — means the report does not apply or is "
      "undetermined (its questions are listed under the product line).\n";
  out += fmt::format(
      "- **Bands:** Ready at {} or more with no blockers (for Type II, also no deviation or "
      "missing period on a key control); Nearly ready at {} or more but not Ready; In progress "
      "at {} or more; Early below {}.\n",
      threshold(policy::band_ready_min), threshold(policy::band_nearly_ready_min),
      threshold(policy::band_in_progress_min), threshold(policy::band_in_progress_min));
  out += fmt::format(
      "- **Type I** asks whether controls are designed and in place on {}. **Type II** asks "
      "whether they operated over the {}-month observation window that ends then, with as much "
      "evidence as an auditor would sample.\n",
      input.as_of.iso(), input.window_months);
  out +=
      "- **Blockers** are requirements that no effective control addresses yet.\n"
      "- **Band** and **Change** describe each service's least ready report, shown in bold. "
      "Change is in points since the previous period; *new* means the report did not apply, "
      "or the service was not tracked, then.\n\n";
  return out;
}

}  // namespace

std::string render_portfolio(const ReportInput& input) {
  std::string out = preliminary_notice(input);
  out +=
      fmt::format("# SOC readiness, {} (as of {})\n\n", md_text(input.period), input.as_of.iso());
  out +=
      "How ready each service is for the SOC 1 and SOC 2 reports it needs, Type I and Type II.\n\n";
  out += "Open work by owner, across services: [owners.md](owners.md).\n\n";
  out += summary(input);
  out += render_systems_table(input);
  out += product_lines(input);
  out += how_to_read(input);
  while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
  return out + footer(input);
}

}  // namespace socready::report

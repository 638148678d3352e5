#include "report/plan_output.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/text.hpp"
#include "core/text_table.hpp"
#include "report/markdown.hpp"
#include "report/table.hpp"

namespace socready::report {

namespace {

using scoring::FrameworkPlan;
using scoring::MustHappenKind;

// How the tables name what must happen.
constexpr EnumText<MustHappenKind::population> what_names{"annual control", "vendor report",
                                                          "population"};

std::string what(MustHappenKind k) { return std::string(what_names.name(k)); }

std::string date_line(const FrameworkPlan& f, int months) {
  if (f.earliest_end)
    return fmt::format("Earliest Type II period end: {} ({}-month window from {})",
                       f.earliest_end->iso(), months, f.window_opens->iso());
  if (!f.blockers.empty())
    return fmt::format("Earliest Type II period end: none while {} blocker{} remain{}",
                       f.blockers.size(), f.blockers.size() == 1 ? "" : "s",
                       f.blockers.size() == 1 ? "s" : "");
  return fmt::format("Earliest Type II period end: none: {}", f.no_date_reason);
}

std::string period_line(const FrameworkPlan& f) {
  return fmt::format("Planned Type II period {} to {}", f.planned->start.iso(),
                     f.planned->end.iso());
}

nlohmann::ordered_json date_or_null(const std::optional<Date>& d) {
  return d ? nlohmann::ordered_json(d->iso()) : nlohmann::ordered_json();
}

}  // namespace

std::string plan_text(const scoring::Plan& plan) {
  std::string out = fmt::format("Plan for {} ({}) as of {}, {}-month Type II window\n", plan.name,
                                plan.system, plan.as_of.iso(), plan.window_months);
  if (plan.frameworks.empty())
    out += "\nNo report is planned for this system and none applies to its services.\n";
  for (const auto& f : plan.frameworks) {
    out += fmt::format("\n{}: {} requirements in scope\n{}\n", label(f.framework), f.requirements,
                       date_line(f, plan.window_months));
    // Vendors the date relies on hold it back never (scoring/plan.hpp).
    if (f.earliest_end && std::all_of(f.deciding.begin(), f.deciding.end(),
                                      [](const scoring::DecidingControl& d) { return d.vendor; }))
      out += "Nothing holds it later than the as-of date.\n";
    if (!f.deciding.empty()) {
      out += "Decided by:\n";
      TextTable t({{"Control"}, {"Requirements"}, {"Why"}});
      for (const auto& d : f.deciding)
        t.add_row({d.key, fmt::format("{}", fmt::join(d.requirements, ", ")), d.reason});
      out += t.render();
    }
    if (!f.blockers.empty()) {
      out += "Blockers:\n";
      TextTable t({{"Requirement"}, {"Why"}});
      for (const auto& b : f.blockers) t.add_row({b.code, b.reason});
      out += t.render();
    }
    if (f.planned) {
      out += period_line(f);
      if (f.must_happen.empty()) {
        out += ": nothing more must happen inside it.\n";
      } else {
        out += ": what must still happen inside it:\n";
        TextTable t({{"What"}, {"Subject"}, {"Detail"}});
        for (const auto& m : f.must_happen) t.add_row({what(m.kind), m.subject, m.detail});
        out += t.render();
      }
    }
  }
  return out;
}

nlohmann::ordered_json plan_json(const scoring::Plan& plan) {
  nlohmann::ordered_json j;
  j["system"] = plan.system;
  j["name"] = plan.name;
  j["as_of"] = plan.as_of.iso();
  j["window_months"] = plan.window_months;
  j["frameworks"] = nlohmann::ordered_json::array();
  for (const auto& f : plan.frameworks) {
    nlohmann::ordered_json fj;
    fj["framework"] = std::string(name(f.framework));
    fj["requirements"] = f.requirements;
    fj["earliest_end"] = date_or_null(f.earliest_end);
    fj["window_opens"] = date_or_null(f.window_opens);
    fj["deciding"] = nlohmann::ordered_json::array();
    for (const auto& d : f.deciding)
      fj["deciding"].push_back(
          {{"control", d.key}, {"reason", d.reason}, {"requirements", d.requirements}});
    fj["blockers"] = nlohmann::ordered_json::array();
    for (const auto& b : f.blockers)
      fj["blockers"].push_back({{"requirement", b.code}, {"reason", b.reason}});
    fj["no_date_reason"] = f.no_date_reason.empty() ? nlohmann::ordered_json()
                                                    : nlohmann::ordered_json(f.no_date_reason);
    fj["planned_period"] = f.planned ? nlohmann::ordered_json{{"start", f.planned->start.iso()},
                                                              {"end", f.planned->end.iso()}}
                                     : nlohmann::ordered_json();
    fj["must_happen"] = nlohmann::ordered_json::array();
    for (const auto& m : f.must_happen)
      fj["must_happen"].push_back(
          {{"kind", std::string(name(m.kind))}, {"subject", m.subject}, {"detail", m.detail}});
    j["frameworks"].push_back(std::move(fj));
  }
  return j;
}

std::string plan_markdown(const scoring::Plan& plan) {
  std::string out =
      fmt::format("## Earliest Type II period end\n\nAs of {}, for a {}-month window.\n",
                  plan.as_of.iso(), plan.window_months);
  for (const auto& f : plan.frameworks) {
    out += fmt::format("\n**{}**: {}.\n", label(f.framework),
                       md_text(date_line(f, plan.window_months)));
    if (!f.deciding.empty()) {
      MarkdownTable t({{"Deciding control"}, {"Requirements"}, {"Why"}});
      for (const auto& d : f.deciding)
        t.add_row({md_cell(d.key), md_cell(fmt::format("{}", fmt::join(d.requirements, ", "))),
                   md_cell(d.reason)});
      out += "\n" + t.render();
    }
    if (!f.blockers.empty()) {
      MarkdownTable t({{"Blocker"}, {"Why"}});
      for (const auto& b : f.blockers) t.add_row({md_cell(b.code), md_cell(b.reason)});
      out += "\n" + t.render();
    }
  }
  out += "\n## What must still happen\n";
  bool any_period = false;
  for (const auto& f : plan.frameworks) {
    if (!f.planned) continue;
    any_period = true;
    out += fmt::format("\n**{}**: {}", label(f.framework), md_text(period_line(f)));
    if (f.must_happen.empty()) {
      out += ": nothing more must happen inside it.\n";
      continue;
    }
    out += ".\n\n";
    MarkdownTable t({{"What"}, {"Subject"}, {"Detail"}});
    for (const auto& m : f.must_happen)
      t.add_row({md_cell(what(m.kind)), md_cell(m.subject), md_cell(m.detail)});
    out += t.render();
  }
  if (!any_period) out += "\nNo Type II period is planned for this system.\n";
  return out + "\n";  // a blank line before the page's next section
}

}  // namespace socready::report

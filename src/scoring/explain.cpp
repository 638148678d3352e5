#include "scoring/explain.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "scoring/applicability_text.hpp"
#include "scoring/control_score.hpp"
#include "scoring/numbers.hpp"
#include "scoring/policy.hpp"
#include "scoring/readiness.hpp"
#include "scoring/soc1_hints.hpp"

namespace socready::scoring {

namespace {

using Out = std::back_insert_iterator<std::string>;

std::string deviation_text(const Deviation& d) {
  if (d.missing()) return fmt::format("MISSING: no evidence for {}", d.period);
  std::string text =
      fmt::format("DEVIATION: {} test {} {}", d.control, d.date.iso(), d.result_name());
  if (d.sample_size || d.deviations)
    text += fmt::format(", sample {}, deviations {}",
                        d.sample_size ? std::to_string(*d.sample_size) : "?",
                        d.deviations ? std::to_string(*d.deviations) : "?");
  if (!d.management_response.empty())
    text += fmt::format("; management response: {}", d.management_response);
  if (d.remediated_on) text += fmt::format("; remediated on {}", d.remediated_on->iso());
  return text;
}

std::string frequency_text(const ControlScore& c) {
  return c.frequency ? std::string(name(*c.frequency)) : std::string("no frequency");
}

void status_line(Out out, const ControlScore& c) {
  fmt::format_to(out,
                 "      status {}: weight {} (policy: implemented {}, partial {}, planned {})\n",
                 name(c.status), number(c.status_weight), number(policy::weight_implemented),
                 number(policy::weight_partial), number(policy::weight_planned));
}

void evidence_line(Out out, const ControlScore& c, Date as_of) {
  if (!c.latest_evidence) {
    fmt::format_to(out, "      evidence: none on file: ×{} (policy: no current evidence ×{})\n",
                   number(c.evidence_factor), number(policy::factor_no_current_evidence));
    return;
  }
  int age = as_of.days() - c.latest_evidence->days();
  bool current = c.evidence_factor >= 1.0;
  fmt::format_to(
      out, "      evidence: latest {}, {} day{} old; {} allows {}: {}\n", c.latest_evidence->iso(),
      age, age == 1 ? "" : "s", frequency_text(c), c.max_evidence_age_days,
      current ? std::string("current, ×1")
              : fmt::format("stale, ×{} (policy: no current evidence ×{})",
                            number(c.evidence_factor), number(policy::factor_no_current_evidence)));
}

void test_line(Out out, const ControlScore& c) {
  if (!c.latest_test) {
    fmt::format_to(out, "      test: none on file: ×1 (policy: untested is not reduced)\n");
    return;
  }
  fmt::format_to(out, "      test: latest {} {}: ×{} (policy: fail ×{}, exception ×{}, pass ×1)\n",
                 c.latest_test->iso(), name(*c.latest_test_result), number(c.test_factor),
                 number(policy::factor_test_failed), number(policy::factor_test_exception));
}

void history_lines(Out out, const ControlScore& c, const Window& w, bool itgc_ok) {
  if (!c.operating_start)
    fmt::format_to(out, "      operating: not operating (no start on or before {}): ×0\n",
                   w.closes.iso());
  else
    fmt::format_to(
        out,
        "      operating: since {} (implemented_on {}), {} of the window's {} days{}: "
        "×{} (policy: full credit when operating before {}; a partial day counts {})\n",
        c.operating_start->iso(), c.implemented_on ? c.implemented_on->iso() : std::string("none"),
        c.days_operating_in_window, c.window_days,
        c.partial_days_in_window ? fmt::format(", {} of them partial", c.partial_days_in_window)
                                 : std::string(),
        number(c.operating_factor), w.opens.iso(), number(policy::operating_partial_day));
  if (c.frequency == Frequency::event) {
    if (!c.population)
      fmt::format_to(out,
                     "      population: none on file; {} record{} in the window: ×{} (policy: "
                     "population unknown ×{})\n",
                     c.evidence_in_window, c.evidence_in_window == 1 ? "" : "s",
                     number(c.population_factor), number(policy::factor_population_unknown));
    else if (*c.population == 0)
      fmt::format_to(out,
                     "      population: 0 in the window: untested, no instance; Type I kept\n");
    else
      fmt::format_to(out,
                     "      population: {} in the window, {} record{}: min(1, {}/{}) = ×{}; the "
                     "auditor will sample {}\n",
                     *c.population, c.evidence_in_window, c.evidence_in_window == 1 ? "" : "s",
                     c.evidence_in_window, *c.population, number(c.population_factor),
                     c.required_sample);
  } else if (c.operating_start) {
    fmt::format_to(out, "      coverage: {} of {} required period{}{}: ×{}\n", c.covered_periods,
                   c.required_periods, c.required_periods == 1 ? "" : "s",
                   c.nature == Nature::automated ? " (automated: a test of one)" : "",
                   number(c.coverage_factor));
    fmt::format_to(out,
                   "      samples: {} evidence record{} since {}; sample {} (at most the required "
                   "periods): min(1, {}/{}) = ×{}\n",
                   c.evidence_in_window, c.evidence_in_window == 1 ? "" : "s",
                   std::max(w.opens, *c.operating_start).iso(), c.required_sample,
                   c.evidence_in_window, c.required_sample, number(c.sample_factor));
  }
  for (const auto& d : c.deviations) fmt::format_to(out, "      {}\n", deviation_text(d));
  if (c.deviation_factor < 1.0)
    fmt::format_to(out,
                   "      deviations: ×{} (policy: each fail ×{}, exception or deviations ×{})\n",
                   number(c.deviation_factor), number(policy::factor_deviation_fail),
                   number(policy::factor_deviation_exception));
  if (c.nature == Nature::automated)
    fmt::format_to(out, "      IT general controls: {}\n",
                   itgc_ok ? std::string("change management and logical access effective: ×1")
                           : fmt::format("change management or logical access is a blocker or "
                                         "carries a deviation: counted ×{} in its requirements",
                                         number(policy::factor_itgc_not_effective)));
}

// A carve-out vendor in full (SPEC §4a): its report, what that is worth, and the cap by the
// company's monitoring control, for the type(s) given.
void vendor_block(Out out, const ControlScore* type1, const ControlScore* type2, Date as_of) {
  const ControlScore& c = type1 ? *type1 : *type2;
  const VendorFacts& v = *c.vendor;
  fmt::format_to(out, "    {} \"{}\" (carve-out vendor {}, version valid from {}), owner {}\n",
                 c.key, c.title, v.vendor, c.valid_from.iso(),
                 c.owner.empty() ? "(none)" : c.owner);
  if (!v.report) {
    fmt::format_to(out, "      its report: none on file\n");
  } else {
    const VendorReport& r = *v.report;
    const int age = as_of.days() - r.period_end.days();
    fmt::format_to(out,
                   "      its report: {} Type {}, {} to {}, {} opinion; period ended {} day{} "
                   "before {} (full worth needs an end on or after {}, half worth on or after "
                   "{})\n",
                   label(r.framework), name(r.type), r.period_start.iso(), r.period_end.iso(),
                   name(r.opinion), age, age == 1 ? "" : "s", as_of.iso(),
                   as_of.plus_months(-policy::vendor_report_current_months).iso(),
                   as_of.plus_months(-policy::vendor_report_stale_months).iso());
  }
  if (v.bridge_letter_until)
    fmt::format_to(out, "      bridge letter to {}: counts only for planning\n",
                   v.bridge_letter_until->iso());
  fmt::format_to(out,
                 "      policy: same framework, Type II for Type II, unmodified, ended within {} "
                 "months {}; ended {} to {} months before, qualified, Type I for Type II or the "
                 "other framework {}; none, adverse, disclaimer or older 0\n",
                 policy::vendor_report_current_months, number(policy::vendor_worth_full),
                 policy::vendor_report_current_months, policy::vendor_report_stale_months,
                 number(policy::vendor_worth_lowered));
  for (const ControlScore* t : {type1, type2}) {
    if (!t) continue;
    const VendorFacts& f = *t->vendor;
    std::string cap;
    if (f.monitored_by.empty())
      cap = fmt::format("monitoring control not named: capped at {}",
                        number(policy::vendor_worth_unmonitored_cap));
    else if (!f.monitoring_score)
      cap = fmt::format("monitoring control {} not in scope: capped at 0", f.monitored_by);
    else
      cap = fmt::format("monitoring control {} scores {}", f.monitored_by,
                        number(*f.monitoring_score));
    fmt::format_to(out, "      Type {} = report {}, {}: {}{}\n", t == type1 ? "I " : "II",
                   number(f.report_worth), cap, number(t->score),
                   t->reasons.empty() ? std::string() : " (" + t->reasons.front() + ")");
  }
}

// One control in full: every factor and its source, for the type(s) given.
void control_block(Out out, const ControlScore* type1, const ControlScore* type2, const Window& w,
                   bool itgc_ok) {
  const ControlScore& c = type1 ? *type1 : *type2;
  if (c.vendor) return vendor_block(out, type1, type2, w.closes);
  fmt::format_to(
      out, "    {} \"{}\" (version valid from {}), owner {}, {}, {}{}{}\n", c.key, c.title,
      c.valid_from.iso(), c.owner.empty() ? "(none)" : c.owner, frequency_text(c), name(c.nature),
      c.is_key ? ", key control" : "",
      c.compensates.empty() ? std::string() : ", compensates " + list_text(c.compensates));
  status_line(out, c);
  evidence_line(out, c, w.closes);
  test_line(out, c);
  if (type1)
    fmt::format_to(out, "      Type I  = {} × {} × {} = {}\n", number(c.status_weight),
                   number(c.evidence_factor), number(c.test_factor), number(type1->score));
  if (type2) {
    history_lines(out, *type2, w, itgc_ok);
    const ControlScore& t = *type2;
    double design = t.status_weight * t.evidence_factor * t.test_factor;
    fmt::format_to(out,
                   "      Type II = {} × operating {} × coverage {} × sample {} × deviations {} × "
                   "population {} = {}{}\n",
                   number(design), number(t.operating_factor), number(t.coverage_factor),
                   number(t.sample_factor), number(t.deviation_factor), number(t.population_factor),
                   number(t.score),
                   counted_score(t, itgc_ok) < t.score
                       ? fmt::format(", counted {}", number(counted_score(t, itgc_ok)))
                       : std::string());
  }
}

const ControlScore* find_control(const RequirementScore& r, const std::string& key) {
  for (const auto& c : r.controls)
    if (c->key == key) return c;
  return nullptr;
}

// A SOC 1 blocker that controls tagged with its criteria could address, and how to map them.
void hint_line(Out out, const std::vector<Soc1Hint>& hints, const std::string& code,
               const std::string& service) {
  for (const auto& h : hints)
    if (h.objective == code)
      fmt::format_to(out, "    {}: review with '{}'\n", hint_text(h), suggest_command(service));
}

void requirement_block(Out out, const RequirementScore& r1, const RequirementScore& r2,
                       const Window& w, bool every_control, bool itgc_ok,
                       const std::vector<Soc1Hint>& hints, const std::string& service) {
  fmt::format_to(out, "\n  {} {} ({}, {})\n", r1.code, r1.title, r1.category, r1.series);
  for (const RequirementScore* r : {&r1, &r2}) {
    const char* type = r == &r1 ? "I " : "II";
    if (r->controls.empty()) {
      fmt::format_to(out, "    Type {}: 0, blocker: no control in scope addresses it\n", type);
      continue;
    }
    double highest = 0.0;
    for (const auto& c : r->controls)
      highest = std::max(highest, counted_score(*c, r == &r1 || itgc_ok));
    fmt::format_to(
        out, "    Type {}: {} = {} of {} control{} ({}){}{}\n", type, number(r->score),
        highest > r->score ? "capped by key control, not compensated, best" : "best",
        r->controls.size(), r->controls.size() == 1 ? "" : "s", r->best_control,
        r->blocker ? ", blocker: no control scores above 0" : "",
        r->gap ? fmt::format("; gap: {} ({})", name(*r->gap), describe(*r->gap)) : std::string());
  }
  hint_line(out, hints, r1.code, service);
  if (every_control) {
    for (std::size_t i = 0; i < r1.controls.size(); ++i)
      control_block(out, r1.controls[i], find_control(r2, r1.controls[i]->key), w, itgc_ok);
    return;
  }
  // The best controls only; with several controls the full list is one `explain` away.
  const ControlScore* best1 = r1.best();
  const ControlScore* best2 = r2.best();
  if (best1 && best2 && best1->key == best2->key) {
    control_block(out, best1, best2, w, itgc_ok);
  } else {
    if (best1) control_block(out, best1, nullptr, w, itgc_ok);
    if (best2) control_block(out, nullptr, best2, w, itgc_ok);
  }
  if (r1.controls.size() > 1)
    fmt::format_to(out, "    ({} more control{}: explain {} for each)\n", r1.controls.size() - 1,
                   r1.controls.size() == 2 ? "" : "s", r1.code);
}

void readiness_summary(Out out, const Readiness& r) {
  double sum = 0.0;
  for (const auto& q : r.requirements) sum += q.score;
  fmt::format_to(out, "\nType {}: readiness {:.1f}, band {}\n", name(r.type), r.display_readiness(),
                 name(r.band));
  if (r.requirements.empty()) {
    fmt::format_to(out, "  no requirements in scope: readiness 0\n");
  } else {
    fmt::format_to(out, "  = 100 × (sum of {} requirement scores) / {} = 100 × {} / {} = {}\n",
                   r.in_scope, r.in_scope, number(sum), r.in_scope, number(r.readiness));
    for (const auto& q : r.requirements)
      fmt::format_to(out, "    {:<14} {:>6}  {}\n", q.code, number(q.score),
                     q.best_control.empty() ? "(no control)" : q.best_control);
  }
  if (r.type == ReportType::type2) {
    if (!itgc_effective(r))
      fmt::format_to(out,
                     "  change management or logical access is a blocker or carries a deviation: "
                     "automated controls count ×{}\n",
                     number(policy::factor_itgc_not_effective));
    auto deviations = deviations_of(r);
    fmt::format_to(out, "  deviations in the window: {}\n",
                   deviations.empty() ? std::string("none") : std::to_string(deviations.size()));
    for (const auto& d : deviations)
      fmt::format_to(out, "    {}{} ({})\n", d.key_control ? "key control " : "",
                     d.deviation.missing() ? fmt::format("{}: no evidence for {}",
                                                         d.deviation.control, d.deviation.period)
                                           : deviation_text(d.deviation),
                     list_text(d.requirements));
  }
  fmt::format_to(
      out,
      "  in scope {}, covered {}, blockers {}{}; band policy: Ready >= {} with no "
      "blockers{}, Nearly ready >= {}, In progress >= {}, else Early\n",
      r.in_scope, r.covered, r.blockers.size(),
      r.blockers.empty() ? "" : " (" + list_text(r.blockers) + ")", number(policy::band_ready_min),
      r.type == ReportType::type2 ? " and no deviation or missing period on a key control" : "",
      number(policy::band_nearly_ready_min), number(policy::band_in_progress_min));
}

void header(Out out, const ServiceResult& result, Framework framework, const Window& w,
            const Options& options) {
  const ApplicabilityResult& a = result.applicability;
  const FrameworkDecision& d = a.decision(framework);
  fmt::format_to(out, "{} for {} ({}), as of {}\n", label(framework), result.service, result.name,
                 w.closes.iso());
  switch (d.outcome) {
    case Outcome::applies:
      fmt::format_to(out, "Applies: yes\n");
      break;
    case Outcome::does_not_apply:
      fmt::format_to(out, "Applies: no (scored anyway, band Not in scope)\n");
      break;
    case Outcome::undetermined:
      fmt::format_to(out, "Applies: undetermined (scored anyway, band Undetermined)\n");
      break;
  }
  for (const auto& line : d.rationale) fmt::format_to(out, "  {}\n", line);
  if (d.outcome == Outcome::undetermined)
    fmt::format_to(out, "  {}\n", undetermined_line(framework, d));
  if (framework == Framework::soc2) {
    fmt::format_to(out, "Categories in scope:\n");
    for (const auto& line : category_lines(a)) fmt::format_to(out, "  {}\n", line);
  } else {
    fmt::format_to(out, "Objectives in scope: {}\n", list_text(a.soc1_objectives, "(none)"));
    for (const auto& e : a.soc1_exclusions)
      fmt::format_to(out, "Objective excluded: {} ({})\n", e.objective, e.reason);
  }
  for (const auto& [heading, items] : applicability_notes(a, false)) {
    fmt::format_to(out, "{}:\n", heading);
    for (const auto& line : items) fmt::format_to(out, "  {}\n", line);
  }
  fmt::format_to(out, "Type II window: {} to {} ({} months, {} days)\n", w.opens.iso(),
                 w.closes.iso(), options.window_months, w.days());
}

}  // namespace

std::string explain(const ServiceResult& result, Framework framework,
                    std::optional<std::string> requirement, const Options& options,
                    std::span<const ObjectiveCriteria> extra) {
  const Window w = observation_window(options);
  const auto hints =
      framework == Framework::soc1 ? soc1_hints(result, extra) : std::vector<Soc1Hint>{};
  const Readiness& r1 = result.readiness(framework, ReportType::type1);
  const Readiness& r2 = result.readiness(framework, ReportType::type2);
  std::string text;
  Out out(text);
  header(out, result, framework, w, options);

  if (requirement) {
    const RequirementScore* q1 = r1.find(*requirement);
    const RequirementScore* q2 = r2.find(*requirement);
    if (!q1 || !q2) {
      const auto& excluded = result.applicability.soc1_exclusions;
      const auto e = std::find_if(excluded.begin(), excluded.end(),
                                  [&](const Exclusion& x) { return x.objective == *requirement; });
      if (framework == Framework::soc1 && e != excluded.end())
        fmt::format_to(out, "\n{} is excluded from the SOC 1 scope of {}: {}\n", *requirement,
                       result.service, e->reason);
      else
        fmt::format_to(out, "\n{} is not in scope of {} for {}.\n", *requirement, label(framework),
                       result.service);
      return text;
    }
    requirement_block(out, *q1, *q2, w, true, itgc_effective(r2), hints, result.service);
    return text;
  }

  readiness_summary(out, r1);
  readiness_summary(out, r2);
  fmt::format_to(out, "\nRequirements:\n");
  const bool itgc_ok = itgc_effective(r2);
  for (std::size_t i = 0; i < r1.requirements.size() && i < r2.requirements.size(); ++i)
    requirement_block(out, r1.requirements[i], r2.requirements[i], w, false, itgc_ok, hints,
                      result.service);
  return text;
}

}  // namespace socready::scoring

#include "scoring/control_score.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "scoring/evidence_currency.hpp"
#include "scoring/numbers.hpp"
#include "scoring/periods.hpp"
#include "scoring/policy.hpp"
#include "scoring/population.hpp"

namespace socready::scoring {

Window observation_window(const Options& options) {
  return {options.as_of.plus_months(-options.window_months), options.as_of};
}

namespace {

// The inventory promises dates on or before the as-of date, but cutting here too costs a binary
// search and keeps a careless caller from scoring the future.
std::optional<Date> latest_evidence(const std::vector<Date>& evidence, Date as_of) {
  auto end = std::upper_bound(evidence.begin(), evidence.end(), as_of);
  if (end == evidence.begin()) return std::nullopt;
  return *std::prev(end);
}

int count_in(const std::vector<Date>& evidence, Date from, Date to) {
  auto first = std::lower_bound(evidence.begin(), evidence.end(), from);
  auto last = std::upper_bound(evidence.begin(), evidence.end(), to);
  return first < last ? static_cast<int>(last - first) : 0;
}

const TestFacts* latest_test(const std::vector<TestFacts>& tests, Date as_of) {
  auto end = std::upper_bound(tests.begin(), tests.end(), as_of,
                              [](Date d, const auto& t) { return d < t.on; });
  if (end == tests.begin()) return nullptr;
  return &*std::prev(end);
}

std::string frequency_name(std::optional<Frequency> f) {
  return f ? std::string(name(*f)) : std::string("no frequency");
}

bool operating(Status s) { return s == Status::implemented || s == Status::partial; }

void add_gap(ControlScore& c, GapReason r) {
  if (!c.gap || r < *c.gap) c.gap = r;
}

// Status weight, evidence and test: the Type I part, also the base of Type II.
void score_design(const ControlFacts& facts, Date as_of, ControlScore& c) {
  const ControlVersion& v = facts.version;
  c.status_weight = policy::status_weight(v.status);
  if (v.status == Status::partial) {
    c.gap = GapReason::partial;
    c.reasons.push_back(fmt::format("status partial: weight {}", number(policy::weight_partial)));
  } else if (v.status == Status::planned || v.status == Status::not_applicable) {
    c.gap = GapReason::planned_only;
    c.reasons.push_back(
        fmt::format("status {}: weight {}", name(v.status), number(policy::weight_planned)));
  }

  if (const auto* t = latest_test(facts.tests, as_of)) {
    c.latest_test = t->on;
    c.latest_test_result = t->result;
    if (t->result != TestResult::pass) {
      bool failed = t->result == TestResult::fail;
      c.test_factor = failed ? policy::factor_test_failed : policy::factor_test_exception;
      c.reasons.push_back(fmt::format("latest test {} {}: ×{}", t->on.iso(),
                                      failed ? "failed" : "had an exception",
                                      number(c.test_factor)));
      add_gap(c, GapReason::failed_test);
    }
  }

  c.max_evidence_age_days = policy::max_evidence_age_days(v.frequency, v.nature);
  c.latest_evidence = latest_evidence(facts.evidence, as_of);
  int age = c.latest_evidence ? as_of.days() - c.latest_evidence->days() : 0;
  if (!c.latest_evidence ||
      !evidence_is_current(*c.latest_evidence, c.max_evidence_age_days, as_of)) {
    c.evidence_factor = policy::factor_no_current_evidence;
    c.reasons.push_back(
        c.latest_evidence ? fmt::format("latest evidence {} is {} days old, {}{} allows {}: ×{}",
                                        c.latest_evidence->iso(), age, frequency_name(v.frequency),
                                        v.nature == Nature::automated ? " automated" : "",
                                        c.max_evidence_age_days, number(c.evidence_factor))
                          : fmt::format("no evidence on file: ×{}", number(c.evidence_factor)));
    add_gap(c, GapReason::stale_evidence);
  }
  c.score = c.status_weight * c.test_factor * c.evidence_factor;
}

// Versions in time order; without a history, the scored version is taken to have held since
// before anything we know (the first import must not shorten a control's history).
std::vector<VersionSpan> spans_of(const ControlFacts& facts, Date as_of) {
  std::vector<VersionSpan> spans;
  for (const auto& s : facts.history)
    if (s.valid_from <= as_of && (!s.valid_to || *s.valid_to > s.valid_from)) spans.push_back(s);
  if (spans.empty())
    spans.push_back({facts.version.valid_from, std::nullopt, facts.version.status});
  return spans;
}

void operating_factor(const ControlFacts& facts, const Window& w, ControlScore& c,
                      std::vector<std::string>& reasons) {
  const ControlVersion& v = facts.version;
  c.window_days = w.days();
  OperatingStart s = operating_start(facts, w.closes);
  c.operating_start = s.start;
  if (!s.conflict.empty()) reasons.push_back(s.conflict);
  if (!s.start) {
    c.operating_factor = 0.0;
    if (!v.implemented_on)
      reasons.push_back("no implemented_on date, so no operating history: ×0");
    else if (*v.implemented_on > w.closes)
      reasons.push_back(
          fmt::format("implemented on {}, after the as-of date: ×0", v.implemented_on->iso()));
    else if (s.conflict.empty())
      reasons.push_back(fmt::format("not operating on {}: ×0", w.closes.iso()));
    return;
  }
  Date from = std::max(w.opens, *s.start);
  c.days_operating_in_window = w.closes.days() - from.days();
  // Days under a status below today's (partial before implemented) count partly. The first
  // version stands for the days before it.
  if (v.status == Status::implemented) {
    auto spans = spans_of(facts, w.closes);
    for (std::size_t i = 0; i < spans.size(); ++i) {
      if (spans[i].status != Status::partial) continue;
      Date a = i == 0 ? from : std::max(from, spans[i].valid_from);
      Date b = std::min(w.closes, spans[i].valid_to.value_or(w.closes));
      if (a < b) c.partial_days_in_window += b.days() - a.days();
    }
  }
  double operated =
      c.days_operating_in_window - (1.0 - policy::operating_partial_day) * c.partial_days_in_window;
  c.operating_factor = c.window_days > 0 ? operated / c.window_days : 0.0;
  if (c.operating_factor < 1.0)
    reasons.push_back(
        c.partial_days_in_window > 0
            ? fmt::format("operating since {}: {} of the window's {} days, {} of them partial "
                          "(×{}): ×{}",
                          s.start->iso(), c.days_operating_in_window, c.window_days,
                          c.partial_days_in_window, number(policy::operating_partial_day),
                          number(c.operating_factor))
            : fmt::format("operating since {}: {} of the window's {} days: ×{}", s.start->iso(),
                          c.days_operating_in_window, c.window_days, number(c.operating_factor)));
}

bool is_deviation(const TestFacts& t) {
  return t.result != TestResult::pass || (t.deviations && *t.deviations > 0);
}

void deviation_factor(const ControlFacts& facts, const Window& w, ControlScore& c,
                      std::vector<std::string>& reasons) {
  bool any = false;
  const auto missing = static_cast<std::ptrdiff_t>(c.deviations.size());  // ascending already
  for (const auto& t : facts.tests) {
    if (t.on < w.opens || t.on > w.closes || !is_deviation(t)) continue;
    any = true;
    double f = t.result == TestResult::fail ? policy::factor_deviation_fail
                                            : policy::factor_deviation_exception;
    c.deviation_factor *= f;
    c.deviations.push_back({facts.version.key,
                            t.on,
                            t.result,
                            {},
                            t.sample_size,
                            t.deviations,
                            t.management_response,
                            t.remediated_on});
    reasons.push_back(
        fmt::format("deviation: test {} {}{}: ×{}", t.on.iso(), name(t.result),
                    t.deviations ? fmt::format(", {} deviation{} in a sample of {}", *t.deviations,
                                               *t.deviations == 1 ? "" : "s",
                                               t.sample_size ? std::to_string(*t.sample_size) : "?")
                                 : std::string(),
                    number(f)));
  }
  if (!any) return;
  add_gap(c, GapReason::deviation);
  // Tests and missing periods, in date order, a missing period first on a tie. Both runs are
  // sorted, so a merge does; sorting the whole list cost a buffer per control.
  if (missing > 0)
    std::inplace_merge(c.deviations.begin(), c.deviations.begin() + missing, c.deviations.end(),
                       [](const Deviation& a, const Deviation& b) { return a.date < b.date; });
}

void add_missing(const std::string& control, Date first_day, std::string period, ControlScore& c) {
  c.deviations.push_back({control, first_day, std::nullopt, std::move(period), {}, {}, {}, {}});
}

// Nothing required of the window yet (a projection whose one record may still come).
void not_yet_due(ControlScore& c) {
  c.required_periods = 0;
  c.covered_periods = 0;
  c.coverage_factor = 1.0;
  c.required_sample = 0;
  c.sample_factor = 1.0;
}

// Periodic, annual and automated controls: the periods covered, then the sample.
void coverage_factors(const ControlFacts& facts, const Window& w, ControlScore& c,
                      std::vector<std::string>& reasons) {
  const ControlVersion& v = facts.version;
  Date from = std::max(w.opens, *c.operating_start);
  c.evidence_in_window = count_in(facts.evidence, from, w.closes);
  auto kind = v.frequency ? period_kind(*v.frequency) : std::nullopt;
  if (v.nature == Nature::automated || !kind) {
    // A test of one, or an annual (or unscheduled) control: one record in the window.
    c.required_periods = 1;
    c.covered_periods = count_in(facts.evidence, w.opens, w.closes) > 0 ? 1 : 0;
    c.required_sample = policy::sample_minimum;
    c.coverage_factor = c.covered_periods;
    if (!c.covered_periods && w.projection) {
      not_yet_due(c);
      return;
    }
    if (!c.covered_periods) {
      add_missing(v.key, w.opens, fmt::format("{} to {}", w.opens.iso(), w.closes.iso()), c);
      reasons.push_back(
          fmt::format("no evidence from {} to {}{}: ×0", w.opens.iso(), w.closes.iso(),
                      v.nature == Nature::automated ? " (automated: one needed)" : ""));
      add_gap(c, GapReason::missing_periods);
    }
    return;
  }
  bool daily = *v.frequency == Frequency::daily || *v.frequency == Frequency::continuous;
  Coverage cov = cover_periods(*kind, policy::grace_days(*v.frequency),
                               daily ? policy::daily_distinct_dates_per_week : 1, from, w.closes,
                               facts.evidence);
  c.required_periods = cov.required;
  c.covered_periods = cov.covered;
  // No whole period due yet and no record: in a running planned period, nothing is due.
  if (w.projection && cov.missing.empty() && cov.covered < cov.required) {
    not_yet_due(c);
    return;
  }
  c.coverage_factor = static_cast<double>(cov.covered) / cov.required;
  if (cov.covered < cov.required) {
    // Once: a daily control short of dates misses every week of the window, and growing the list
    // a period at a time was a tenth of `socready score` on a large portfolio.
    c.deviations.reserve(c.deviations.size() + std::max<std::size_t>(cov.missing.size(), 1) +
                         facts.tests.size());
    std::string names;
    if (cov.missing.empty()) {
      names = fmt::format("{} to {}", from.iso(), w.closes.iso());
      add_missing(v.key, from, names, c);
    }
    for (const auto& p : cov.missing) {
      std::string label = p.label();
      names += (names.empty() ? "" : ", ") + label;
      add_missing(v.key, p.start, std::move(label), c);
    }
    reasons.push_back(fmt::format("no evidence for {}: {} of {} periods covered: ×{}", names,
                                  cov.covered, cov.required, number(c.coverage_factor)));
    add_gap(c, GapReason::missing_periods);
  }
  c.required_sample = std::min(policy::frequency_sample(v.frequency), cov.required);
  c.sample_factor = std::min(1.0, static_cast<double>(c.evidence_in_window) / c.required_sample);
  if (c.sample_factor < 1.0) {
    reasons.push_back(fmt::format("{} evidence record{} from {} to {}, {} sample is {}: ×{}",
                                  c.evidence_in_window, c.evidence_in_window == 1 ? "" : "s",
                                  from.iso(), w.closes.iso(), frequency_name(v.frequency),
                                  c.required_sample, number(c.sample_factor)));
    add_gap(c, GapReason::insufficient_samples);
  }
}

// Event-driven controls: every instance of the population in the window needs its record.
// Returns false when no instance occurred (the control keeps its Type I score).
bool population_factor(const ControlFacts& facts, const Window& w, ControlScore& c,
                       std::vector<std::string>& reasons) {
  c.evidence_in_window = count_in(facts.evidence, w.opens, w.closes);
  c.population = population_in(facts.populations, w.opens, w.closes);
  if (!c.population) {
    c.population_factor = c.evidence_in_window > 0 ? policy::factor_population_unknown : 0.0;
    reasons.push_back(fmt::format("population unknown: {} evidence record{} in the window: ×{}",
                                  c.evidence_in_window, c.evidence_in_window == 1 ? "" : "s",
                                  number(c.population_factor)));
    add_gap(c, GapReason::population_unknown);
    return true;
  }
  if (*c.population == 0) {
    reasons.push_back("untested: no instance in the window (population 0), Type I score kept");
    return false;
  }
  c.required_sample = policy::event_sample(*c.population);
  c.population_factor = std::min(1.0, static_cast<double>(c.evidence_in_window) / *c.population);
  if (c.population_factor < 1.0) {
    reasons.push_back(fmt::format("{} evidence record{} for a population of {} in the window: ×{}",
                                  c.evidence_in_window, c.evidence_in_window == 1 ? "" : "s",
                                  *c.population, number(c.population_factor)));
    add_gap(c, GapReason::insufficient_samples);
  }
  return true;
}

}  // namespace

OperatingStart operating_start(const ControlFacts& facts, Date as_of) {
  const ControlVersion& v = facts.version;
  OperatingStart out;
  if (!v.implemented_on || *v.implemented_on > as_of) return out;
  const Date claimed = *v.implemented_on;
  auto spans = spans_of(facts, as_of);
  std::optional<Date> start = claimed;
  std::string why;  // the latest non-operating interval after the claim
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const auto& s = spans[i];
    if (i > 0 && spans[i - 1].valid_to && *spans[i - 1].valid_to < s.valid_from &&
        s.valid_from > claimed) {
      why = fmt::format("retired from {} to {}", spans[i - 1].valid_to->iso(), s.valid_from.iso());
      start.reset();
    }
    bool after_claim = !s.valid_to || *s.valid_to > claimed;
    if (!operating(s.status) && after_claim) {
      why = s.valid_to ? fmt::format("{} from {} to {}", name(s.status), s.valid_from.iso(),
                                     s.valid_to->iso())
                       : fmt::format("{} since {}", name(s.status), s.valid_from.iso());
      start.reset();
    } else if (operating(s.status) && !start) {
      start = s.valid_from;
    }
  }
  if (spans.back().valid_to && *spans.back().valid_to <= as_of) {
    why = fmt::format("retired since {}", spans.back().valid_to->iso());
    start.reset();
  }
  out.start = start;
  if (!why.empty())
    out.conflict =
        fmt::format("history contradicts implemented_on {}: {}, so {}", claimed.iso(), why,
                    start ? "operating from " + start->iso() : std::string("not operating"));
  return out;
}

ControlScores score_control(const ControlFacts& facts, const Window& window) {
  const ControlVersion& v = facts.version;
  ControlScore base;
  static_cast<ControlProfile&>(base) = v;
  base.key = v.key;
  base.valid_from = v.valid_from;
  score_design(facts, window.closes, base);

  ControlScores out{base, std::move(base)};  // left to right: a copy, then `base` itself
  out.type1.type = ReportType::type1;
  ControlScore& t2 = out.type2;
  t2.type = ReportType::type2;
  t2.sample_factor = 1.0;
  std::vector<std::string> reasons;
  operating_factor(facts, window, t2, reasons);
  bool keeps_type1 = false;
  if (t2.operating_start && *t2.operating_start <= window.closes) {
    if (v.frequency == Frequency::event)
      keeps_type1 = !population_factor(facts, window, t2, reasons);
    else
      coverage_factors(facts, window, t2, reasons);
  } else {
    t2.evidence_in_window = count_in(facts.evidence, window.opens, window.closes);
  }
  deviation_factor(facts, window, t2, reasons);
  if (keeps_type1) {
    t2.operating_factor = 1.0;
    t2.score = out.type1.score * t2.deviation_factor;
  } else {
    t2.score = out.type1.score * t2.operating_factor * t2.coverage_factor * t2.sample_factor *
               t2.deviation_factor * t2.population_factor;
  }
  if (t2.operating_factor < 1.0) add_gap(t2, GapReason::short_history);
  t2.reasons.insert(t2.reasons.end(), reasons.begin(), reasons.end());
  return out;
}

}  // namespace socready::scoring

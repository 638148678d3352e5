#include "scoring/control_score.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "scoring/evidence_currency.hpp"
#include "scoring/numbers.hpp"
#include "scoring/policy.hpp"

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

int count_in(const std::vector<Date>& evidence, const Window& w) {
  auto first = std::lower_bound(evidence.begin(), evidence.end(), w.opens);
  auto last = std::upper_bound(evidence.begin(), evidence.end(), w.closes);
  return first < last ? static_cast<int>(last - first) : 0;
}

const std::pair<Date, TestResult>* latest_test(
    const std::vector<std::pair<Date, TestResult>>& tests, Date as_of) {
  auto end = std::upper_bound(tests.begin(), tests.end(), as_of,
                              [](Date d, const auto& t) { return d < t.first; });
  if (end == tests.begin()) return nullptr;
  return &*std::prev(end);
}

std::string frequency_name(std::optional<Frequency> f) {
  return f ? std::string(name(*f)) : std::string("no frequency");
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
    c.latest_test = t->first;
    c.latest_test_result = t->second;
    if (t->second != TestResult::pass) {
      bool failed = t->second == TestResult::fail;
      c.test_factor = failed ? policy::factor_test_failed : policy::factor_test_exception;
      c.reasons.push_back(fmt::format("latest test {} {}: ×{}", t->first.iso(),
                                      failed ? "failed" : "had an exception",
                                      number(c.test_factor)));
      if (!c.gap) c.gap = GapReason::failed_test;
    }
  }

  c.max_evidence_age_days = policy::max_evidence_age_days(v.frequency);
  c.latest_evidence = latest_evidence(facts.evidence, as_of);
  int age = c.latest_evidence ? as_of.days() - c.latest_evidence->days() : 0;
  if (!c.latest_evidence ||
      !evidence_is_current(*c.latest_evidence, c.max_evidence_age_days, as_of)) {
    c.evidence_factor = policy::factor_no_current_evidence;
    c.reasons.push_back(
        c.latest_evidence ? fmt::format("latest evidence {} is {} days old, {} allows {}: ×{}",
                                        c.latest_evidence->iso(), age, frequency_name(v.frequency),
                                        c.max_evidence_age_days, number(c.evidence_factor))
                          : fmt::format("no evidence on file: ×{}", number(c.evidence_factor)));
    if (!c.gap) c.gap = GapReason::stale_evidence;
  }
  c.score = c.status_weight * c.test_factor * c.evidence_factor;
}

// Operating history over the window: the extra Type II factors. Returns the reasons they add.
std::vector<std::string> score_history(const ControlFacts& facts, const Window& w,
                                       ControlScore& c) {
  const ControlVersion& v = facts.version;
  std::vector<std::string> reasons;
  c.window_days = w.days();
  if (!v.implemented_on || *v.implemented_on > w.closes) {
    c.operating_factor = 0.0;
    reasons.push_back(
        v.implemented_on
            ? fmt::format("implemented on {}, after the as-of date: ×0", v.implemented_on->iso())
            : std::string("no implemented_on date, so no operating history: ×0"));
  } else if (*v.implemented_on <= w.opens) {
    c.operating_factor = 1.0;
    c.days_operating_in_window = c.window_days;
  } else {
    c.days_operating_in_window = w.closes.days() - v.implemented_on->days();
    c.operating_factor =
        static_cast<double>(c.days_operating_in_window) / static_cast<double>(c.window_days);
    reasons.push_back(fmt::format("operating since {}: {} of the window's {} days: ×{}",
                                  v.implemented_on->iso(), c.days_operating_in_window,
                                  c.window_days, number(c.operating_factor)));
  }

  c.evidence_in_window = count_in(facts.evidence, w);
  c.required_sample = policy::required_sample(v.frequency, c.evidence_in_window, c.window_days);
  c.sample_factor = std::min(
      1.0, static_cast<double>(c.evidence_in_window) / static_cast<double>(c.required_sample));
  if (c.sample_factor < 1.0)
    reasons.push_back(fmt::format("{} evidence record{} from {} to {}, {} sample is {}: ×{}",
                                  c.evidence_in_window, c.evidence_in_window == 1 ? "" : "s",
                                  w.opens.iso(), w.closes.iso(), frequency_name(v.frequency),
                                  c.required_sample, number(c.sample_factor)));
  return reasons;
}

}  // namespace

ControlScores score_control(const ControlFacts& facts, const Window& window) {
  const ControlVersion& v = facts.version;
  ControlScore base;
  base.key = v.key;
  base.title = v.title;
  base.owner = v.owner;
  base.status = v.status;
  base.frequency = v.frequency;
  base.implemented_on = v.implemented_on;
  base.valid_from = v.valid_from;
  score_design(facts, window.closes, base);
  std::vector<std::string> history = score_history(facts, window, base);

  ControlScores out{base, base};
  out.type1.type = ReportType::type1;
  out.type2.type = ReportType::type2;
  ControlScore& t2 = out.type2;
  t2.score = base.score * base.operating_factor * base.sample_factor;
  t2.reasons.insert(t2.reasons.end(), history.begin(), history.end());
  if (!t2.gap && base.operating_factor < 1.0) t2.gap = GapReason::short_history;
  if (!t2.gap && base.sample_factor < 1.0) t2.gap = GapReason::insufficient_samples;
  return out;
}

}  // namespace socready::scoring

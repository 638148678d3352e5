#pragma once
// The scorer's output as plain values. A ServiceResult is self-contained (it carries the titles,
// owners and dates it was computed from) so a frozen snapshot can be read back and reported
// without the database that produced it.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "core/subservice.hpp"

namespace socready::scoring {

// ---- Applicability (SPEC §3) ----

// The three outcomes of SPEC §3: an unanswered question is never "does not apply".
enum class Outcome : std::uint8_t { applies, does_not_apply, undetermined };
std::string_view name(Outcome o);  // "applies", "does_not_apply", "undetermined" (JSON)
std::optional<Outcome> parse_outcome(std::string_view s);

struct FrameworkDecision {
  Outcome outcome = Outcome::does_not_apply;
  std::vector<std::string> rationale;       // one line per fact that decided it
  std::vector<std::string> to_answer = {};  // undetermined: the questions that would decide it

  bool applies() const { return outcome == Outcome::applies; }

  friend bool operator==(const FrameworkDecision&, const FrameworkDecision&) = default;
};

struct CategoryScope {
  Category category = Category::security;
  std::string reason;

  friend bool operator==(const CategoryScope&, const CategoryScope&) = default;
};

// An answer inferred from a capability (or from another answer): it counts as yes meanwhile,
// and stays to be confirmed until a person answers the question.
struct Inference {
  std::string question;  // as asked of a person
  std::string from;      // "capability 'billing'", "customers ask about Sarbanes-Oxley (Q4 yes)"

  friend bool operator==(const Inference&, const Inference&) = default;
};

// A SOC 1 objective the service leaves out of its scope, and why (SPEC §3).
struct Exclusion {
  std::string objective;
  std::string reason;

  friend bool operator==(const Exclusion&, const Exclusion&) = default;
};

struct ApplicabilityResult {
  FrameworkDecision soc1;
  FrameworkDecision soc2;
  // The questions still unanswered, as questions: the four of SPEC §3, then the category facts
  // that are unknown while SOC 2 applies or is undetermined.
  std::vector<std::string> unknowns;
  std::vector<Inference> to_confirm;        // inferred answers, in question order
  std::vector<std::string> contradictions;  // what to check, one line each
  // "SOC 1 + SOC 2", "SOC 1 only", "SOC 2 (SOC 1 undetermined)", "Neither", "Undetermined"...
  std::string verdict;
  // Derived even when SOC 2 does not apply, so its readiness can still be shown.
  std::vector<CategoryScope> soc2_categories;  // in canonical category order
  std::vector<std::string> soc1_objectives;    // codes, in catalog order
  std::vector<Exclusion> soc1_exclusions;      // not in soc1_objectives; in catalog order

  const FrameworkDecision& decision(Framework f) const {
    return f == Framework::soc1 ? soc1 : soc2;
  }
  bool category_in_scope(Category c) const;

  friend bool operator==(const ApplicabilityResult&, const ApplicabilityResult&) = default;
};

// ---- Readiness (SPEC §4) ----

// Why a requirement (or control) is below full score. The order is the precedence: when several
// apply, the first one is reported, since that is what must be fixed first.
enum class GapReason : std::uint8_t {
  unmapped,              // no control in scope addresses the requirement
  planned_only,          // only planned controls address it
  partial,               // the best control is only partly implemented
  failed_test,           // its latest test failed or had an exception
  deviation,             // Type II: a control addressing it had a deviation in the window
  stale_evidence,        // it has no evidence within its frequency's allowance
  short_history,         // Type II: it began operating after the window opened
  missing_periods,       // Type II: periods of the window without evidence
  insufficient_samples,  // Type II: less evidence in the window than an auditor would sample
  population_unknown,    // Type II: an event-driven control with no population on file
  itgc_not_effective,    // Type II: automated, but change management or logical access is not
  // The best contributor is a carve-out vendor (SPEC §4a) whose worth is lowered:
  vendor_no_report,               // no SOC report of the vendor on file
  vendor_report_adverse,          // its report has an adverse opinion or a disclaimer
  vendor_report_stale,            // its report's period ended more than 12 months ago
  vendor_report_qualified,        // its report has a qualified opinion
  vendor_report_other_framework,  // its report is of the other framework
  vendor_report_type1,            // Type II: its report is a Type I
  vendor_not_monitored,           // no monitoring control named (monitored_by blank)
  vendor_monitoring_weak,  // capped by its monitoring control's score, or that control not in scope
};
std::string_view name(GapReason r);      // "unmapped", "planned_only", ...
std::string_view describe(GapReason r);  // "no control addresses it", ...
std::optional<GapReason> parse_gap_reason(std::string_view s);

enum class Band : std::uint8_t {
  ready,
  nearly_ready,
  in_progress,
  early,
  not_in_scope,
  undetermined
};
// "Ready", "Nearly ready", "In progress", "Early", "Not in scope", "Undetermined"
std::string_view name(Band b);
std::optional<Band> parse_band(std::string_view s);

// What a Type II report lists: a test in the window that failed, had an exception or passed
// with deviations in its sample (`result` set), or a period with no evidence (`result` nullopt,
// `period` named). A later passing retest does not remove it.
struct Deviation {
  std::string control;
  Date date;  // tested on; for a missing period, the period's first day
  std::optional<TestResult> result;
  std::string period;  // "2026-07" for a missing period; empty for a test
  std::optional<int> sample_size;
  std::optional<int> deviations;
  std::string management_response;
  std::optional<Date> remediated_on;

  bool missing() const { return !result; }
  std::string result_name() const;  // "fail", "exception", "pass", "missing"
  friend bool operator==(const Deviation&, const Deviation&) = default;
};

// What a carve-out vendor's contribution was computed from (SPEC §4a), kept so `explain` and a
// frozen snapshot can show it: its worth is report_worth capped by the monitoring control.
struct VendorFacts {
  std::string vendor;  // the vendor's id
  std::optional<VendorReport> report;
  std::optional<Date> bridge_letter_until;  // shown; counts only for planning (SPEC §4b)
  std::string monitored_by;                 // blank: none named
  std::optional<double> monitoring_score;   // nullopt: blank, or no control in scope by that id
  double report_worth = 0.0;                // before the cap by the monitoring control

  friend bool operator==(const VendorFacts&, const VendorFacts&) = default;
};

// One control version scored for one report type. Every factor is kept, so the score can be
// re-derived by hand: score = status_weight * evidence_factor * test_factor (Type I), times
// operating_factor * coverage_factor * sample_factor * deviation_factor * population_factor
// (Type II). The Type II facts are filled for Type I as well (deviations only for Type II). An
// automated control's Type II score is the one it has while change management and logical
// access are effective; where they are not, its requirements count it at
// policy::factor_itgc_not_effective (see readiness.hpp).
struct ControlScore : ControlProfile {
  std::string key;
  Date valid_from;  // the version scored
  ReportType type = ReportType::type1;
  double score = 0.0;
  // Type I factors.
  double status_weight = 0.0;
  double evidence_factor = 1.0;
  double test_factor = 1.0;
  std::optional<Date> latest_evidence;
  int max_evidence_age_days = 0;  // the allowance for its frequency
  std::optional<Date> latest_test;
  std::optional<TestResult> latest_test_result;
  // Type II factors.
  double operating_factor = 0.0;
  double sample_factor = 0.0;
  int days_operating_in_window = 0;
  int window_days = 0;
  int evidence_in_window = 0;
  int required_sample = 0;  // event-driven: what the auditor will sample from the population
  std::optional<Date> operating_start;  // S of SPEC §4; nullopt: not operating
  int partial_days_in_window = 0;       // operated days discounted as partial
  double coverage_factor = 1.0;
  int required_periods = 0;
  int covered_periods = 0;
  double deviation_factor = 1.0;
  double population_factor = 1.0;     // event-driven
  std::optional<int> population;      // in the window; nullopt: none on file
  std::vector<Deviation> deviations;  // Type II: in the window, tests by date then missing periods
  std::optional<GapReason> gap;       // the first factor that lowered the score, if any
  std::vector<std::string> reasons;   // one line per factor that lowered the score
  // Set when this is not a control of the company but a carve-out vendor counted for the
  // requirements it meets alone (scoring/vendor_contribution.hpp); its score is its worth.
  std::optional<VendorFacts> vendor = std::nullopt;

  friend bool operator==(const ControlScore&, const ControlScore&) = default;
};

struct RequirementScore : RequirementText {
  double score = 0.0;  // 0..1, the best control's score
  bool blocker = true;
  std::string best_control;  // empty when no control addresses it
  // Every control in scope that addresses it, in key order. One entity-level control
  // addresses requirements of every service, so the scores are held once, by `owner`, and the
  // lists only point at them: a portfolio's lists hold millions of entries, and counting
  // references to each had been a tenth of reading a frozen period back.
  std::vector<const ControlScore*> controls;
  // Keeps the controls' scores alive (what scored them, or the snapshot they were read from);
  // not part of the value. Every control of the list must be held by it.
  std::shared_ptr<const void> owner;
  std::optional<GapReason> gap;  // nullopt at full score

  const ControlScore* best() const;
  friend bool operator==(const RequirementScore& a, const RequirementScore& b);
};

// A list of controls as a requirement holds them.
using ControlSpan = std::span<const ControlScore* const>;

// Points `r` at `controls` and makes it hold them: for a list made by hand, not by the scorer.
void hold_controls(RequirementScore& r, std::vector<std::shared_ptr<const ControlScore>> controls);

// The keys of the controls, in their order, and their distinct non-empty owners, sorted. Views
// of the controls' own strings: a portfolio lists its entity-level controls under every
// service's requirements.
std::vector<std::string_view> control_keys(ControlSpan controls);
std::vector<std::string_view> control_owners(ControlSpan controls);

// A requirement below full score. Its controls and owners are the requirement's, found with
// Readiness::requirement_of: a portfolio with no evidence yet has a gap for every requirement
// of every service, and copies of their key and owner lists once took most of the memory.
struct Gap {
  std::string code;
  double score = 0.0;
  bool blocker = false;
  GapReason reason = GapReason::unmapped;
  std::size_t requirement = 0;  // its position in the Readiness's requirements

  friend bool operator==(const Gap&, const Gap&) = default;
};

// A deviation with the requirements in scope it bears on (codes, catalog order).
struct ReadinessDeviation {
  Deviation deviation;
  std::vector<std::string> requirements;
  bool key_control = false;
};

struct Readiness {
  Framework framework = Framework::soc2;
  ReportType type = ReportType::type1;
  Outcome applicability = Outcome::does_not_apply;  // the framework's, for this service
  double readiness = 0.0;                           // 0..100, unrounded; see display_readiness()
  Band band = Band::not_in_scope;
  int in_scope = 0;                            // requirements in scope
  int covered = 0;                             // of which have an effective control (score > 0)
  std::vector<std::string> blockers;           // codes, catalog order
  std::vector<RequirementScore> requirements;  // catalog order
  std::vector<Gap> gaps;  // blockers first, then score ascending, then catalog order

  bool applies() const { return applicability == Outcome::applies; }
  double display_readiness() const;  // rounded to one decimal
  const RequirementScore* find(std::string_view code) const;
  const RequirementScore& requirement_of(const Gap& gap) const {
    return requirements.at(gap.requirement);
  }

  friend bool operator==(const Readiness&, const Readiness&) = default;
};

struct ServiceResult {
  std::string service;  // slug
  std::string name;
  std::string product_line;
  Date as_of;
  int window_months = 0;
  ApplicabilityResult applicability;
  Readiness soc1_type1;
  Readiness soc1_type2;
  Readiness soc2_type1;
  Readiness soc2_type2;

  const Readiness& readiness(Framework f, ReportType t) const;
  Readiness& readiness(Framework f, ReportType t);

  friend bool operator==(const ServiceResult&, const ServiceResult&) = default;
};

inline constexpr Framework all_frameworks[] = {Framework::soc1, Framework::soc2};
inline constexpr ReportType all_report_types[] = {ReportType::type1, ReportType::type2};

// One decimal, half away from zero: the only rounding anywhere, and only for display and bands.
double round1(double value);

// Every deviation and missing period of a Type II readiness's controls, once per control and
// event, by date then control; empty for Type I. Derived from the requirements, so a result read
// back from JSON gives the same list.
std::vector<ReadinessDeviation> deviations_of(const Readiness& readiness);

}  // namespace socready::scoring

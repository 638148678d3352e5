#pragma once
// A small hand-built ReportInput for the report tests: two product lines, three services, three
// quarters of history. Header-only because the test build compiles test_*.cpp files only.

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "report/report_input.hpp"
#include "scoring/policy.hpp"
#include "scoring/readiness.hpp"

namespace socready::report::testing {

inline Date day(const char* iso) {
  auto d = Date::parse(iso);
  if (!d) throw std::invalid_argument(iso);
  return *d;
}

using Control = std::shared_ptr<const scoring::ControlScore>;

inline Control control(std::string key, std::string title, std::string owner, Status status,
                       Frequency frequency, std::optional<Date> latest_evidence) {
  auto c = std::make_shared<scoring::ControlScore>();
  c->key = std::move(key);
  c->title = std::move(title);
  c->owner = std::move(owner);
  c->status = status;
  c->frequency = frequency;
  c->latest_evidence = latest_evidence;
  c->max_evidence_age_days = scoring::policy::max_evidence_age_days(frequency);
  return c;
}

inline scoring::RequirementScore requirement(std::string code, std::string series,
                                             std::string category, double score,
                                             std::vector<Control> controls,
                                             scoring::GapReason reason) {
  scoring::RequirementScore r;
  r.code = code;
  r.title = "title of " + code;
  r.series = std::move(series);
  r.category = std::move(category);
  r.score = score;
  r.blocker = score <= 0;
  scoring::hold_controls(r, std::move(controls));
  if (!r.controls.empty()) r.best_control = r.controls.front()->key;
  if (score < 1) r.gap = reason;
  return r;
}

// Adds `c` after `r`'s controls, held with them.
inline void add_control(scoring::RequirementScore& r, Control c) {
  r.controls.push_back(c.get());
  r.owner = std::make_shared<const std::pair<std::shared_ptr<const void>, Control>>(r.owner,
                                                                                    std::move(c));
}

// Readiness, blockers, band and gaps derived from the requirements as the scorer derives them.
inline scoring::Readiness readiness(Framework f, ReportType t, bool applies,
                                    std::vector<scoring::RequirementScore> requirements) {
  scoring::Readiness r;
  r.framework = f;
  r.type = t;
  r.applicability = applies ? scoring::Outcome::applies : scoring::Outcome::does_not_apply;
  double sum = 0;
  for (const auto& q : requirements) {
    sum += q.score;
    ++r.in_scope;
    if (q.score > 0) ++r.covered;
    if (q.blocker) r.blockers.push_back(q.code);
  }
  r.readiness = r.in_scope ? 100.0 * sum / r.in_scope : 0.0;
  r.requirements = std::move(requirements);
  r.gaps = scoring::gaps_of(r.requirements);
  r.band = scoring::policy::band_for(r.applicability, r.readiness, !r.blockers.empty());
  return r;
}

inline PeriodScore point(const char* period, Framework f, ReportType t, bool applies,
                         double value) {
  return {period, f, t, applies, value, scoring::Band::not_in_scope, 0};
}

inline constexpr const char* hostile_name =
    "Billing | Invoicing <script>alert(1)</script>\n# [x](http://evil) `rm -rf` **bold**";

// As of 2026-11-26 (2026-Q4), so "next quarter" is 2027-Q1: 2027-01-01 to 2027-03-31.
inline ReportInput sample_input() {
  using enum Framework;
  using enum ReportType;
  using R = scoring::GapReason;
  const auto ac = control("AC-01", "Access review", "Dana Ops", Status::implemented,
                          Frequency::monthly, day("2026-11-20"));  // current until 2027-01-04
  const auto cm = control("CM-01", "Change approval", "Lee Dev", Status::partial, Frequency::weekly,
                          day("2026-11-24"));  // until 2026-12-08: this quarter
  const auto bk = control("BK-01", "Backup restore test", "Infra <team>", Status::implemented,
                          Frequency::quarterly, day("2026-11-01"));  // until 2027-03-01
  const auto rc = control("RC-01", "Revenue reconciliation", "Finance", Status::implemented,
                          Frequency::annual, day("2026-02-24"));  // until 2027-03-31: last day
  const auto rc2 = control("RC-02", "Invoice completeness check", "Finance", Status::implemented,
                           Frequency::annual, day("2026-02-25"));  // until 2027-04-01: too late
  const auto cm2 =
      control("CM-02", "Deploy pipeline gate", "", Status::planned, Frequency::event, std::nullopt);
  const auto mn = control("MN-01", "Uptime monitoring", "SRE", Status::implemented,
                          Frequency::continuous, day("2026-11-25"));  // until 2026-12-02

  ReportInput in;
  in.period = "2026-Q4";
  in.as_of = day("2026-11-26");
  in.preliminary = true;
  in.window_months = 6;
  in.generated_by = "socready 0.1.0";

  auto base = [&](const char* slug, const char* name, const char* line) {
    scoring::ServiceResult s;
    s.service = slug;
    s.name = name;
    s.product_line = line;
    s.as_of = in.as_of;
    s.window_months = 6;
    return s;
  };
  auto soc2_none = [](scoring::ServiceResult& s, bool applies) {
    s.soc2_type1 = readiness(soc2, type1, applies, {});
    s.soc2_type2 = readiness(soc2, type2, applies, {});
  };

  // Payroll: SOC 1 only. Type I 62.5, Type II 43.75 (shown 43.8).
  auto payroll = base("payroll", "Payroll Engine", "Finance");
  payroll.applicability.soc1 = {scoring::Outcome::applies,
                                {"Affects customers' financial reporting: yes"}};
  payroll.applicability.soc2 = {scoring::Outcome::does_not_apply,
                                {"Handles customer data: no", "Customers ask about security: no"}};
  payroll.applicability.verdict = "SOC 1 only";
  payroll.applicability.soc1_objectives = {"ITGC-ACCESS", "ITGC-CHANGE", "ITGC-OPS", "BP-ACCURACY"};
  payroll.soc1_type1 =
      readiness(soc1, type1, true,
                {requirement("ITGC-ACCESS", "ITGC", "IT general controls", 1, {ac}, R::unmapped),
                 requirement("ITGC-CHANGE", "ITGC", "IT general controls", 0.5, {cm}, R::partial),
                 requirement("ITGC-OPS", "ITGC", "IT general controls", 1, {bk}, R::unmapped),
                 requirement("BP-ACCURACY", "BP", "Business processes", 0, {}, R::unmapped)});
  payroll.soc1_type2 = readiness(
      soc1, type2, true,
      {requirement("ITGC-ACCESS", "ITGC", "IT general controls", 1, {ac}, R::unmapped),
       requirement("ITGC-CHANGE", "ITGC", "IT general controls", 0.25, {cm}, R::partial),
       requirement("ITGC-OPS", "ITGC", "IT general controls", 0.5, {bk}, R::insufficient_samples),
       requirement("BP-ACCURACY", "BP", "Business processes", 0, {}, R::unmapped)});
  soc2_none(payroll, false);

  // Billing: SOC 1 + SOC 2, SOC 2 new this quarter. SOC 1 100 / 100; SOC 2 66.7 / 50.0.
  auto billing = base("billing", hostile_name, "Finance");
  billing.applicability.soc1 = {
      scoring::Outcome::applies,
      {"Affects customers' financial reporting: inferred yes from capability 'billing'"}};
  billing.applicability.soc2 = {scoring::Outcome::applies, {"Handles customer data: yes"}};
  billing.applicability.verdict = "SOC 1 + SOC 2";
  billing.applicability.unknowns = {
      "Do customers ask about Sarbanes-Oxley or financial audit requirements?"};
  billing.applicability.soc2_categories = {
      {Category::security, "always in scope"},
      {Category::availability, "the service commits to uptime"}};
  billing.applicability.soc1_objectives = {"ITGC-ACCESS", "BP-COMPLETENESS"};
  for (ReportType t : {type1, type2})
    billing.readiness(soc1, t) = readiness(
        soc1, t, true,
        {requirement("ITGC-ACCESS", "ITGC", "IT general controls", 1, {ac}, R::unmapped),
         requirement("BP-COMPLETENESS", "BP", "Business processes", 1, {rc, rc2}, R::unmapped)});
  billing.soc2_type1 =
      readiness(soc2, type1, true,
                {requirement("CC6.1", "CC6", "Security", 1, {ac}, R::unmapped),
                 requirement("CC8.1", "CC8", "Security", 0, {cm2}, R::planned_only),
                 requirement("A1.2", "A1", "Availability", 1, {bk}, R::unmapped)});
  billing.soc2_type2 =
      readiness(soc2, type2, true,
                {requirement("CC6.1", "CC6", "Security", 1, {ac}, R::unmapped),
                 requirement("CC8.1", "CC8", "Security", 0, {cm2}, R::planned_only),
                 requirement("A1.2", "A1", "Availability", 0.5, {bk}, R::short_history)});

  // API gateway: SOC 2 only. Type I 83.3, Type II 66.7.
  auto api = base("api-gateway", "API Gateway", "Platform");
  api.applicability.soc1 = {scoring::Outcome::does_not_apply,
                            {"Affects customers' financial reporting: no"}};
  api.applicability.soc2 = {scoring::Outcome::applies,
                            {"Handles customer data: inferred yes from capability 'api'"}};
  api.applicability.verdict = "SOC 2 only";
  api.applicability.soc2_categories = {{Category::security, "always in scope"}};
  api.soc1_type1 = readiness(soc1, type1, false, {});
  api.soc1_type2 = readiness(soc1, type2, false, {});
  api.soc2_type1 =
      readiness(soc2, type1, true,
                {requirement("CC6.1", "CC6", "Security", 1, {ac}, R::unmapped),
                 requirement("CC7.2", "CC7", "Security", 1, {mn}, R::unmapped),
                 requirement("A1.2", "A1", "Availability", 0.5, {bk}, R::stale_evidence)});
  api.soc2_type2 =
      readiness(soc2, type2, true,
                {requirement("CC6.1", "CC6", "Security", 1, {ac}, R::unmapped),
                 requirement("CC7.2", "CC7", "Security", 0.5, {mn}, R::insufficient_samples),
                 requirement("A1.2", "A1", "Availability", 0.5, {bk}, R::stale_evidence)});

  in.services = {payroll, billing, api};

  in.history["payroll"] = {
      point("2026-Q2", soc1, type1, true, 40.0), point("2026-Q2", soc1, type2, true, 20.0),
      point("2026-Q2", soc2, type1, false, 0),   point("2026-Q2", soc2, type2, false, 0),
      point("2026-Q3", soc1, type1, true, 58.0), point("2026-Q3", soc1, type2, true, 39.3),
      point("2026-Q3", soc2, type1, false, 0),   point("2026-Q3", soc2, type2, false, 0),
      point("2026-Q4", soc1, type1, true, 62.5), point("2026-Q4", soc1, type2, true, 43.75),
      point("2026-Q4", soc2, type1, false, 0),   point("2026-Q4", soc2, type2, false, 0)};
  in.history["billing"] = {
      point("2026-Q2", soc1, type1, true, 90.0),      point("2026-Q2", soc1, type2, true, 85.0),
      point("2026-Q2", soc2, type1, false, 30.0),     point("2026-Q2", soc2, type2, false, 20.0),
      point("2026-Q3", soc1, type1, true, 95.0),      point("2026-Q3", soc1, type2, true, 100.0),
      point("2026-Q3", soc2, type1, false, 50.0),     point("2026-Q3", soc2, type2, false, 40.0),
      point("2026-Q4", soc1, type1, true, 100.0),     point("2026-Q4", soc1, type2, true, 100.0),
      point("2026-Q4", soc2, type1, true, 200.0 / 3), point("2026-Q4", soc2, type2, true, 50.0)};
  in.history["api-gateway"] = {point("2026-Q2", soc1, type1, false, 0),
                               point("2026-Q2", soc1, type2, false, 0),
                               point("2026-Q2", soc2, type1, true, 80.0),
                               point("2026-Q2", soc2, type2, true, 70.0),
                               point("2026-Q3", soc1, type1, false, 0),
                               point("2026-Q3", soc1, type2, false, 0),
                               point("2026-Q3", soc2, type1, true, 83.3),
                               point("2026-Q3", soc2, type2, true, 68.7),
                               point("2026-Q4", soc1, type1, false, 0),
                               point("2026-Q4", soc1, type2, false, 0),
                               point("2026-Q4", soc2, type1, true, 250.0 / 3),
                               point("2026-Q4", soc2, type2, true, 200.0 / 3)};
  return in;
}

}  // namespace socready::report::testing

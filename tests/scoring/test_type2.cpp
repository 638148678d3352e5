// The Type II rules of SPEC §4, each with hand-computed values: coverage of every period,
// operating start from history, deviations, key controls, automated controls, populations.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "scoring/control_score.hpp"
#include "scoring/explain.hpp"
#include "scoring/json.hpp"
#include "scoring/periods.hpp"
#include "scoring/population.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"
#include "store/snapshot_json.hpp"

namespace socready::scoring {
namespace {

using testing::control;
using testing::day;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// As of 2026-09-30 with a 6-month window: 2026-03-30 .. 2026-09-30, 184 days.
const Window window{day("2026-03-30"), day("2026-09-30")};

ControlFacts operating_control(const char* key, Frequency f, std::vector<std::string> reqs) {
  ControlFacts c = control(key, Status::implemented, std::move(reqs));
  c.version.frequency = f;
  c.version.implemented_on = day("2024-01-01");
  return c;
}

// The whole catalog and one service: SOC 1 by question 1, or SOC 2 by question 3.
Inventory one_service(const char* slug, bool soc1) {
  Inventory inv;
  inv.catalog = testing::spec_catalog();
  Service s = testing::service(slug);
  (soc1 ? s.affects_financial_reporting : s.clients_ask_security) = true;
  inv.services.push_back(s);
  return inv;
}

// Monthly evidence on the 1st from March to September 2026: every month of the window covered.
std::vector<Date> full_months() {
  return testing::monthly_from(day("2026-03-01"), day("2026-09-01"));
}

std::vector<std::string> periods(const std::vector<Deviation>& deviations) {
  std::vector<std::string> out;
  for (const auto& d : deviations)
    if (d.missing()) out.push_back(d.period);
  return out;
}

// ---- Calendar periods ----

TEST(ScoringPeriods, LabelsUseIsoWeekYears) {
  EXPECT_EQ(period_containing(PeriodKind::iso_week, day("2026-06-29")).label(), "2026-W27");
  // 2026 began on a Thursday, so it has 53 ISO weeks; 2027-01-01 (a Friday) is in its last.
  Period w53 = period_containing(PeriodKind::iso_week, day("2027-01-01"));
  EXPECT_EQ(w53.label(), "2026-W53");
  EXPECT_EQ(w53.start, day("2026-12-28"));
  EXPECT_EQ(w53.end, day("2027-01-03"));
  EXPECT_EQ(period_containing(PeriodKind::iso_week, day("2027-01-04")).label(), "2027-W01");
  EXPECT_EQ(period_containing(PeriodKind::month, day("2026-07-19")).label(), "2026-07");
  EXPECT_EQ(period_containing(PeriodKind::quarter, day("2026-08-19")).label(), "2026-Q3");
  EXPECT_EQ(period_containing(PeriodKind::half_year, day("2026-08-19")).label(), "2026-H2");
  EXPECT_EQ(period_containing(PeriodKind::half_year, day("2026-08-19")).end, day("2026-12-31"));
}

TEST(ScoringPeriods, OnlyWholePeriodsPastTheirGraceAreRequired) {
  // Months wholly inside [2026-03-30, 2026-09-30] whose end + 10 days has passed: April to
  // August. March starts before the range; September's grace runs to 2026-10-10.
  Coverage c = cover_periods(PeriodKind::month, 10, 1, day("2026-03-30"), day("2026-09-30"), {});
  EXPECT_EQ(c.required, 5);
  EXPECT_EQ(c.covered, 0);
  ASSERT_EQ(c.missing.size(), 5u);
  EXPECT_EQ(c.missing.front().label(), "2026-04");
  EXPECT_EQ(c.missing.back().label(), "2026-08");
  // On 2026-09-10 August's grace has just run out; a day earlier it is not yet due.
  EXPECT_EQ(
      cover_periods(PeriodKind::month, 10, 1, day("2026-03-30"), day("2026-09-10"), {}).required,
      5);
  EXPECT_EQ(
      cover_periods(PeriodKind::month, 10, 1, day("2026-03-30"), day("2026-09-09"), {}).required,
      4);
}

TEST(ScoringPeriods, ARecordCoversTheEarliestUncoveredPeriodWithinItsGrace) {
  // 08-05 is within July's grace (to 08-10): it covers July, not August.
  Coverage c = cover_periods(PeriodKind::month, 10, 1, day("2026-03-30"), day("2026-09-30"),
                             {day("2026-06-15"), day("2026-08-05"), day("2026-08-20")});
  EXPECT_EQ(c.covered, 3);  // June, July, August
  ASSERT_EQ(c.missing.size(), 2u);
  EXPECT_EQ(c.missing[0].label(), "2026-04");
  EXPECT_EQ(c.missing[1].label(), "2026-05");
  // Late beyond the grace covers nothing earlier.
  Coverage late = cover_periods(PeriodKind::month, 10, 1, day("2026-03-30"), day("2026-09-30"),
                                {day("2026-05-11")});
  EXPECT_EQ(late.covered, 1);
  EXPECT_EQ(late.missing[0].label(), "2026-04");
}

TEST(ScoringPeriods, ManyRecordsOnOneDayNeverCoverSeveralPeriods) {
  std::vector<Date> same_day(12, day("2026-08-05"));
  Coverage c =
      cover_periods(PeriodKind::month, 10, 1, day("2026-03-30"), day("2026-09-30"), same_day);
  EXPECT_EQ(c.covered, 1);
  // Daily: one week needs five distinct dates, however many records.
  std::vector<Date> burst(40, day("2026-09-01"));
  Coverage d =
      cover_periods(PeriodKind::iso_week, 3, 5, day("2026-08-31"), day("2026-09-30"), burst);
  EXPECT_EQ(d.covered, 0);
}

TEST(ScoringPeriods, ADailyWeekNeedsFiveDistinctDates) {
  // Weeks from Monday 2026-08-31 to 2026-09-30 due by then: W36 (08-31..09-06), W37, W38
  // (09-14..09-20, grace to 09-23); W39 ends 09-27, grace to 09-30: due too. 4 weeks.
  std::vector<Date> dates;
  for (const char* d : {"2026-08-31", "2026-09-01", "2026-09-02", "2026-09-03", "2026-09-04",
                        "2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10"})
    dates.push_back(day(d));
  Coverage c =
      cover_periods(PeriodKind::iso_week, 3, 5, day("2026-08-31"), day("2026-09-30"), dates);
  EXPECT_EQ(c.required, 4);
  EXPECT_EQ(c.covered, 1);  // W37 has four dates only
  EXPECT_EQ(c.missing[0].label(), "2026-W37");
}

TEST(ScoringPeriods, WithNoWholePeriodOneRecordInTheRangeIsRequired) {
  Coverage none = cover_periods(PeriodKind::half_year, 30, 1, day("2026-07-15"), day("2026-09-30"),
                                {day("2026-07-01")});
  EXPECT_EQ(none.required, 1);
  EXPECT_EQ(none.covered, 0);  // before the range
  EXPECT_THAT(none.missing, IsEmpty());
  Coverage one = cover_periods(PeriodKind::half_year, 30, 1, day("2026-07-15"), day("2026-09-30"),
                               {day("2026-08-01")});
  EXPECT_EQ(one.covered, 1);
}

// ---- Coverage and samples in a control's score ----

TEST(ScoringTypeII, MonthlyControlWithTwoLateRecordsMissesFourMonths) {
  // The case of the issue: two records in the last ten days of a 6-month window.
  ControlFacts c = operating_control("M-01", Frequency::monthly, {"ITGC-OPS"});
  c.evidence = {day("2026-09-21"), day("2026-09-25")};
  ControlScore t2 = score_control(c, window).type2;
  EXPECT_EQ(t2.required_periods, 5);
  EXPECT_EQ(t2.covered_periods, 0);
  EXPECT_EQ(t2.score, 0.0);
  EXPECT_EQ(t2.gap, GapReason::missing_periods);
  EXPECT_THAT(periods(t2.deviations),
              ElementsAre("2026-04", "2026-05", "2026-06", "2026-07", "2026-08"));
  EXPECT_THAT(t2.reasons, ::testing::Contains(HasSubstr(
                              "no evidence for 2026-04, 2026-05, 2026-06, 2026-07, 2026-08")));
}

TEST(ScoringTypeII, SampleIsCappedAtTheRequiredPeriods) {
  // Quarterly in this window: only Q2 is due, so the sample of 2 becomes 1.
  ControlFacts q = operating_control("Q-01", Frequency::quarterly, {"ITGC-OPS"});
  q.evidence = {day("2026-06-15")};  // 107 days old: current for quarterly (120)
  ControlScore t2 = score_control(q, window).type2;
  EXPECT_EQ(t2.required_periods, 1);
  EXPECT_EQ(t2.required_sample, 1);
  EXPECT_EQ(t2.score, 1.0);
  // Weekly: 26 weeks due, 26 records, one per week on Tuesdays: sample 5 met, all covered.
  ControlFacts w = operating_control("W-01", Frequency::weekly, {"ITGC-OPS"});
  for (Date d = day("2026-03-31"); d <= day("2026-09-29"); d = d.plus_days(7))
    w.evidence.push_back(d);
  ControlScore tw = score_control(w, window).type2;
  EXPECT_EQ(tw.required_periods, 26);  // W14 (03-30..04-05) to W39 (09-21..09-27)
  EXPECT_EQ(tw.covered_periods, 26);
  EXPECT_EQ(tw.required_sample, 5);
  EXPECT_EQ(tw.score, 1.0);
}

TEST(ScoringTypeII, AnnualControlNeedsARecordInTheWindow) {
  ControlFacts a = operating_control("A-01", Frequency::annual, {"ITGC-OPS"});
  a.evidence = {day("2026-01-15")};  // current for Type I (258 days <= 400)
  auto scores = score_control(a, window);
  EXPECT_EQ(scores.type1.score, 1.0);
  EXPECT_EQ(scores.type2.score, 0.0);
  EXPECT_EQ(scores.type2.gap, GapReason::missing_periods);
  a.evidence.push_back(day("2026-04-02"));
  EXPECT_EQ(score_control(a, window).type2.score, 1.0);
}

// ---- Operating start ----

TEST(ScoringTypeII, HistoryOverClaims) {
  // Claims 2023, but was planned until 2026-08-01: operating from then, 60 of 184 days.
  ControlFacts c = operating_control("H-01", Frequency::monthly, {"ITGC-OPS"});
  c.version.implemented_on = day("2023-01-01");
  c.version.valid_from = day("2026-08-01");
  c.history = {{day("2025-02-01"), day("2026-08-01"), Status::planned},
               {day("2026-08-01"), std::nullopt, Status::implemented}};
  c.evidence = {day("2026-08-31"), day("2026-09-30")};
  OperatingStart s = operating_start(c, window.closes);
  EXPECT_EQ(s.start, day("2026-08-01"));
  EXPECT_EQ(s.conflict,
            "history contradicts implemented_on 2023-01-01: planned from 2025-02-01 to "
            "2026-08-01, so operating from 2026-08-01");
  ControlScore t2 = score_control(c, window).type2;
  EXPECT_EQ(t2.days_operating_in_window, 60);
  EXPECT_DOUBLE_EQ(t2.operating_factor, 60.0 / 184.0);
  // Coverage counts from the operating start: August only is due, covered.
  EXPECT_EQ(t2.required_periods, 1);
  EXPECT_EQ(t2.covered_periods, 1);
  EXPECT_EQ(t2.gap, GapReason::short_history);
  EXPECT_THAT(t2.reasons, ::testing::Contains(s.conflict));
}

TEST(ScoringTypeII, FirstImportDoesNotShortenHistory) {
  ControlFacts c = operating_control("H-02", Frequency::monthly, {"ITGC-OPS"});
  c.version.valid_from = day("2026-09-01");  // the first import
  c.history = {{day("2026-09-01"), std::nullopt, Status::implemented}};
  OperatingStart s = operating_start(c, window.closes);
  EXPECT_EQ(s.start, day("2024-01-01"));
  EXPECT_EQ(s.conflict, "");
}

TEST(ScoringTypeII, RetiredThenBackStartsAgain) {
  ControlFacts c = operating_control("H-03", Frequency::monthly, {"ITGC-OPS"});
  c.history = {{day("2025-01-01"), day("2026-05-01"), Status::implemented},
               {day("2026-06-01"), std::nullopt, Status::implemented}};
  OperatingStart s = operating_start(c, window.closes);
  EXPECT_EQ(s.start, day("2026-06-01"));
  EXPECT_THAT(s.conflict, HasSubstr("retired from 2026-05-01 to 2026-06-01"));
}

TEST(ScoringTypeII, PartialDaysCountHalf) {
  // Partial until 2026-06-30 (92 of 184 days), implemented since: (184 - 46) / 184 = 0.75.
  ControlFacts c = operating_control("P-01", Frequency::monthly, {"ITGC-OPS"});
  c.history = {{day("2025-01-01"), day("2026-06-30"), Status::partial},
               {day("2026-06-30"), std::nullopt, Status::implemented}};
  c.evidence = testing::monthly_from(day("2026-04-01"), day("2026-09-01"));
  ControlScore t2 = score_control(c, window).type2;
  EXPECT_EQ(t2.partial_days_in_window, 92);
  EXPECT_DOUBLE_EQ(t2.operating_factor, 0.75);
  EXPECT_DOUBLE_EQ(t2.score, 0.75);
}

// ---- Deviations ----

Inventory two_controls_on_access() {
  Inventory inv = one_service("pay", true);
  // A perfect control and a deviating one on the same objective.
  ControlFacts good = operating_control("A-GOOD", Frequency::monthly, {"ITGC-ACCESS"});
  good.evidence = full_months();
  ControlFacts dev = good;
  dev.version.key = "B-DEV";
  dev.tests = {{day("2026-05-20"), TestResult::fail, 25, 2, "removed", day("2026-06-01")},
               {day("2026-07-15"), TestResult::pass}};
  inv.controls = {good, dev};
  return inv;
}

TEST(ScoringTypeII, ADeviationCountsEvenAfterAPassingRetestAndWhateverCoversTheRequirement) {
  Inventory inv = two_controls_on_access();
  const Options options{day("2026-09-30"), 6};
  ServiceResult r = score(inv, options).at(0);
  const Readiness& t2 = r.soc1_type2;
  const RequirementScore* access = t2.find("ITGC-ACCESS");
  EXPECT_EQ(access->score, 1.0);  // A-GOOD
  EXPECT_EQ(access->gap, GapReason::deviation);
  ASSERT_FALSE(t2.gaps.empty());
  EXPECT_EQ(t2.gaps.back().code, "ITGC-ACCESS");
  EXPECT_DOUBLE_EQ(access->controls[1]->score, 0.5);  // B-DEV: 1 x fail 0.5
  EXPECT_FALSE(r.soc1_type1.find("ITGC-ACCESS")->gap.has_value());

  // Visible in the result, in the JSON and in explain.
  auto list = deviations_of(t2);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].deviation.control, "B-DEV");
  EXPECT_THAT(list[0].requirements, ElementsAre("ITGC-ACCESS"));
  auto json = score_json(r, Framework::soc1, ReportType::type2);
  ASSERT_EQ(json.at("deviations").size(), 1u);
  EXPECT_EQ(json["deviations"][0]["control"], "B-DEV");
  EXPECT_EQ(json["deviations"][0]["date"], "2026-05-20");
  EXPECT_EQ(json["deviations"][0]["result"], "fail");
  EXPECT_TRUE(score_json(r, Framework::soc1, ReportType::type1).at("deviations").empty());
  std::string text = explain(r, Framework::soc1, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("DEVIATION: B-DEV test 2026-05-20 fail, sample 25, deviations 2; "
                              "management response: removed; remediated on 2026-06-01"));
  // The result read back from JSON shows the same list.
  EXPECT_EQ(deviations_of(store::service_result_from_json(store::to_json(r)).soc1_type2).size(),
            1u);
}

TEST(ScoringTypeII, APassWithDeviationsIsADeviation) {
  ControlFacts c = operating_control("D-01", Frequency::monthly, {"ITGC-OPS"});
  c.evidence = testing::monthly_from(day("2026-04-01"), day("2026-09-01"));
  c.tests = {{day("2026-08-01"), TestResult::pass, 25, 1, "", std::nullopt}};
  ControlScores s = score_control(c, window);
  EXPECT_EQ(s.type1.score, 1.0);
  EXPECT_EQ(s.type2.deviation_factor, 0.75);
  EXPECT_EQ(s.type2.score, 0.75);
  ASSERT_EQ(s.type2.deviations.size(), 1u);
  EXPECT_EQ(s.type2.deviations[0].result_name(), "pass");
  // A test before the window is not a deviation of this window.
  c.tests = {{day("2026-03-29"), TestResult::fail}, {day("2026-04-01"), TestResult::pass}};
  EXPECT_EQ(score_control(c, window).type2.score, 1.0);
}

// ---- Key controls ----

Inventory key_and_other(double key_weight_partial) {
  Inventory inv = one_service("pay", true);
  ControlFacts key = operating_control("K-01", Frequency::monthly, {"ITGC-OPS"});
  key.version.is_key = true;
  if (key_weight_partial > 0) key.version.status = Status::partial;
  key.evidence = full_months();
  ControlFacts other = key;
  other.version.key = "O-01";
  other.version.is_key = false;
  other.version.status = Status::implemented;
  inv.controls = {key, other};
  return inv;
}

TEST(ScoringTypeII, AKeyControlCapsItsRequirementUnlessCompensated) {
  Inventory inv = key_and_other(0.5);
  const Options options{day("2026-09-30"), 6};
  // Keep each result alive while reading the requirement it holds.
  const ServiceResult capped = score(inv, options).at(0);
  const RequirementScore* ops = capped.soc1_type1.find("ITGC-OPS");
  ASSERT_NE(ops, nullptr);
  EXPECT_EQ(ops->score, 0.5);  // best O-01 is 1, key K-01 is 0.5
  EXPECT_EQ(ops->best_control, "K-01");
  EXPECT_EQ(ops->gap, GapReason::partial);
  inv.controls[1].version.compensates = {"K-01"};
  const ServiceResult compensated = score(inv, options).at(0);
  ops = compensated.soc1_type1.find("ITGC-OPS");
  ASSERT_NE(ops, nullptr);
  EXPECT_EQ(ops->score, 1.0);
  EXPECT_EQ(ops->best_control, "O-01");
}

TEST(ScoringTypeII, ADeviationOnAKeyControlKeepsTypeIIFromReady) {
  Inventory inv = one_service("pay", true);
  for (const char* code : {"ITGC-ACCESS", "ITGC-CHANGE", "ITGC-OPS", "ITGC-SDLC",
                           "BP-AUTHORIZATION", "BP-COMPLETENESS", "BP-ACCURACY"}) {
    ControlFacts c =
        operating_control((std::string("C-") + code).c_str(), Frequency::monthly, {code});
    c.evidence = full_months();
    inv.controls.push_back(c);
  }
  // A second, key control on BP-ACCURACY that passed with one deviation.
  ControlFacts k = inv.controls.back();
  k.version.key = "K-ACC";
  k.version.is_key = true;
  k.tests = {{day("2026-06-01"), TestResult::pass, 25, 1, "", std::nullopt}};
  inv.controls.push_back(k);
  ServiceResult r = score(inv, {day("2026-09-30"), 6}).at(0);
  // BP-ACCURACY: capped by K-ACC at 0.75; readiness (6 + 0.75) / 7 = 96.4, no blockers.
  EXPECT_NEAR(r.soc1_type2.readiness, 100.0 * 6.75 / 7.0, 1e-9);
  EXPECT_EQ(r.soc1_type2.band, Band::nearly_ready);
  EXPECT_EQ(r.soc1_type1.band, Band::ready);
  // Not key: Ready.
  inv.controls.back().version.is_key = false;
  r = score(inv, {day("2026-09-30"), 6}).at(0);
  EXPECT_EQ(r.soc1_type2.readiness, 100.0);
  EXPECT_EQ(r.soc1_type2.band, Band::ready);
  EXPECT_EQ(r.soc1_type2.find("BP-ACCURACY")->gap, GapReason::deviation);
}

// ---- Automated controls ----

Inventory automated_with_itgc(bool access_deviates) {
  Inventory inv = one_service("app", false);
  ControlFacts mfa = operating_control("MFA-01", Frequency::continuous, {"CC6.6"});
  mfa.version.nature = Nature::automated;
  mfa.evidence = {day("2026-06-15")};  // 107 days old: current for an automated control
  inv.controls.push_back(mfa);
  for (const char* code : {"CC6.1", "CC6.2", "CC6.3", "CC8.1"}) {
    ControlFacts c =
        operating_control((std::string("M-") + code).c_str(), Frequency::monthly, {code});
    c.evidence = full_months();
    if (access_deviates && std::string(code) == "CC6.2")
      c.tests = {{day("2026-07-01"), TestResult::exception}};
    inv.controls.push_back(c);
  }
  return inv;
}

TEST(ScoringTypeII, AutomatedControlsAreATestOfOneWhileItgcsAreEffective) {
  const Options options{day("2026-09-30"), 6};
  ServiceResult r = score(automated_with_itgc(false), options).at(0);
  const RequirementScore* cc66 = r.soc2_type2.find("CC6.6");
  EXPECT_EQ(cc66->score, 1.0);
  EXPECT_EQ(cc66->controls[0]->required_sample, 1);
  EXPECT_EQ(r.soc2_type1.find("CC6.6")->score, 1.0);

  r = score(automated_with_itgc(true), options).at(0);
  cc66 = r.soc2_type2.find("CC6.6");
  EXPECT_EQ(cc66->score, 0.5);
  EXPECT_EQ(cc66->gap, GapReason::itgc_not_effective);
  EXPECT_EQ(cc66->controls[0]->score, 1.0);  // its own score; the requirement counts half
  EXPECT_FALSE(itgc_effective(r.soc2_type2));
  EXPECT_TRUE(itgc_effective(r.soc2_type1));
  EXPECT_THAT(explain(r, Framework::soc2, std::string("CC6.6"), options),
              HasSubstr("change management or logical access is a blocker or carries a "
                        "deviation: counted ×0.5"));
  // CC6.2: latest test exception x0.5 (Type I), and a deviation in the window x0.75.
  EXPECT_DOUBLE_EQ(r.soc2_type2.find("CC6.2")->score, 0.5 * 0.75);
  EXPECT_EQ(r.soc2_type1.find("CC6.6")->score, 1.0);
}

TEST(ScoringTypeII, ABlockerOnChangeManagementHalvesAutomatedControls) {
  Inventory inv = automated_with_itgc(false);
  inv.controls.erase(inv.controls.begin() + 4);  // M-CC8.1
  ServiceResult r = score(inv, {day("2026-09-30"), 6}).at(0);
  EXPECT_TRUE(r.soc2_type2.find("CC8.1")->blocker);
  EXPECT_EQ(r.soc2_type2.find("CC6.6")->score, 0.5);
}

// ---- Populations ----

TEST(ScoringPopulations, ProportionalOverlapRoundedUp) {
  // 2026-01-01..03-31 (90 days) of 10: 2 days inside from 03-30: ceil(10 x 2 / 90) = 1.
  std::vector<PopulationFacts> p = {{day("2026-01-01"), day("2026-03-31"), 10},
                                    {day("2026-04-01"), day("2026-06-30"), 7}};
  EXPECT_EQ(population_in(p, window.opens, window.closes), 8);
  EXPECT_FALSE(population_in(p, day("2026-07-01"), day("2026-09-30")).has_value());
  EXPECT_EQ(population_in({{day("2026-04-01"), day("2026-04-30"), 0}}, window.opens, window.closes),
            0);
}

TEST(ScoringPopulations, EveryInstanceNeedsEvidence) {
  ControlFacts c = operating_control("E-01", Frequency::event, {"ITGC-ACCESS"});
  for (int k = 0; k < 12; ++k) c.evidence.push_back(day("2026-04-01").plus_days(10 * k));
  c.populations = {{day("2026-04-01"), day("2026-09-30"), 48}};
  ControlScore t2 = score_control(c, window).type2;
  EXPECT_EQ(t2.population, 48);
  EXPECT_EQ(t2.required_sample, 8);              // the auditor's sample, shown
  EXPECT_DOUBLE_EQ(t2.population_factor, 0.25);  // 12 / 48
  EXPECT_DOUBLE_EQ(t2.score, 0.25);
}

TEST(ScoringPopulations, UnknownPopulationIsAtMostHalf) {
  ControlFacts c = operating_control("E-02", Frequency::event, {"ITGC-ACCESS"});
  c.evidence = {day("2026-05-01")};
  ControlScore t2 = score_control(c, window).type2;
  EXPECT_FALSE(t2.population.has_value());
  EXPECT_EQ(t2.score, 0.5);
  EXPECT_EQ(t2.gap, GapReason::population_unknown);
}

TEST(ScoringPopulations, NoInstanceKeepsTypeIAndIsNoDeviation) {
  ControlFacts c = operating_control("E-03", Frequency::event, {"ITGC-ACCESS"});
  c.version.implemented_on = day("2026-08-01");  // even a short history: nothing to test
  c.evidence = {day("2025-12-01")};              // Type I: 303 days old, current
  c.populations = {{day("2026-01-01"), day("2026-09-30"), 0}};
  ControlScores s = score_control(c, window);
  EXPECT_EQ(s.type2.population, 0);
  EXPECT_EQ(s.type2.score, s.type1.score);
  EXPECT_THAT(s.type2.deviations, IsEmpty());
  EXPECT_THAT(s.type2.reasons, ::testing::Contains(HasSubstr("untested: no instance")));
}

// ---- Properties ----

TEST(ScoringTypeIIProperties, EveryDeviationInTheWindowIsVisible) {
  for (unsigned seed = 1; seed <= 30; ++seed) {
    Inventory inv = testing::random_inventory(seed);
    const Options options{testing::random_as_of(), 6};
    const Window w = observation_window(options);
    auto results = score(inv, options);
    for (std::size_t i = 0; i < results.size(); ++i)
      for (Framework f : all_frameworks) {
        const Readiness& t2 = results[i].readiness(f, ReportType::type2);
        auto listed = deviations_of(t2);
        auto json = score_json(results[i], f, ReportType::type2);
        // JSON: every test deviation, and each control's missing periods in one entry, where
        // each period is listed or inside a "FIRST to LAST" run.
        auto tests = std::count_if(listed.begin(), listed.end(),
                                   [](const auto& d) { return !d.deviation.missing(); });
        std::set<std::string> missing_controls;
        for (const auto& d : listed)
          if (d.deviation.missing()) missing_controls.insert(d.deviation.control);
        const auto& entries = json.at("deviations");
        EXPECT_EQ(entries.size(), static_cast<std::size_t>(tests) + missing_controls.size());
        for (const auto& d : listed) {
          if (!d.deviation.missing()) continue;
          bool found = false;
          for (const auto& e : entries) {
            if (e.at("control") != d.deviation.control || e.at("result") != "missing") continue;
            for (const auto& item : e.at("periods")) {
              const auto text = item.get<std::string>();
              const auto to = text.find(" to ");
              found = found || text == d.deviation.period ||
                      (to != std::string::npos && text.substr(0, to) <= d.deviation.period &&
                       d.deviation.period <= text.substr(to + 4));
            }
          }
          EXPECT_TRUE(found) << "seed " << seed << " " << d.deviation.control << " "
                             << d.deviation.period;
        }
        for (const auto& r : t2.requirements)
          for (const auto& c : r.controls) {
            const ControlFacts* facts = nullptr;
            for (const auto& x : inv.controls)
              if (x.version.key == c->key) facts = &x;
            for (const auto& t : facts->tests) {
              bool deviation = t.on >= w.opens && t.on <= w.closes &&
                               (t.result != TestResult::pass || t.deviations.value_or(0) > 0);
              if (!deviation) continue;
              // A deviation gap, or one more urgent (unmapped, planned, partial, failed test).
              ASSERT_TRUE(r.gap.has_value()) << "seed " << seed << " " << r.code;
              EXPECT_LE(*r.gap, GapReason::deviation) << "seed " << seed << " " << r.code;
              EXPECT_TRUE(std::any_of(listed.begin(), listed.end(),
                                      [&](const auto& d) {
                                        return d.deviation.control == c->key &&
                                               d.deviation.date == t.on;
                                      }))
                  << "seed " << seed;
            }
          }
      }
  }
}

}  // namespace
}  // namespace socready::scoring

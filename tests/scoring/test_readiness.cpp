#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/error.hpp"
#include "scoring/json.hpp"
#include "scoring/policy.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"
#include "store/snapshot_json.hpp"

namespace socready::scoring {
namespace {

using store::to_json;
using testing::control;
using testing::day;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::random_as_of;
using testing::random_inventory;
using testing::service;
using testing::spec_catalog;

std::string dump(const std::vector<ServiceResult>& results) {
  std::string out;
  for (const auto& r : results) out += to_json(r).dump() + "\n";
  return out;
}

// ---- Exact values on the worked example of docs/scoring.md ----

class ScoringWorkedExample : public ::testing::Test {
 protected:
  Options options{day("2026-09-30"), 6};
  std::vector<ServiceResult> results = score(testing::worked_example(), options);
  const ServiceResult& r = results.at(0);

  const ControlScore& control_of(ReportType t, const char* requirement, const char* key) const {
    for (const auto& c : r.readiness(Framework::soc1, t).find(requirement)->controls)
      if (c->key == key) return *c;
    throw std::invalid_argument(key);
  }
};

TEST_F(ScoringWorkedExample, ControlScoresTypeI) {
  // AC-01: 1 x evidence 2026-09-30 (0 days <= 45) x latest test 2026-07-15 pass = 1
  EXPECT_EQ(control_of(ReportType::type1, "ITGC-ACCESS", "AC-01").score, 1.0);
  // CM-01: 1 x evidence 2026-09-03 (27 days <= 400) x untested = 1
  EXPECT_EQ(control_of(ReportType::type1, "ITGC-CHANGE", "CM-01").score, 1.0);
  // KC-01: partial 0.5 x evidence 2026-07-08 (84 days <= 120) = 0.5
  const ControlScore& kc = control_of(ReportType::type1, "BP-COMPLETENESS", "KC-01");
  EXPECT_EQ(kc.score, 0.5);
  EXPECT_EQ(kc.gap, GapReason::partial);
  // IF-01: 1 x evidence 2026-09-05 (25 days) = 1
  EXPECT_EQ(control_of(ReportType::type1, "BP-COMPLETENESS", "IF-01").score, 1.0);
  // RC-01: automated, evidence 2026-06-15 is 107 days old: continuous allows 7, automated 120.
  const ControlScore& rc = control_of(ReportType::type1, "BP-ACCURACY", "RC-01");
  EXPECT_EQ(rc.max_evidence_age_days, 120);
  EXPECT_EQ(rc.score, 1.0);
}

TEST_F(ScoringWorkedExample, ReadinessTypeI) {
  const Readiness& t1 = r.readiness(Framework::soc1, ReportType::type1);
  // BP-COMPLETENESS: best IF-01 1, but never above key control KC-01: 0.5.
  EXPECT_EQ(t1.find("BP-COMPLETENESS")->score, 0.5);
  EXPECT_EQ(t1.find("BP-COMPLETENESS")->best_control, "KC-01");
  EXPECT_EQ(t1.find("BP-COMPLETENESS")->gap, GapReason::partial);
  // (1 + 1 + 0.5 + 1) / 4 = 87.5: Nearly ready.
  EXPECT_DOUBLE_EQ(t1.readiness, 87.5);
  EXPECT_EQ(t1.band, Band::nearly_ready);
  EXPECT_EQ(t1.covered, 4);
  EXPECT_THAT(t1.blockers, IsEmpty());
  ASSERT_EQ(t1.gaps.size(), 1u);
  EXPECT_EQ(t1.gaps[0].code, "BP-COMPLETENESS");
  EXPECT_THAT(deviations_of(t1), IsEmpty());
}

TEST_F(ScoringWorkedExample, ControlScoresTypeII) {
  // Window 2026-03-30 .. 2026-09-30 = 184 days; months due: 2026-04 .. 2026-08 (September's
  // grace runs to 2026-10-10).
  const ControlScore& ac = control_of(ReportType::type2, "ITGC-ACCESS", "AC-01");
  EXPECT_EQ(ac.window_days, 184);
  EXPECT_EQ(ac.operating_factor, 1.0);
  EXPECT_EQ(ac.required_periods, 5);
  EXPECT_EQ(ac.covered_periods, 4);  // 08-31 is past July's grace (08-10): July is missing
  EXPECT_DOUBLE_EQ(ac.coverage_factor, 0.8);
  EXPECT_EQ(ac.required_sample, 2);
  EXPECT_EQ(ac.sample_factor, 1.0);
  EXPECT_EQ(ac.deviation_factor, 0.5);  // 2026-05-20 failed, retest passed: still counts
  EXPECT_DOUBLE_EQ(ac.score, 0.4);      // 1 x 1 x 0.8 x 1 x 0.5
  ASSERT_EQ(ac.deviations.size(), 2u);
  EXPECT_EQ(ac.deviations[0].date, day("2026-05-20"));
  EXPECT_EQ(ac.deviations[0].result, TestResult::fail);
  EXPECT_EQ(ac.deviations[0].sample_size, 25);
  EXPECT_EQ(ac.deviations[0].deviations, 2);
  EXPECT_EQ(ac.deviations[0].management_response, "Access of two leavers removed");
  EXPECT_EQ(ac.deviations[0].remediated_on, day("2026-06-01"));
  EXPECT_TRUE(ac.deviations[1].missing());
  EXPECT_EQ(ac.deviations[1].period, "2026-07");
  EXPECT_EQ(ac.gap, GapReason::deviation);

  // CM-01: population 2026-01-01..06-30 of 38 has 93 of its 181 days in the window:
  // ceil(38 x 93 / 181) = ceil(19.52) = 20; 2026-07-01..09-30 adds 20: 40. 32 records: 0.8.
  const ControlScore& cm = control_of(ReportType::type2, "ITGC-CHANGE", "CM-01");
  EXPECT_EQ(cm.population, 40);
  EXPECT_EQ(cm.evidence_in_window, 32);
  EXPECT_EQ(cm.required_sample, 8);  // what the auditor will sample from 11 to 50
  EXPECT_DOUBLE_EQ(cm.population_factor, 0.8);
  EXPECT_DOUBLE_EQ(cm.score, 0.8);
  EXPECT_EQ(cm.gap, GapReason::insufficient_samples);

  // KC-01: partial today, so no day is discounted; Q2 is the only quarter due (Q3's grace runs
  // to 2026-10-30), covered by 04-10; sample min(2, 1) = 1. 0.5 x 1 x 1 x 1 = 0.5.
  const ControlScore& kc = control_of(ReportType::type2, "BP-COMPLETENESS", "KC-01");
  EXPECT_EQ(kc.operating_factor, 1.0);
  EXPECT_EQ(kc.required_periods, 1);
  EXPECT_EQ(kc.covered_periods, 1);
  EXPECT_EQ(kc.required_sample, 1);
  EXPECT_EQ(kc.score, 0.5);

  // IF-01: partial until 2026-06-30: 92 of the 184 days count half: (184 - 46) / 184 = 0.75.
  const ControlScore& itf = control_of(ReportType::type2, "BP-COMPLETENESS", "IF-01");
  EXPECT_EQ(itf.partial_days_in_window, 92);
  EXPECT_DOUBLE_EQ(itf.operating_factor, 0.75);
  EXPECT_EQ(itf.covered_periods, 5);
  EXPECT_DOUBLE_EQ(itf.score, 0.75);

  // RC-01: automated, one record in the window covers it: 1 on its own (its requirement
  // counts it at half, see below).
  const ControlScore& rc = control_of(ReportType::type2, "BP-ACCURACY", "RC-01");
  EXPECT_EQ(rc.coverage_factor, 1.0);
  EXPECT_EQ(rc.required_sample, 1);
  EXPECT_EQ(rc.score, 1.0);
}

TEST_F(ScoringWorkedExample, ReadinessTypeII) {
  const Readiness& t2 = r.readiness(Framework::soc1, ReportType::type2);
  EXPECT_DOUBLE_EQ(t2.find("ITGC-ACCESS")->score, 0.4);
  EXPECT_EQ(t2.find("ITGC-ACCESS")->gap, GapReason::deviation);
  EXPECT_DOUBLE_EQ(t2.find("ITGC-CHANGE")->score, 0.8);
  EXPECT_EQ(t2.find("BP-COMPLETENESS")->score, 0.5);  // min(best IF-01 0.75, key KC-01 0.5)
  EXPECT_EQ(t2.find("BP-COMPLETENESS")->best_control, "KC-01");
  // ITGC-ACCESS carries AC-01's deviation: automated RC-01 counts 1 x 0.5.
  EXPECT_FALSE(itgc_effective(t2));
  EXPECT_EQ(t2.find("BP-ACCURACY")->score, 0.5);
  EXPECT_EQ(t2.find("BP-ACCURACY")->gap, GapReason::itgc_not_effective);
  // (0.4 + 0.8 + 0.5 + 0.5) / 4 = 2.2 / 4 = 55: In progress.
  EXPECT_NEAR(t2.readiness, 55.0, 1e-9);
  EXPECT_EQ(t2.display_readiness(), 55.0);
  EXPECT_EQ(t2.band, Band::in_progress);
  EXPECT_EQ(t2.gaps.size(), 4u);
  auto deviations = deviations_of(t2);
  ASSERT_EQ(deviations.size(), 2u);
  EXPECT_EQ(deviations[0].deviation.control, "AC-01");
  EXPECT_EQ(deviations[0].deviation.result_name(), "fail");
  EXPECT_THAT(deviations[0].requirements, ElementsAre("ITGC-ACCESS"));
  EXPECT_TRUE(deviations[0].key_control);
  EXPECT_EQ(deviations[1].deviation.result_name(), "missing");
  EXPECT_EQ(deviations[1].deviation.date, day("2026-07-01"));
}

TEST_F(ScoringWorkedExample, Soc2IsScoredButUndetermined) {
  const Readiness& s2 = r.readiness(Framework::soc2, ReportType::type1);
  EXPECT_FALSE(s2.applies());
  EXPECT_EQ(s2.applicability, Outcome::undetermined);
  EXPECT_EQ(s2.band, Band::undetermined);
  EXPECT_EQ(s2.in_scope, 0);  // the example's catalog holds no SOC 2 criteria
  EXPECT_EQ(s2.readiness, 0.0);
}

// ---- Properties ----

TEST(ScoringReadinessProperties, EmptyInventoryScoresZeroWithEveryRequirementABlocker) {
  Inventory inv;
  inv.catalog = spec_catalog();
  Service s = service("everything");
  s.capabilities = {"payroll", "saas"};
  s.availability_commitment = s.processes_transactions = s.confidential_data = s.personal_data =
      true;
  inv.services.push_back(s);
  auto results = score(inv, {day("2026-06-30"), 6});
  for (Framework f : all_frameworks)
    for (ReportType t : all_report_types) {
      const Readiness& r = results[0].readiness(f, t);
      EXPECT_TRUE(r.applies());
      EXPECT_EQ(r.readiness, 0.0);
      EXPECT_EQ(r.band, Band::early);
      EXPECT_EQ(r.covered, 0);
      EXPECT_EQ(r.in_scope, f == Framework::soc1 ? 7 : 61);
      EXPECT_EQ(r.blockers.size(), static_cast<std::size_t>(r.in_scope));
      EXPECT_EQ(r.gaps.size(), static_cast<std::size_t>(r.in_scope));
      for (const auto& g : r.gaps) EXPECT_EQ(g.reason, GapReason::unmapped);
    }
}

// `score_each` hands over, one at a time and in order, exactly what `score` returns.
TEST(ScoringReadinessProperties, ScoringOneServiceAtATimeGivesTheSameResults) {
  for (unsigned seed = 1; seed <= 10; ++seed) {
    Inventory inv = random_inventory(seed);
    const Options options{random_as_of(), 6};
    const auto all = score(inv, options);
    std::vector<ServiceResult> each;
    score_each(inv, options, [&](ServiceResult&& r) { each.push_back(std::move(r)); });
    EXPECT_EQ(each, all) << "seed " << seed;
  }
  EXPECT_THROW(score_each(random_inventory(1), {random_as_of(), 2}, [](ServiceResult&&) {}),
               InputError);
}

TEST(ScoringReadinessProperties, AddingAControlNeverLowersReadiness) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    Inventory inv = random_inventory(seed);
    Options options{random_as_of(), 3 + static_cast<int>(seed % 10)};
    auto before = score(inv, options);
    // An effective control, and a random one: neither may lower any score.
    Inventory more = random_inventory(seed + 1000, 6, 4);
    // Non-key and without deviations (SPEC §4: a key control with a lower score may lower).
    for (auto& c : more.controls) {
      c.version.key = "ADD-" + c.version.key;
      c.version.is_key = false;
      for (auto& t : c.tests) t = {t.on, TestResult::pass};
      inv.controls.push_back(c);
    }
    ControlFacts good =
        control("AAA-GOOD", Status::implemented, {inv.catalog[seed % inv.catalog.size()].code},
                {"svc-" + std::to_string(seed % 6)});
    good.version.implemented_on = day("2020-01-01");
    good.evidence = testing::monthly_from(day("2025-01-01"), day("2026-09-01"));
    inv.controls.push_back(good);
    auto after = score(inv, options);
    ASSERT_EQ(before.size(), after.size());
    for (std::size_t i = 0; i < before.size(); ++i)
      for (Framework f : all_frameworks)
        for (ReportType t : all_report_types) {
          const Readiness& b = before[i].readiness(f, t);
          const Readiness& a = after[i].readiness(f, t);
          EXPECT_GE(a.readiness, b.readiness) << "seed " << seed;
          EXPECT_GE(a.covered, b.covered) << "seed " << seed;
          for (std::size_t k = 0; k < b.requirements.size(); ++k)
            EXPECT_GE(a.requirements[k].score, b.requirements[k].score);
        }
  }
}

TEST(ScoringReadinessProperties, NotApplicableControlsNeverCount) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    Inventory inv = random_inventory(seed);
    Options options{random_as_of(), 6};
    std::string before = dump(score(inv, options));
    // Perfect in every respect except its status.
    for (std::size_t i = 0; i < inv.catalog.size(); i += 3) {
      ControlFacts na =
          control("NA-" + std::to_string(i), Status::not_applicable, {inv.catalog[i].code});
      na.version.implemented_on = day("2020-01-01");
      na.evidence = testing::monthly_from(day("2025-01-01"), day("2026-09-01"));
      na.tests = {{day("2026-09-01"), TestResult::pass}};
      inv.controls.push_back(na);
    }
    EXPECT_EQ(dump(score(inv, options)), before) << "seed " << seed;
  }
}

TEST(ScoringReadinessProperties, TypeIINeverExceedsTypeI) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    Inventory inv = random_inventory(seed);
    auto results = score(inv, {random_as_of(), 3 + static_cast<int>(seed % 10)});
    for (const auto& r : results)
      for (Framework f : all_frameworks) {
        const Readiness& t1 = r.readiness(f, ReportType::type1);
        const Readiness& t2 = r.readiness(f, ReportType::type2);
        EXPECT_LE(t2.readiness, t1.readiness);
        EXPECT_LE(t2.covered, t1.covered);
        ASSERT_EQ(t1.requirements.size(), t2.requirements.size());
        for (std::size_t k = 0; k < t1.requirements.size(); ++k) {
          EXPECT_LE(t2.requirements[k].score, t1.requirements[k].score);
          for (std::size_t c = 0; c < t1.requirements[k].controls.size(); ++c)
            EXPECT_LE(t2.requirements[k].controls[c]->score, t1.requirements[k].controls[c]->score);
        }
      }
  }
}

TEST(ScoringReadinessProperties, ScoresStayWithinBounds) {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    for (const auto& r : score(random_inventory(seed), {random_as_of(), 6}))
      for (Framework f : all_frameworks)
        for (ReportType t : all_report_types) {
          const Readiness& rd = r.readiness(f, t);
          EXPECT_GE(rd.readiness, 0.0);
          EXPECT_LE(rd.readiness, 100.0);
          EXPECT_EQ(rd.covered + static_cast<int>(rd.blockers.size()), rd.in_scope);
          for (std::size_t k = 1; k < rd.gaps.size(); ++k) {
            const Gap& a = rd.gaps[k - 1];
            const Gap& b = rd.gaps[k];
            EXPECT_TRUE(a.blocker > b.blocker || (a.blocker == b.blocker && a.score <= b.score));
          }
          if (rd.band == Band::ready) {
            EXPECT_TRUE(rd.blockers.empty());
          }
        }
  }
}

TEST(ScoringReadinessProperties, ControlOrderDoesNotMatter) {
  Inventory inv = random_inventory(7);
  Options options{random_as_of(), 6};
  std::string expected = dump(score(inv, options));
  std::mt19937 rng(99);
  std::shuffle(inv.controls.begin(), inv.controls.end(), rng);
  EXPECT_EQ(dump(score(inv, options)), expected);
}

TEST(ScoringReadiness, CriterionCoveredOnlyByAPlannedControlStaysABlocker) {
  Inventory inv;
  inv.catalog = spec_catalog();
  Service s = service("app");
  s.clients_ask_security = true;
  inv.services.push_back(s);
  ControlFacts planned = control("PL-01", Status::planned, {"CC6.1"});
  planned.version.implemented_on = day("2020-01-01");
  planned.evidence = testing::monthly_from(day("2026-01-01"), day("2026-06-01"));
  inv.controls.push_back(planned);
  auto r = score(inv, {day("2026-06-30"), 6}).at(0);
  for (ReportType t : all_report_types) {
    const Readiness& rd = r.readiness(Framework::soc2, t);
    const RequirementScore* cc61 = rd.find("CC6.1");
    EXPECT_TRUE(cc61->blocker);
    EXPECT_EQ(cc61->score, 0.0);
    EXPECT_EQ(cc61->gap, GapReason::planned_only);
    EXPECT_EQ(cc61->best_control, "PL-01");
    EXPECT_NE(std::find(rd.blockers.begin(), rd.blockers.end(), "CC6.1"), rd.blockers.end());
  }
}

TEST(ScoringReadiness, ControlsCoverOnlyTheirServices) {
  Inventory inv;
  inv.catalog = spec_catalog();
  for (const char* slug : {"a", "b"}) {
    Service s = service(slug);
    s.clients_ask_sox = true;
    inv.services.push_back(s);
  }
  ControlFacts only_b = control("B-01", Status::implemented, {"ITGC-OPS"}, {"b"});
  only_b.evidence = {day("2026-06-01")};
  inv.controls.push_back(only_b);
  auto r = score(inv, {day("2026-06-30"), 6});
  EXPECT_TRUE(r[0].soc1_type1.find("ITGC-OPS")->blocker);
  EXPECT_FALSE(r[1].soc1_type1.find("ITGC-OPS")->blocker);
  EXPECT_EQ(r[1].soc1_type1.covered, 1);
}

TEST(ScoringReadiness, TiesGoToTheLowerKey) {
  Inventory inv;
  inv.catalog = spec_catalog();
  Service s = service("a");
  s.clients_ask_sox = true;
  inv.services.push_back(s);
  for (const char* key : {"Z-01", "M-01", "A-01"}) {
    ControlFacts c = control(key, Status::partial, {"ITGC-OPS"});
    c.evidence = {day("2026-06-01")};
    inv.controls.push_back(c);
  }
  auto r = score(inv, {day("2026-06-30"), 6}).at(0);
  const RequirementScore* ops = r.soc1_type1.find("ITGC-OPS");
  EXPECT_EQ(ops->best_control, "A-01");
  ASSERT_EQ(ops->controls.size(), 3u);
  EXPECT_EQ(ops->controls[0]->key, "A-01");
  EXPECT_EQ(ops->controls[2]->key, "Z-01");
}

TEST(ScoringReadiness, GapsPutBlockersFirstThenLowestScore) {
  Inventory inv;
  inv.catalog = spec_catalog();
  Service s = service("a");
  s.clients_ask_sox = true;
  inv.services.push_back(s);
  // Evidence current and tests passing unless said otherwise.
  auto add = [&](const char* key, Status st, const char* req, std::optional<TestResult> test) {
    ControlFacts c = control(key, st, {req});
    c.evidence = {day("2026-06-01")};
    if (test) c.tests = {{day("2026-06-01"), *test}};
    inv.controls.push_back(c);
  };
  add("C-1", Status::implemented, "ITGC-ACCESS", std::nullopt);         // 1: no gap
  add("C-2", Status::partial, "ITGC-CHANGE", std::nullopt);             // 0.5 partial
  add("C-3", Status::implemented, "ITGC-OPS", TestResult::fail);        // 0.25 failed_test
  add("C-4", Status::implemented, "ITGC-SDLC", TestResult::exception);  // 0.5 failed_test
  add("C-5", Status::planned, "BP-AUTHORIZATION", std::nullopt);        // 0 planned_only
  ControlFacts stale = control("C-6", Status::implemented, {"BP-COMPLETENESS"});
  stale.evidence = {day("2025-01-01")};
  inv.controls.push_back(stale);  // 0.5 stale_evidence
  // BP-ACCURACY: nothing, unmapped.
  auto r = score(inv, {day("2026-06-30"), 6}).at(0);
  std::vector<std::pair<std::string, GapReason>> gaps;
  for (const auto& g : r.soc1_type1.gaps) gaps.emplace_back(g.code, g.reason);
  EXPECT_THAT(gaps,
              ElementsAre(std::pair{std::string("BP-AUTHORIZATION"), GapReason::planned_only},
                          std::pair{std::string("BP-ACCURACY"), GapReason::unmapped},
                          std::pair{std::string("ITGC-OPS"), GapReason::failed_test},
                          std::pair{std::string("ITGC-CHANGE"), GapReason::partial},
                          std::pair{std::string("ITGC-SDLC"), GapReason::failed_test},
                          std::pair{std::string("BP-COMPLETENESS"), GapReason::stale_evidence}));
  EXPECT_THAT(r.soc1_type1.blockers, ElementsAre("BP-AUTHORIZATION", "BP-ACCURACY"));
  // (1 + 0.5 + 0.25 + 0.5 + 0 + 0.5 + 0) / 7 = 2.75 / 7 = 39.29: Early.
  EXPECT_NEAR(r.soc1_type1.readiness, 100.0 * 2.75 / 7.0, 1e-9);
  EXPECT_EQ(r.soc1_type1.band, Band::early);
}

TEST(ScoringReadiness, TypeIIReasonsForHistoryAndSamples) {
  Inventory inv;
  inv.catalog = spec_catalog();
  Service s = service("a");
  s.clients_ask_sox = true;
  inv.services.push_back(s);
  ControlFacts young = control("Y-01", Status::implemented, {"ITGC-ACCESS"});
  young.version.implemented_on = day("2026-05-01");
  young.evidence = {day("2026-05-31"), day("2026-06-29")};
  ControlFacts thin = control("T-01", Status::implemented, {"ITGC-CHANGE"});
  thin.version.frequency = Frequency::daily;
  thin.version.implemented_on = day("2020-01-01");
  thin.evidence = {day("2026-06-25"), day("2026-06-28")};
  ControlFacts unknown_start = control("U-01", Status::implemented, {"ITGC-OPS"});
  unknown_start.evidence = {day("2026-06-01")};
  inv.controls = {thin, unknown_start, young};
  auto r = score(inv, {day("2026-06-30"), 6}).at(0);
  const Readiness& t2 = r.soc1_type2;
  EXPECT_EQ(t2.find("ITGC-ACCESS")->gap, GapReason::short_history);
  // Daily: 2 dates in the last week cover no ISO week (5 dates each): 0 of 25 weeks.
  EXPECT_EQ(t2.find("ITGC-CHANGE")->gap, GapReason::missing_periods);
  EXPECT_EQ(t2.find("ITGC-CHANGE")->score, 0.0);
  // No implemented_on: no operating history at all, so a Type II blocker while Type I is full.
  EXPECT_TRUE(t2.find("ITGC-OPS")->blocker);
  EXPECT_EQ(t2.find("ITGC-OPS")->gap, GapReason::short_history);
  EXPECT_EQ(r.soc1_type1.find("ITGC-OPS")->score, 1.0);
}

TEST(ScoringReadiness, RecordsAfterTheAsOfDateAreIgnored) {
  Inventory inv = testing::worked_example();
  std::string expected = dump(score(inv, {day("2026-09-01"), 6}));
  inv.controls[2].evidence.push_back(day("2026-12-01"));
  inv.controls[2].tests.push_back({day("2026-12-01"), TestResult::fail});
  inv.controls[2].history.push_back({day("2026-12-01"), std::nullopt, Status::planned});
  EXPECT_EQ(dump(score(inv, {day("2026-09-01"), 6})), expected);
}

TEST(ScoringReadiness, WindowOutsideThreeToTwelveMonthsIsRefused) {
  Inventory inv = testing::worked_example();
  EXPECT_THROW(score(inv, {day("2026-09-01"), 2}), InputError);
  EXPECT_THROW(score(inv, {day("2026-09-01"), 13}), InputError);
  EXPECT_NO_THROW(score(inv, {day("2026-09-01"), 3}));
  EXPECT_NO_THROW(score(inv, {day("2026-09-01"), 12}));
}

TEST(ScoringReadiness, Deterministic) {
  Inventory inv = random_inventory(3);
  Options options{random_as_of(), 6};
  EXPECT_EQ(dump(score(inv, options)), dump(score(inv, options)));
}

// ---- Policy lookups ----

TEST(ScoringPolicy, SampleSizes) {
  using policy::event_sample;
  using policy::frequency_sample;
  EXPECT_EQ(frequency_sample(Frequency::annual), 1);
  EXPECT_EQ(frequency_sample(Frequency::semiannual), 1);
  EXPECT_EQ(frequency_sample(Frequency::quarterly), 2);
  EXPECT_EQ(frequency_sample(Frequency::monthly), 2);
  EXPECT_EQ(frequency_sample(Frequency::weekly), 5);
  EXPECT_EQ(frequency_sample(Frequency::daily), 25);
  EXPECT_EQ(frequency_sample(Frequency::continuous), 40);
  EXPECT_EQ(frequency_sample(std::nullopt), 1);
  EXPECT_EQ(event_sample(0), 0);
  EXPECT_EQ(event_sample(7), 7);
  EXPECT_EQ(event_sample(10), 10);
  EXPECT_EQ(event_sample(11), 8);
  EXPECT_EQ(event_sample(50), 8);
  EXPECT_EQ(event_sample(51), 15);
  EXPECT_EQ(event_sample(250), 15);
  EXPECT_EQ(event_sample(251), 25);
}

TEST(ScoringPolicy, Bands) {
  using policy::band_for;
  EXPECT_EQ(band_for(Outcome::does_not_apply, 100.0, false), Band::not_in_scope);
  EXPECT_EQ(band_for(Outcome::undetermined, 100.0, false), Band::undetermined);
  EXPECT_EQ(band_for(Outcome::applies, 90.0, false), Band::ready);
  EXPECT_EQ(band_for(Outcome::applies, 89.96, false), Band::ready);  // shown as 90.0
  EXPECT_EQ(band_for(Outcome::applies, 89.94, false), Band::nearly_ready);
  EXPECT_EQ(band_for(Outcome::applies, 99.0, true),
            Band::nearly_ready);  // blockers keep it from Ready
  EXPECT_EQ(band_for(Outcome::applies, 75.0, false), Band::nearly_ready);
  EXPECT_EQ(band_for(Outcome::applies, 40.0, false), Band::in_progress);
  EXPECT_EQ(band_for(Outcome::applies, 39.9, false), Band::early);
  // Type II: a deviation or missing period on a key control keeps it from Ready.
  EXPECT_EQ(band_for(Outcome::applies, 99.0, false, true), Band::nearly_ready);
}

TEST(ScoringPolicy, EvidenceAllowances) {
  using policy::max_evidence_age_days;
  EXPECT_EQ(max_evidence_age_days(Frequency::continuous), 7);
  EXPECT_EQ(max_evidence_age_days(Frequency::weekly), 14);
  EXPECT_EQ(max_evidence_age_days(Frequency::monthly), 45);
  EXPECT_EQ(max_evidence_age_days(Frequency::quarterly), 120);
  EXPECT_EQ(max_evidence_age_days(Frequency::annual), 400);
  EXPECT_EQ(max_evidence_age_days(std::nullopt), 400);
  EXPECT_EQ(max_evidence_age_days(Frequency::continuous, Nature::automated), 120);
  EXPECT_EQ(max_evidence_age_days(Frequency::annual, Nature::automated), 400);
}

}  // namespace
}  // namespace socready::scoring

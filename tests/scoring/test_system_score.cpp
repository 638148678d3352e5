// A system scored as one scope (SPEC §2, §4b), with values computed by hand.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scoring/json.hpp"
#include "scoring/readiness.hpp"
#include "scoring/system_score.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using testing::control;
using testing::day;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Four Security criteria; two services that clients ask about security (SOC 2 applies to both).
Inventory two_services() {
  Inventory inv;
  for (const char* code : {"CC6.1", "CC6.2", "CC7.1", "CC8.1"}) {
    Requirement r;
    r.code = code;
    r.framework = Framework::soc2;
    r.category = "Security";
    r.series = std::string(code).substr(0, 3);
    r.title = std::string("criterion ") + code;
    inv.catalog.push_back(std::move(r));
  }
  for (const char* slug : {"a", "b"}) {
    Service s = testing::service(slug);
    s.clients_ask_security = true;
    inv.services.push_back(s);
  }
  return inv;
}

ControlFacts current(ControlFacts c, std::vector<Date> evidence) {
  c.version.implemented_on = day("2025-01-01");
  c.evidence = std::move(evidence);
  return c;
}

System system_of(std::vector<std::string> services) {
  System s;
  s.key = "platform";
  s.name = "Platform";
  s.services = std::move(services);
  return s;
}

class SharedEntityLevelGap : public ::testing::Test {
 protected:
  void SetUp() override {
    // ENT-01 covers every service but is only partial: CC6.1 is a gap of a and of b.
    inv.controls.push_back(
        current(control("ENT-01", Status::partial, {"CC6.1"}), {day("2026-06-20")}));
    inv.controls.push_back(
        current(control("A-01", Status::implemented, {"CC7.1"}, {"a"}), {day("2026-06-20")}));
    inv.controls.push_back(
        current(control("B-01", Status::implemented, {"CC8.1"}, {"b"}), {day("2026-06-20")}));
  }
  Inventory inv = two_services();
  Options options{day("2026-06-30"), 6};
};

TEST_F(SharedEntityLevelGap, EachServiceAloneHasItsOwnBlockers) {
  const auto r = score(inv, options);
  // a: CC6.1 0.5 (partial), CC6.2 0, CC7.1 1, CC8.1 0 -> 1.5 / 4 = 37.5
  EXPECT_DOUBLE_EQ(r[0].soc2_type1.readiness, 37.5);
  EXPECT_THAT(r[0].soc2_type1.blockers, ElementsAre("CC6.2", "CC8.1"));
  // b: CC6.1 0.5, CC6.2 0, CC7.1 0, CC8.1 1 -> 37.5
  EXPECT_DOUBLE_EQ(r[1].soc2_type1.readiness, 37.5);
  EXPECT_THAT(r[1].soc2_type1.blockers, ElementsAre("CC6.2", "CC7.1"));
}

TEST_F(SharedEntityLevelGap, TheSystemCountsEachRequirementAndBlockerOnce) {
  const auto s = score_system(inv, system_of({"a", "b"}), options);
  ASSERT_EQ(s.frameworks.size(), 1u);  // SOC 1: no report planned, applies to neither
  const SystemFramework& soc2 = s.frameworks[0];
  EXPECT_EQ(soc2.framework, Framework::soc2);
  EXPECT_FALSE(soc2.planned);
  EXPECT_THAT(soc2.applies_to, ElementsAre("a", "b"));
  // CC6.1 0.5 + CC6.2 0 + CC7.1 1 (A-01) + CC8.1 1 (B-01) = 2.5 of 4 -> 62.5
  const Readiness& t1 = soc2.type1;
  EXPECT_EQ(t1.in_scope, 4);
  EXPECT_EQ(t1.covered, 3);
  EXPECT_DOUBLE_EQ(t1.readiness, 62.5);
  EXPECT_THAT(t1.blockers, ElementsAre("CC6.2"));  // once, not once per service
  ASSERT_EQ(t1.gaps.size(), 2u);                   // CC6.2 (blocker), then CC6.1 (partial)
  EXPECT_EQ(t1.gaps[0].code, "CC6.2");
  EXPECT_EQ(t1.gaps[1].code, "CC6.1");
  ASSERT_EQ(t1.find("CC6.1")->controls.size(), 1u);  // the entity-level control once
  EXPECT_EQ(t1.find("CC6.1")->controls[0]->key, "ENT-01");
  EXPECT_EQ(soc2.source, WindowSource::trailing);
}

TEST_F(SharedEntityLevelGap, ASystemOfOneServiceScoresAsTheService) {
  const auto alone = score(inv, options);
  const auto s = score_system(inv, system_of({"b"}), options);
  ASSERT_EQ(s.frameworks.size(), 1u);
  EXPECT_EQ(s.frameworks[0].type1, alone[1].soc2_type1);
  EXPECT_EQ(s.frameworks[0].type2, alone[1].soc2_type2);
}

TEST_F(SharedEntityLevelGap, APlannedReportIsScoredEvenWhereItDoesNotApply) {
  System sys = system_of({"a", "b"});
  sys.soc1 = PlannedReport{ReportType::type1, std::nullopt, day("2026-12-31")};
  const auto s = score_system(inv, sys, options);
  ASSERT_EQ(s.frameworks.size(), 2u);
  EXPECT_EQ(s.frameworks[0].framework, Framework::soc1);
  EXPECT_TRUE(s.frameworks[0].planned);
  EXPECT_THAT(s.frameworks[0].applies_to, IsEmpty());
  EXPECT_EQ(s.frameworks[0].type1.applicability, Outcome::applies);
  EXPECT_EQ(s.frameworks[0].source, WindowSource::trailing);  // no Type II period planned
  EXPECT_EQ(why_scored(s.frameworks[0]),
            "SOC 1 Type I planned, as of 2026-12-31; applies to none of its services");
}

// M-01 (every service, CC6.1, monthly) ran on 5 July, August and September 2026.
class RunningPeriod : public ::testing::Test {
 protected:
  void SetUp() override {
    inv.controls.push_back(current(control("M-01", Status::implemented, {"CC6.1"}),
                                   {day("2026-07-05"), day("2026-08-05"), day("2026-09-05")}));
    sys.soc2 = PlannedReport{ReportType::type2, day("2026-07-01"), day("2026-12-31")};
  }
  const ControlScore& m01(const Readiness& r) { return *r.find("CC6.1")->controls.at(0); }

  Inventory inv = two_services();
  System sys = system_of({"a", "b"});
};

TEST_F(RunningPeriod, AProjectionDoesNotCountFuturePeriodsAsMissing) {
  const Options options{day("2026-09-30"), 6};
  const auto s = score_system(inv, sys, options);
  const SystemFramework& soc2 = *s.find(Framework::soc2);
  EXPECT_EQ(soc2.source, WindowSource::projection);
  EXPECT_EQ(soc2.window.opens, day("2026-07-01"));
  EXPECT_EQ(soc2.window.closes, day("2026-09-30"));
  // Months wholly in [07-01, 09-30] and due (end + 10 days <= 09-30): July, August. September is
  // not due yet, October to December lie ahead: 2 of 2 covered, nothing missing.
  const ControlScore& c = m01(soc2.type2);
  EXPECT_EQ(c.required_periods, 2);
  EXPECT_EQ(c.covered_periods, 2);
  EXPECT_THAT(c.deviations, IsEmpty());
  EXPECT_EQ(c.score, 1.0);
  // CC6.1 1 of 4 criteria -> 25.0
  EXPECT_DOUBLE_EQ(soc2.type2.readiness, 25.0);
  EXPECT_EQ(window_text(soc2, ReportType::type2, options.as_of),
            "2026-07-01 to 2026-09-30 (projection: the period ends 2026-12-31)");

  // The same control over the trailing six months (03-30 to 09-30): April to August are due; the
  // 5 July record covers June (within its 10 days' grace), 5 August July, 5 September August:
  // 3 of 5, April and May missing: 1 x 0.6 = 0.6.
  const auto alone = score(inv, options);
  const ControlScore& trailing = m01(alone[0].soc2_type2);
  EXPECT_EQ(trailing.required_periods, 5);
  EXPECT_EQ(trailing.covered_periods, 3);
  EXPECT_DOUBLE_EQ(trailing.score, 0.6);
}

TEST_F(RunningPeriod, AnAnnualControlNotYetRunIsNotMissingWhileThePeriodRuns) {
  // RISK-01 (every service, annual, CC8.1) last ran on 2026-04-15, before the period began.
  ControlFacts risk =
      current(control("RISK-01", Status::implemented, {"CC8.1"}), {day("2026-04-15")});
  risk.version.frequency = Frequency::annual;
  inv.controls.push_back(risk);
  // As of 2026-09-30 its next run may still fall inside the period: not missing. Type I: the
  // evidence is 168 days old (annual allows 400) = 1; Type II: operated the whole window, nothing
  // required yet = 1. CC6.1 (M-01) and CC8.1 (RISK-01) of 4 -> 50.0.
  const auto running = score_system(inv, sys, {day("2026-09-30"), 6});
  const SystemFramework& soc2 = *running.find(Framework::soc2);
  const ControlScore& c = *soc2.type2.find("CC8.1")->controls.at(0);
  EXPECT_EQ(c.required_periods, 0);
  EXPECT_THAT(c.deviations, IsEmpty());
  EXPECT_EQ(c.score, 1.0);
  EXPECT_DOUBLE_EQ(soc2.type2.readiness, 50.0);
  // Once the period has ended without its run, it is missing: 0, and CC8.1 a blocker.
  const auto ended = score_system(inv, sys, {day("2027-01-15"), 6});
  const Readiness& t2 = ended.find(Framework::soc2)->type2;
  EXPECT_EQ(t2.find("CC8.1")->score, 0.0);
  EXPECT_THAT(t2.blockers, ElementsAre("CC6.2", "CC7.1", "CC8.1"));
}

TEST_F(RunningPeriod, AnEndedPeriodIsTheWindowWithItsMissingMonths) {
  const auto s = score_system(inv, sys, {day("2027-01-15"), 6});
  const SystemFramework& soc2 = *s.find(Framework::soc2);
  EXPECT_EQ(soc2.source, WindowSource::period);
  EXPECT_EQ(soc2.window.closes, day("2026-12-31"));
  // July to November due by 12-31 (December's grace runs past it): 3 of 5, October and
  // November missing: 0.6.
  const ControlScore& c = m01(soc2.type2);
  EXPECT_EQ(c.required_periods, 5);
  EXPECT_EQ(c.covered_periods, 3);
  ASSERT_EQ(c.deviations.size(), 2u);
  EXPECT_EQ(c.deviations[0].period, "2026-10");
  EXPECT_EQ(c.deviations[1].period, "2026-11");
  EXPECT_DOUBLE_EQ(c.coverage_factor, 0.6);
  // Scored as of the period's end: the latest evidence (09-05) is 117 days old there, more than a
  // monthly control's 45, so Type I is 0.5 and Type II 0.5 x 0.6 = 0.3.
  EXPECT_DOUBLE_EQ(c.score, 0.3);
  EXPECT_FALSE(soc2.projection());
}

TEST_F(RunningPeriod, APeriodNotYetBegunKeepsTheTrailingWindow) {
  const Options options{day("2026-06-30"), 6};
  const auto s = score_system(inv, sys, options);
  const SystemFramework& soc2 = *s.find(Framework::soc2);
  EXPECT_EQ(soc2.source, WindowSource::not_started);
  EXPECT_EQ(soc2.window.opens, observation_window(options).opens);
  EXPECT_TRUE(soc2.projection());
}

TEST_F(RunningPeriod, JsonSaysWhyAndOverWhat) {
  const auto s = score_system(inv, sys, {day("2026-09-30"), 6});
  const auto j = system_score_json(s, *s.find(Framework::soc2), ReportType::type2);
  EXPECT_EQ(j["system"], "platform");
  EXPECT_EQ(j["services"], nlohmann::json({"a", "b"}));
  EXPECT_EQ(j["framework"], "SOC2");
  EXPECT_EQ(j["planned"], true);
  EXPECT_EQ(j["applies_to"], nlohmann::json({"a", "b"}));
  EXPECT_EQ(j["readiness"], 25.0);
  EXPECT_EQ(j["in_scope"], 4);
  EXPECT_EQ(j["covered"], 1);
  EXPECT_EQ(j["blockers"], nlohmann::json({"CC6.2", "CC7.1", "CC8.1"}));
  EXPECT_EQ(j["deviations"], nlohmann::json::array());
  EXPECT_EQ(
      j["period"],
      nlohmann::json(
          {{"type", "II"}, {"start", "2026-07-01"}, {"end", "2026-12-31"}, {"projection", true}}));
  EXPECT_EQ(j["window"]["from"], "projection");
}

}  // namespace
}  // namespace socready::scoring

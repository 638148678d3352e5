// SPEC §4b by hand: the earliest Type II period end of a small system, the controls that decide
// it, no date while blockers remain, and what must still happen inside a planned period.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/error.hpp"
#include "scoring/plan.hpp"
#include "testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using testing::control;
using testing::day;
using testing::service;

Requirement criterion(const char* code) {
  Requirement r;
  r.code = code;
  r.framework = Framework::soc2;
  r.category = "Security";
  r.series = "CC1";
  r.title = std::string("criterion ") + code;
  return r;
}

// Three Security criteria, one SOC 2 service "tk" in the system "platform", and the two controls
// of the brief: MON-01 (monthly, implemented 2026-03-15) and RISK-01 (annual, last run
// 2025-12-01). HR-01 has operated for years and never holds the date back.
Inventory small_inventory() {
  Inventory inv;
  inv.catalog = {criterion("CC1.1"), criterion("CC1.2"), criterion("CC1.3")};
  Service tk = service("tk");
  tk.handles_customer_data = true;
  inv.services = {tk, service("other")};

  ControlFacts hr = control("HR-01", Status::implemented, {"CC1.3"});
  hr.version.implemented_on = day("2024-01-01");
  hr.evidence = testing::monthly_from(day("2025-01-01"), day("2026-04-01"));

  ControlFacts mon = control("MON-01", Status::implemented, {"CC1.1"}, {"tk"});
  mon.version.implemented_on = day("2026-03-15");
  mon.evidence = {day("2026-04-01")};

  ControlFacts risk = control("RISK-01", Status::implemented, {"CC1.2"});
  risk.version.frequency = Frequency::annual;
  risk.version.implemented_on = day("2024-01-01");
  risk.evidence = {day("2024-12-01"), day("2025-12-01")};

  inv.controls = {hr, mon, risk};
  return inv;
}

System platform() {
  System s;
  s.key = "platform";
  s.name = "Platform";
  s.services = {"tk"};
  return s;
}

PlanOptions as_of(const char* iso, int months = 6) { return {day(iso), months}; }

// The plan's one framework, by value: callers pass the plan as a temporary.
FrameworkPlan soc2_of(const Plan& p) {
  EXPECT_EQ(p.frameworks.size(), 1u);
  EXPECT_EQ(p.frameworks.front().framework, Framework::soc2);
  return p.frameworks.front();
}

TEST(Plan, AnAnnualControlsNextRunDecidesTheEarliestEnd) {
  // As of 2026-04-01, 6-month window. MON-01 began 2026-03-15, so the window must open on or
  // after it: the end is 2026-09-15 at the earliest (2026-09-15 - 6 months = 2026-03-15).
  // RISK-01 ran 2025-12-01 and is next due 2026-12-01. The window ending 2026-09-15 runs from
  // 2026-03-15 and holds neither run; no end before 2026-12-01 has a window holding one (the
  // window of 2026-11-30 opens 2026-05-30), and 2026-12-01's window (from 2026-06-01) holds the
  // run itself. So 2026-12-01, decided by RISK-01 alone.
  const Plan p = plan_system(small_inventory(), platform(), {}, as_of("2026-04-01"));
  EXPECT_EQ(p.system, "platform");
  const auto f = soc2_of(p);
  EXPECT_EQ(f.requirements, 3);
  EXPECT_TRUE(f.blockers.empty());
  ASSERT_TRUE(f.earliest_end);
  EXPECT_EQ(*f.earliest_end, day("2026-12-01"));
  EXPECT_EQ(*f.window_opens, day("2026-06-01"));
  ASSERT_EQ(f.deciding.size(), 1u);
  EXPECT_EQ(f.deciding[0].key, "RISK-01");
  EXPECT_EQ(f.deciding[0].reason, "annual: last run 2025-12-01, next due 2026-12-01");
  EXPECT_EQ(f.deciding[0].requirements, std::vector<std::string>{"CC1.2"});
  EXPECT_FALSE(f.planned);
  EXPECT_TRUE(f.must_happen.empty());
}

TEST(Plan, TheLatestStartDecidesWhenTheAnnualRunIsInsideTheWindow) {
  // RISK-01 ran 2026-05-01, inside the window 2026-03-15 to 2026-09-15: MON-01's start decides.
  Inventory inv = small_inventory();
  inv.controls[2].evidence = {day("2025-05-01"), day("2026-05-01")};
  const auto f = soc2_of(plan_system(inv, platform(), {}, as_of("2026-06-01")));
  ASSERT_TRUE(f.earliest_end);
  EXPECT_EQ(*f.earliest_end, day("2026-09-15"));
  ASSERT_EQ(f.deciding.size(), 1u);
  EXPECT_EQ(f.deciding[0].key, "MON-01");
  EXPECT_EQ(f.deciding[0].reason,
            "operating since 2026-03-15: a 6-month window opens on or after it");
  // A 3-month window: MON-01 allows 2026-06-15 (window from 2026-03-15), which holds the
  // 2026-05-01 run.
  const auto g = soc2_of(plan_system(inv, platform(), {}, as_of("2026-06-01", 3)));
  EXPECT_EQ(*g.earliest_end, day("2026-06-15"));
}

TEST(Plan, AMonthEndStartWaitsForAWindowThatOpensAfterIt) {
  // Implemented 2026-08-31: 2026-08-31 + 6 months clamps to 2027-02-28, whose window opens
  // 2026-08-28, before the start; 2027-03-01's opens 2026-09-01.
  Inventory inv = small_inventory();
  inv.controls[1].version.implemented_on = day("2026-08-31");
  inv.controls[1].evidence = {};
  inv.controls[2].version.frequency = Frequency::monthly;  // RISK-01: no yearly run to wait for
  const auto f = soc2_of(plan_system(inv, platform(), {}, as_of("2026-09-01")));
  EXPECT_EQ(*f.earliest_end, day("2027-03-01"));
}

TEST(Plan, NoDateWhileBlockersRemainAndEachIsNamed) {
  Inventory inv = small_inventory();
  inv.catalog.push_back(criterion("CC1.4"));                             // nothing addresses it
  inv.controls[2].version.status = Status::planned;                      // RISK-01 only planned
  ControlFacts key = control("KEY-01", Status::implemented, {"CC1.3"});  // key, no start date
  key.version.is_key = true;
  inv.controls.push_back(key);
  const auto f = soc2_of(plan_system(inv, platform(), {}, as_of("2026-04-01")));
  EXPECT_FALSE(f.earliest_end);
  EXPECT_TRUE(f.deciding.empty());
  ASSERT_EQ(f.blockers.size(), 3u);
  EXPECT_EQ(f.blockers[0].code, "CC1.2");
  EXPECT_EQ(f.blockers[0].reason, "RISK-01 is planned");
  EXPECT_EQ(f.blockers[1].code, "CC1.3");  // HR-01 operates, but the key control caps it at 0
  EXPECT_EQ(f.blockers[1].reason, "key control KEY-01 has no implemented_on date");
  EXPECT_EQ(f.blockers[2].code, "CC1.4");
  EXPECT_EQ(f.blockers[2].reason, "no control addresses it");

  // HR-01 compensating KEY-01 lifts that cap: CC1.3 is no longer a blocker.
  inv.controls[0].version.compensates = {"KEY-01"};
  const auto g = soc2_of(plan_system(inv, platform(), {}, as_of("2026-04-01")));
  ASSERT_EQ(g.blockers.size(), 2u);
  EXPECT_EQ(g.blockers[1].code, "CC1.4");
}

TEST(Plan, NoDateWhenTheYearlyRunsNeverMeetInOneWindow) {
  // 3-month window. RISK-01 ran 2026-01-01: its windows are ends 2027-01-01 to 2027-04-01 (and
  // each year after). Key RISK-02 ran 2026-07-01: ends 2026-07-15 (the as-of date) to 2026-10-01,
  // then 2027-07-01 to 2027-10-01. They never meet, so no date, and both are named.
  Inventory inv = small_inventory();
  inv.controls[2].evidence = {day("2026-01-01")};
  ControlFacts risk2 = control("RISK-02", Status::implemented, {"CC1.1"});
  risk2.version.frequency = Frequency::annual;
  risk2.version.is_key = true;
  risk2.version.implemented_on = day("2024-01-01");
  risk2.evidence = {day("2026-07-01")};
  inv.controls.push_back(risk2);
  const auto f = soc2_of(plan_system(inv, platform(), {}, as_of("2026-07-15", 3)));
  EXPECT_TRUE(f.blockers.empty());
  EXPECT_FALSE(f.earliest_end);
  EXPECT_EQ(f.no_date_reason,
            "no 3-month window ending by 2028-07-15 holds a run of each periodic control on its "
            "schedule (RISK-01, RISK-02): run one of them off its cycle");
}

TEST(Plan, ControlsOfOtherServicesDoNotCount) {
  Inventory inv = small_inventory();
  inv.controls[1].version.services = {"other"};  // MON-01 no longer covers the system
  const auto f = soc2_of(plan_system(inv, platform(), {}, as_of("2026-04-01")));
  ASSERT_EQ(f.blockers.size(), 1u);
  EXPECT_EQ(f.blockers[0].code, "CC1.1");
}

Subservice cloudhost(const char* period_end, std::optional<Date> bridge = std::nullopt) {
  Subservice v;
  v.key = "cloudhost";
  v.name = "CloudHost";
  v.services = {"tk"};
  v.report = VendorReport{Framework::soc2, ReportType::type2,
                          day(period_end).plus_months(-12).plus_days(1), day(period_end),
                          Opinion::unmodified};
  v.bridge_letter_until = bridge;
  return v;
}

TEST(Plan, WhatMustStillHappenInThePlannedPeriod) {
  // Planned SOC 2 Type II from 2026-07-01 to 2026-12-31, as of 2026-10-15.
  Inventory inv = small_inventory();
  ControlFacts chg = control("CHG-01", Status::implemented, {"CC1.1"});
  chg.version.frequency = Frequency::event;
  chg.version.implemented_on = day("2024-01-01");
  chg.populations = {{day("2026-04-01"), day("2026-06-30"), 12}};  // nothing for 2026-Q3
  inv.controls.push_back(chg);
  System s = platform();
  s.soc2 = PlannedReport{ReportType::type2, day("2026-07-01"), day("2026-12-31")};
  // The report ended 2025-11-30: more than 12 months before 2026-12-31 (2025-12-31), within 3
  // more (2025-09-30), and no bridge letter.
  const Plan p = plan_system(inv, s, {cloudhost("2025-11-30")}, as_of("2026-10-15"));
  const auto f = soc2_of(p);
  ASSERT_TRUE(f.planned);
  EXPECT_EQ(f.planned->start, day("2026-07-01"));
  ASSERT_EQ(f.must_happen.size(), 3u);
  EXPECT_EQ(f.must_happen[0].kind, MustHappenKind::annual_run);
  EXPECT_EQ(f.must_happen[0].subject, "RISK-01");
  EXPECT_EQ(f.must_happen[0].detail, "not yet run in the period; next due 2026-12-01");
  EXPECT_EQ(f.must_happen[1].kind, MustHappenKind::vendor_report);
  EXPECT_EQ(f.must_happen[1].subject, "cloudhost");
  EXPECT_EQ(f.must_happen[1].detail,
            "CloudHost: its report's period ended 2025-11-30, more than 12 months before "
            "2026-12-31, and no bridge letter runs to 2026-12-31");
  EXPECT_EQ(f.must_happen[2].kind, MustHappenKind::population);
  EXPECT_EQ(f.must_happen[2].subject, "CHG-01");
  EXPECT_EQ(f.must_happen[2].detail,
            "no population on file for 2026-Q3: record how many times it ran");

  // A bridge letter running to the planned end makes the same report cover the period.
  const auto g = soc2_of(
      plan_system(inv, s, {cloudhost("2025-11-30", day("2026-12-31"))}, as_of("2026-10-15")));
  EXPECT_EQ(g.must_happen.size(), 2u);
  for (const auto& m : g.must_happen) EXPECT_NE(m.kind, MustHappenKind::vendor_report);
}

TEST(Plan, VendorReportCoverageCaseByCase) {
  const Date end = day("2026-12-31");
  EXPECT_EQ(vendor_report_gap(cloudhost("2026-03-31"), end), "");
  EXPECT_EQ(vendor_report_gap(cloudhost("2025-12-31"), end), "");  // 12 months to the day
  // A letter that stops short of the planned end does not bridge.
  EXPECT_EQ(vendor_report_gap(cloudhost("2025-12-30", day("2026-12-30")), end),
            "CloudHost: its report's period ended 2025-12-30, more than 12 months before "
            "2026-12-31, and no bridge letter runs to 2026-12-31 (its letter runs to 2026-12-30)");
  EXPECT_EQ(vendor_report_gap(cloudhost("2025-09-30", end), end), "");  // 15 months, bridged
  EXPECT_EQ(vendor_report_gap(cloudhost("2025-09-29", end), end),
            "CloudHost: its report's period ended 2025-09-29, more than 15 months before "
            "2026-12-31: a newer report is needed");
  Subservice none = cloudhost("2026-03-31");
  none.report.reset();
  EXPECT_EQ(vendor_report_gap(none, end), "CloudHost: no SOC report on file");
}

TEST(Plan, InclusiveVendorsAndVendorsOfOtherServicesAreNotListed) {
  System s = platform();
  s.soc2 = PlannedReport{ReportType::type2, day("2026-07-01"), day("2026-12-31")};
  Subservice inclusive = cloudhost("2024-01-31");
  inclusive.method = SubserviceMethod::inclusive;
  Subservice elsewhere = cloudhost("2024-01-31");
  elsewhere.services = {"other"};
  Inventory inv = small_inventory();
  inv.controls[2].evidence.push_back(day("2026-08-01"));  // RISK-01 ran in the period
  const auto f = soc2_of(plan_system(inv, s, {inclusive, elsewhere}, as_of("2026-10-15")));
  EXPECT_TRUE(f.must_happen.empty());
}

// CC1.4, which only CloudHost meets (physical access at the host, say): SPEC §4a's carve-out
// vendor, a contributor as it is in `score`.
Inventory with_vendor_only_criterion() {
  Inventory inv = small_inventory();
  inv.catalog.push_back(criterion("CC1.4"));
  return inv;
}

Subservice cloudhost_meeting_cc14(const char* period_end,
                                  std::optional<Date> bridge = std::nullopt) {
  Subservice v = cloudhost(period_end, bridge);
  v.csoc_criteria = {"CC1.4"};
  return v;
}

TEST(Plan, ACarveOutVendorWithACoveringReportCarriesWhatItMeetsAlone) {
  // As of 2026-04-01 the controls give 2026-12-01 (the first test). CloudHost's report ended
  // 2026-03-31, on or after 2026-12-01 - 12 months = 2025-12-01: it covers that window, so CC1.4
  // is no blocker and the date stands, relying on the report.
  const auto f = soc2_of(plan_system(with_vendor_only_criterion(), platform(),
                                     {cloudhost_meeting_cc14("2026-03-31")}, as_of("2026-04-01")));
  EXPECT_EQ(f.requirements, 4);
  EXPECT_TRUE(f.blockers.empty());
  ASSERT_TRUE(f.earliest_end);
  EXPECT_EQ(*f.earliest_end, day("2026-12-01"));
  ASSERT_EQ(f.deciding.size(), 2u);
  EXPECT_EQ(f.deciding[0].key, "RISK-01");
  EXPECT_FALSE(f.deciding[0].vendor);
  EXPECT_EQ(f.deciding[1].key, "vendor:cloudhost:soc2");
  EXPECT_TRUE(f.deciding[1].vendor);
  EXPECT_EQ(f.deciding[1].requirements, std::vector<std::string>{"CC1.4"});
  EXPECT_EQ(f.deciding[1].reason,
            "CloudHost (carve-out) meets it alone: its report's period ended 2026-03-31, which "
            "covers a period ending 2026-12-01");

  // With a planned period ending 2026-12-31 the report must cover that period (2026-03-31 >=
  // 2025-12-31); a company control ready for CC1.4 carries it instead, and the vendor is not
  // listed.
  System s = platform();
  s.soc2 = PlannedReport{ReportType::type2, day("2026-07-01"), day("2026-12-31")};
  Inventory inv = with_vendor_only_criterion();
  const auto g =
      soc2_of(plan_system(inv, s, {cloudhost_meeting_cc14("2026-03-31")}, as_of("2026-04-01")));
  ASSERT_TRUE(g.earliest_end);
  ASSERT_EQ(g.deciding.size(), 2u);
  EXPECT_EQ(g.deciding[1].reason,
            "CloudHost (carve-out) meets it alone: its report's period ended 2026-03-31, which "
            "covers a period ending 2026-12-31");
  inv.controls[0].version.requirements.push_back("CC1.4");  // HR-01, operating for years
  const auto h =
      soc2_of(plan_system(inv, s, {cloudhost_meeting_cc14("2026-03-31")}, as_of("2026-04-01")));
  ASSERT_EQ(h.deciding.size(), 1u);
  EXPECT_EQ(h.deciding[0].key, "RISK-01");
}

TEST(Plan, AVendorReportThatWillNotCoverThePlannedPeriodIsABlocker) {
  // Planned 2026-07-01 to 2026-12-31, as of 2026-10-15. The report ended 2025-11-30, before
  // 2026-12-31 - 12 months = 2025-12-31 and with no bridge letter: an auditor could not rely on
  // the vendor for CC1.4 in that period, and nothing else meets it. A blocker naming the vendor,
  // and the same report among what must still happen.
  System s = platform();
  s.soc2 = PlannedReport{ReportType::type2, day("2026-07-01"), day("2026-12-31")};
  const auto f = soc2_of(plan_system(with_vendor_only_criterion(), s,
                                     {cloudhost_meeting_cc14("2025-11-30")}, as_of("2026-10-15")));
  EXPECT_FALSE(f.earliest_end);
  ASSERT_EQ(f.blockers.size(), 1u);
  EXPECT_EQ(f.blockers[0].code, "CC1.4");
  EXPECT_EQ(f.blockers[0].reason,
            "CloudHost: its report's period ended 2025-11-30, more than 12 months before "
            "2026-12-31, and no bridge letter runs to 2026-12-31");
  EXPECT_TRUE(std::any_of(f.must_happen.begin(), f.must_happen.end(), [](const MustHappen& m) {
    return m.kind == MustHappenKind::vendor_report && m.subject == "cloudhost";
  }));

  // A bridge letter to the planned end makes it cover (2025-11-30 is within 3 more months of
  // 2025-12-31): no blocker. RISK-01 last ran 2025-12-01, next due 2026-12-01, and 2026-12-01's
  // window (from 2026-06-01) holds that run.
  const auto g = soc2_of(plan_system(with_vendor_only_criterion(), s,
                                     {cloudhost_meeting_cc14("2025-11-30", day("2026-12-31"))},
                                     as_of("2026-10-15")));
  EXPECT_TRUE(g.blockers.empty());
  ASSERT_TRUE(g.earliest_end);
  EXPECT_EQ(*g.earliest_end, day("2026-12-01"));
  ASSERT_EQ(g.deciding.size(), 2u);
  EXPECT_EQ(g.deciding[1].reason,
            "CloudHost (carve-out) meets it alone: its report's period ended 2025-11-30 and its "
            "bridge letter runs to 2026-12-31, which covers a period ending 2026-12-31");
}

TEST(Plan, WithoutAPlannedPeriodAVendorReportThatLapsesLeavesNoDate) {
  // As of 2026-04-01 the report ended 2025-06-30 covers a window ending today (2025-06-30 >=
  // 2025-04-01): no blocker. But no window can end before 2026-09-15 (MON-01), and a window
  // ending then needs a report ended on or after 2025-09-15.
  const auto f = soc2_of(plan_system(with_vendor_only_criterion(), platform(),
                                     {cloudhost_meeting_cc14("2025-06-30")}, as_of("2026-04-01")));
  EXPECT_TRUE(f.blockers.empty());
  EXPECT_FALSE(f.earliest_end);
  EXPECT_EQ(f.no_date_reason,
            "no 6-month window ending on or after 2026-09-15 is covered by the report of each "
            "vendor a requirement relies on alone (CloudHost: its report's period ended "
            "2025-06-30, more than 12 months before 2026-09-15, and no bridge letter runs to "
            "2026-09-15)");
}

TEST(Plan, AnInclusiveVendorOrOneWithoutAReportCarriesNothing) {
  Subservice inclusive = cloudhost_meeting_cc14("2026-03-31");
  inclusive.method = SubserviceMethod::inclusive;
  const auto f = soc2_of(
      plan_system(with_vendor_only_criterion(), platform(), {inclusive}, as_of("2026-04-01")));
  ASSERT_EQ(f.blockers.size(), 1u);
  EXPECT_EQ(f.blockers[0].code, "CC1.4");
  EXPECT_EQ(f.blockers[0].reason, "no control addresses it");
  EXPECT_FALSE(f.earliest_end);

  Subservice none = cloudhost_meeting_cc14("2026-03-31");
  none.report.reset();
  const auto g =
      soc2_of(plan_system(with_vendor_only_criterion(), platform(), {none}, as_of("2026-04-01")));
  ASSERT_EQ(g.blockers.size(), 1u);
  EXPECT_EQ(g.blockers[0].reason, "CloudHost: no SOC report on file");
}

TEST(Plan, MustHappenKindsHaveTheirNames) {
  EXPECT_EQ(name(MustHappenKind::annual_run), "annual_run");
  EXPECT_EQ(name(MustHappenKind::vendor_report), "vendor_report");
  EXPECT_EQ(name(MustHappenKind::population), "population");
}

TEST(Plan, TheWindowMustBeThreeToTwelveMonths) {
  EXPECT_THROW(plan_system(small_inventory(), platform(), {}, as_of("2026-04-01", 2)), InputError);
  EXPECT_THROW(plan_system(small_inventory(), platform(), {}, as_of("2026-04-01", 13)), InputError);
}

}  // namespace
}  // namespace socready::scoring

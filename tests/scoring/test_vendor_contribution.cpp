// SPEC §4a by hand: carve-out vendors counted in readiness for the requirements they meet alone.
// Every case scores CC6.4 (or BP-COMPLETENESS) of one service as of 2026-11-30, 6-month window
// (2026-05-30 to 2026-11-30), where nothing but the vendor addresses it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scoring/explain.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"
#include "scoring/vendor_contribution.hpp"

namespace socready::scoring {
namespace {

using testing::control;
using testing::day;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::service;
using testing::spec_catalog;

const Date as_of = day("2026-11-30");

Subservice cloudhost(const char* period_end, Framework f = Framework::soc2,
                     ReportType t = ReportType::type2, Opinion o = Opinion::unmodified) {
  Subservice v;
  v.key = "cloudhost";
  v.name = "CloudHost";
  v.all_services = true;
  v.report = VendorReport{f, t, day(period_end).plus_months(-12), day(period_end), o};
  v.csoc_criteria = {"CC6.4"};
  v.monitored_by = "VND-01";
  v.valid_from = day("2026-01-01");
  return v;
}

// The monitoring control: implemented since 2024, monthly evidence on the 1st up to 2026-11-01.
// Type I: 1 x current evidence (29 days <= 45) x untested = 1. Type II: operating all window,
// June to October due and each covered by the next 1st, 5 records >= sample 2: 1.
ControlFacts monitoring() {
  ControlFacts c = control("VND-01", Status::implemented, {"CC9.2"});
  c.version.implemented_on = day("2024-01-01");
  c.evidence = testing::monthly_from(day("2025-12-01"), day("2026-11-01"));
  return c;
}

// A SaaS service its clients ask about security: SOC 2 applies, Security in scope (CC6.4 too).
Inventory hosted(std::vector<Subservice> vendors, std::vector<ControlFacts> extra = {}) {
  Inventory inv;
  inv.catalog = spec_catalog();
  Service s = service("hosted");
  s.clients_ask_security = true;
  s.handles_customer_data = true;
  inv.services.push_back(s);
  inv.controls.push_back(monitoring());
  for (auto& c : extra) inv.controls.push_back(std::move(c));
  inv.subservices = std::move(vendors);
  return inv;
}

const RequirementScore& cc64(const ServiceResult& r, ReportType t) {
  return *r.readiness(Framework::soc2, t).find("CC6.4");
}

ServiceResult scored(const Inventory& inv) { return score(inv, {as_of, 6}).at(0); }

TEST(VendorContribution, TheMonitoringControlOfTheseTestsScoresOne) {
  const auto r = scored(hosted({}));
  EXPECT_EQ(r.soc2_type1.find("CC9.2")->score, 1.0);
  EXPECT_EQ(r.soc2_type2.find("CC9.2")->score, 1.0);
  // Without a vendor CC6.4 has no contributor.
  EXPECT_TRUE(cc64(r, ReportType::type2).blocker);
  EXPECT_EQ(cc64(r, ReportType::type2).gap, GapReason::unmapped);
}

TEST(VendorContribution, SameFrameworkTypeIIUnmodifiedRecentIsWorthOne) {
  // Period ended 2026-06-30, 5 months before: SOC 2 Type II, unmodified -> 1, cap 1 -> 1.
  const auto r = scored(hosted({cloudhost("2026-06-30")}));
  for (ReportType t : all_report_types) {
    const auto& q = cc64(r, t);
    EXPECT_EQ(q.score, 1.0);
    EXPECT_FALSE(q.blocker);
    EXPECT_EQ(q.gap, std::nullopt);
    EXPECT_EQ(q.best_control, "vendor:cloudhost:soc2");
    ASSERT_EQ(q.controls.size(), 1u);
    EXPECT_EQ(q.controls[0]->title, "CloudHost");
    EXPECT_EQ(q.controls[0]->owner, "owner-VND-01");
    ASSERT_TRUE(q.controls[0]->vendor);
    EXPECT_EQ(q.controls[0]->vendor->monitoring_score, 1.0);
  }
  // Exactly twelve months before D still counts in full.
  EXPECT_EQ(cc64(scored(hosted({cloudhost("2025-11-30")})), ReportType::type2).score, 1.0);
  // The requirement it does not meet alone is not touched.
  EXPECT_TRUE(r.soc2_type2.find("CC6.5")->blocker);
}

TEST(VendorContribution, LoweredCasesAreWorthHalfWithAGapNamingTheVendor) {
  struct Case {
    Subservice vendor;
    GapReason gap;
    const char* reason;
  };
  const Case cases[] = {
      // 2025-10-31 is 13 months before D: between 12 and 15.
      {cloudhost("2025-10-31"), GapReason::vendor_report_stale,
       "CloudHost: its report's period ended 2025-10-31, more than 12 months ago"},
      {cloudhost("2026-06-30", Framework::soc2, ReportType::type2, Opinion::qualified),
       GapReason::vendor_report_qualified, "CloudHost: its report has a qualified opinion"},
      {cloudhost("2026-06-30", Framework::soc1), GapReason::vendor_report_other_framework,
       "CloudHost: its report is a SOC 1, not a SOC 2"},
  };
  for (const auto& c : cases) {
    const auto r = scored(hosted({c.vendor}));
    for (ReportType t : all_report_types) {
      const auto& q = cc64(r, t);
      EXPECT_EQ(q.score, 0.5) << c.reason;
      EXPECT_FALSE(q.blocker);
      EXPECT_EQ(q.gap, c.gap) << c.reason;
      EXPECT_THAT(q.controls[0]->reasons, ElementsAre(c.reason));
    }
    // The gap lists the vendor as a contributor, with the monitoring control's owner.
    const Readiness& rd = r.soc2_type2;
    auto g = std::find_if(rd.gaps.begin(), rd.gaps.end(),
                          [](const Gap& x) { return x.code == "CC6.4"; });
    ASSERT_NE(g, rd.gaps.end());
    EXPECT_EQ(g->reason, c.gap);
    EXPECT_THAT(control_keys(rd.requirement_of(*g).controls), ElementsAre("vendor:cloudhost:soc2"));
    EXPECT_THAT(control_owners(rd.requirement_of(*g).controls), ElementsAre("owner-VND-01"));
    // What the gap says on the page and in `gaps`: the vendor's own reason.
    EXPECT_EQ(vendor_gap_text(rd.requirement_of(*g), g->reason), c.reason);
  }
}

TEST(VendorContribution, ATypeIReportIsWorthHalfOnlyForTypeII) {
  const auto r = scored(hosted({cloudhost("2026-06-30", Framework::soc2, ReportType::type1)}));
  EXPECT_EQ(cc64(r, ReportType::type1).score, 1.0);
  EXPECT_EQ(cc64(r, ReportType::type1).gap, std::nullopt);
  EXPECT_EQ(cc64(r, ReportType::type2).score, 0.5);
  EXPECT_EQ(cc64(r, ReportType::type2).gap, GapReason::vendor_report_type1);
}

TEST(VendorContribution, NoReportAdverseDisclaimerOrOlderThan15MonthsIsWorthNothing) {
  Subservice none = cloudhost("2026-06-30");
  none.report.reset();
  struct Case {
    Subservice vendor;
    GapReason gap;
  };
  const Case cases[] = {
      {none, GapReason::vendor_no_report},
      {cloudhost("2026-06-30", Framework::soc2, ReportType::type2, Opinion::adverse),
       GapReason::vendor_report_adverse},
      {cloudhost("2026-06-30", Framework::soc2, ReportType::type2, Opinion::disclaimer),
       GapReason::vendor_report_adverse},
      // 2025-08-29 is more than 15 months before D (the limit is 2025-08-30).
      {cloudhost("2025-08-29"), GapReason::vendor_report_stale},
  };
  for (const auto& c : cases) {
    const auto r = scored(hosted({c.vendor}));
    for (ReportType t : all_report_types) {
      const auto& q = cc64(r, t);
      EXPECT_EQ(q.score, 0.0);
      EXPECT_TRUE(q.blocker);
      EXPECT_EQ(q.gap, c.gap);
      EXPECT_EQ(q.best_control, "vendor:cloudhost:soc2");
    }
  }
  // 15 months to the day is still worth half.
  EXPECT_EQ(cc64(scored(hosted({cloudhost("2025-08-30")})), ReportType::type2).score, 0.5);
}

TEST(VendorContribution, TheMonitoringControlCapsTheWorth) {
  // VND-01's latest test failed: Type I 1 x 1 x 0.25 = 0.25; the vendor's 1 is capped at 0.25.
  ControlFacts weak = monitoring();
  weak.tests = {{day("2026-10-15"), TestResult::fail}};
  Inventory inv = hosted({cloudhost("2026-06-30")});
  inv.controls = {weak};
  const auto r = scored(inv);
  const auto& q = cc64(r, ReportType::type1);
  EXPECT_EQ(q.score, 0.25);
  EXPECT_EQ(q.gap, GapReason::vendor_monitoring_weak);
  EXPECT_THAT(q.controls[0]->reasons,
              ElementsAre("CloudHost: capped by its monitoring control VND-01 (0.25)"));
  EXPECT_EQ(q.controls[0]->vendor->report_worth, 1.0);
  // Type II: the failed test is a deviation in the window too (x 0.5): 0.25 x 0.5 = 0.125.
  EXPECT_EQ(cc64(r, ReportType::type2).score, 0.125);
}

TEST(VendorContribution, AMonitoringControlNotInScopeLeavesNothing) {
  Subservice v = cloudhost("2026-06-30");
  v.monitored_by = "VND-99";
  const auto q = cc64(scored(hosted({v})), ReportType::type1);
  EXPECT_EQ(q.score, 0.0);
  EXPECT_EQ(q.gap, GapReason::vendor_monitoring_weak);
  EXPECT_EQ(q.controls[0]->owner, "");
  // A not_applicable control by that id is not in scope either.
  ControlFacts na = monitoring();
  na.version.status = Status::not_applicable;
  Inventory inv = hosted({cloudhost("2026-06-30")});
  inv.controls = {na};
  EXPECT_EQ(cc64(scored(inv), ReportType::type1).score, 0.0);
}

TEST(VendorContribution, BlankMonitoredByIsCappedAtHalfWithAGap) {
  Subservice v = cloudhost("2026-06-30");
  v.monitored_by.clear();
  const auto r = scored(hosted({v}));
  for (ReportType t : all_report_types) {
    const auto& q = cc64(r, t);
    EXPECT_EQ(q.score, 0.5);
    EXPECT_EQ(q.gap, GapReason::vendor_not_monitored);
    EXPECT_THAT(q.controls[0]->reasons,
                ElementsAre("CloudHost: vendor monitoring control not named"));
    EXPECT_EQ(q.controls[0]->owner, "");
  }
  EXPECT_EQ(name(GapReason::vendor_not_monitored), "vendor_not_monitored");
  EXPECT_EQ(describe(GapReason::vendor_not_monitored), "vendor monitoring control not named");
}

TEST(VendorContribution, AnInclusiveVendorGivesNoCredit) {
  Subservice v = cloudhost("2026-06-30");
  v.method = SubserviceMethod::inclusive;
  const auto r = scored(hosted({v}));
  EXPECT_TRUE(cc64(r, ReportType::type1).controls.empty());
  EXPECT_EQ(cc64(r, ReportType::type1).gap, GapReason::unmapped);
}

TEST(VendorContribution, OnlyForTheServicesItSupports) {
  Subservice v = cloudhost("2026-06-30");
  v.all_services = false;
  v.services = {"other"};
  EXPECT_TRUE(cc64(scored(hosted({v})), ReportType::type1).blocker);
  v.services = {"hosted", "other"};
  EXPECT_EQ(cc64(scored(hosted({v})), ReportType::type1).score, 1.0);
}

TEST(VendorContribution, NeverAboveAFailingKeyControlOfTheCompany) {
  // PHY-01, key, partial with current evidence: 0.5. The vendor's 1 does not lift CC6.4 above.
  ControlFacts key = control("PHY-01", Status::partial, {"CC6.4"});
  key.version.is_key = true;
  key.evidence = {day("2026-11-01")};
  const auto r = scored(hosted({cloudhost("2026-06-30")}, {key}));
  const auto& q = cc64(r, ReportType::type1);
  EXPECT_EQ(q.score, 0.5);
  EXPECT_EQ(q.best_control, "PHY-01");
  EXPECT_EQ(q.gap, GapReason::partial);
  EXPECT_THAT(control_keys(q.controls), ElementsAre("PHY-01", "vendor:cloudhost:soc2"));
  EXPECT_EQ(vendor_gap_text(q, *q.gap), std::nullopt);  // PHY-01's gap, not the vendor's
  // The same control, not key: the vendor is the best contributor.
  key.version.is_key = false;
  EXPECT_EQ(cc64(scored(hosted({cloudhost("2026-06-30")}, {key})), ReportType::type1).score, 1.0);
}

TEST(VendorContribution, ATieGoesToTheCompanysOwnControl) {
  // "vendor:..." sorts before "zz-01", yet the company's control decides a tie.
  ControlFacts own = control("zz-01", Status::implemented, {"CC6.4"});
  own.evidence = {day("2026-11-01")};
  const auto q = cc64(scored(hosted({cloudhost("2026-06-30")}, {own})), ReportType::type1);
  EXPECT_EQ(q.score, 1.0);
  EXPECT_EQ(q.best_control, "zz-01");
  EXPECT_THAT(control_keys(q.controls), ElementsAre("vendor:cloudhost:soc2", "zz-01"));
}

TEST(VendorContribution, SOC1ObjectivesOfAPaymentProcessor) {
  Inventory inv;
  inv.catalog = spec_catalog();
  Service s = service("payroll");
  s.affects_financial_reporting = true;
  inv.services.push_back(s);
  ControlFacts m = monitoring();
  m.version.requirements = {"ITGC-OPS"};
  inv.controls = {m};
  Subservice pay = cloudhost("2026-06-30", Framework::soc1);
  pay.key = "paybridge";
  pay.name = "PayBridge";
  pay.csoc_criteria.clear();
  pay.csoc_objectives = {"BP-COMPLETENESS"};
  inv.subservices = {pay};
  auto r = score(inv, {as_of, 6}).at(0);
  EXPECT_EQ(r.soc1_type2.find("BP-COMPLETENESS")->score, 1.0);
  EXPECT_EQ(r.soc1_type2.find("BP-COMPLETENESS")->best_control, "vendor:paybridge:soc1");
  // Its report period ended 2025-06-30, 17 months before: nothing, and the gap names it.
  inv.subservices[0].report = VendorReport{Framework::soc1, ReportType::type2, day("2024-07-01"),
                                           day("2025-06-30"), Opinion::unmodified};
  inv.subservices[0].bridge_letter_until = day("2025-09-30");  // planning only: no credit
  r = score(inv, {as_of, 6}).at(0);
  const auto* q = r.soc1_type2.find("BP-COMPLETENESS");
  EXPECT_EQ(q->score, 0.0);
  EXPECT_EQ(q->gap, GapReason::vendor_report_stale);
  EXPECT_THAT(q->controls[0]->reasons,
              ElementsAre("PayBridge: its report's period ended 2025-06-30, more than 15 "
                          "months ago"));
}

TEST(VendorContribution, ExplainShowsTheVendorItsReportAndTheCap) {
  const auto r = scored(hosted({cloudhost("2025-10-31")}));
  const std::string text = explain(r, Framework::soc2, std::string("CC6.4"), {as_of, 6}, {});
  EXPECT_THAT(text, HasSubstr("vendor:cloudhost:soc2 \"CloudHost\" (carve-out vendor cloudhost"));
  EXPECT_THAT(text, HasSubstr("its report: SOC 2 Type II, 2024-10-31 to 2025-10-31, unmodified "
                              "opinion; period ended 395 days before 2026-11-30 (full worth "
                              "needs an end on or after 2025-11-30, half worth on or after "
                              "2025-08-30)"));
  EXPECT_THAT(text, HasSubstr("Type II = report 0.5, monitoring control VND-01 scores 1: 0.5"));
  EXPECT_THAT(text, HasSubstr("gap: vendor_report_stale"));
}

// SPEC §4's properties hold with vendors among the contributors.
TEST(VendorContribution, TypeIINeverExceedsTypeIWithVendors) {
  for (unsigned seed = 1; seed <= 30; ++seed) {
    Inventory inv = testing::random_inventory(seed);
    testing::add_random_vendors(inv, seed);
    for (const auto& r : score(inv, {testing::random_as_of(), 6}))
      for (Framework f : all_frameworks) {
        const Readiness& t1 = r.readiness(f, ReportType::type1);
        const Readiness& t2 = r.readiness(f, ReportType::type2);
        EXPECT_LE(t2.readiness, t1.readiness);
        ASSERT_EQ(t1.requirements.size(), t2.requirements.size());
        for (std::size_t k = 0; k < t1.requirements.size(); ++k) {
          EXPECT_LE(t2.requirements[k].score, t1.requirements[k].score) << t1.requirements[k].code;
          ASSERT_EQ(t1.requirements[k].controls.size(), t2.requirements[k].controls.size());
          for (std::size_t c = 0; c < t1.requirements[k].controls.size(); ++c) {
            EXPECT_EQ(t1.requirements[k].controls[c]->key, t2.requirements[k].controls[c]->key);
            EXPECT_LE(t2.requirements[k].controls[c]->score, t1.requirements[k].controls[c]->score);
          }
        }
      }
  }
}

}  // namespace
}  // namespace socready::scoring

// The plan as `socready plan` prints it and as the system page shows it, from a plan built by
// hand (the planner's numbers are tests/scoring/test_plan.cpp's business).
#include <gtest/gtest.h>

#include "report/plan_output.hpp"

namespace socready::report {
namespace {

using namespace scoring;

Date day(const char* iso) { return *Date::parse(iso); }

Plan sample() {
  Plan p;
  p.system = "platform";
  p.name = "Platform";
  p.as_of = day("2026-04-01");
  FrameworkPlan soc2;
  soc2.framework = Framework::soc2;
  soc2.requirements = 3;
  soc2.earliest_end = day("2026-12-01");
  soc2.window_opens = day("2026-06-01");
  soc2.deciding = {
      {"RISK-01", "annual: last run 2025-12-01, next due 2026-12-01", {"CC1.2"}, false}};
  soc2.planned = PlannedPeriod{day("2026-07-01"), day("2026-12-31")};
  soc2.must_happen = {{MustHappenKind::annual_run, "RISK-01", "not yet run in the period"}};
  FrameworkPlan soc1;
  soc1.framework = Framework::soc1;
  soc1.requirements = 7;
  soc1.blockers = {{"ITGC-OPS", "no control addresses it"}};
  p.frameworks = {soc1, soc2};
  return p;
}

TEST(PlanOutput, TextNamesTheDateTheDecidingControlsTheBlockersAndWhatMustHappen) {
  EXPECT_EQ(plan_text(sample()),
            "Plan for Platform (platform) as of 2026-04-01, 6-month Type II window\n"
            "\n"
            "SOC 1: 7 requirements in scope\n"
            "Earliest Type II period end: none while 1 blocker remains\n"
            "Blockers:\n"
            "Requirement  Why\n"
            "-----------  -----------------------\n"
            "ITGC-OPS     no control addresses it\n"
            "\n"
            "SOC 2: 3 requirements in scope\n"
            "Earliest Type II period end: 2026-12-01 (6-month window from 2026-06-01)\n"
            "Decided by:\n"
            "Control  Requirements  Why\n"
            "-------  ------------  ------------------------------------------------\n"
            "RISK-01  CC1.2         annual: last run 2025-12-01, next due 2026-12-01\n"
            "Planned Type II period 2026-07-01 to 2026-12-31: what must still happen inside it:\n"
            "What            Subject  Detail\n"
            "--------------  -------  -------------------------\n"
            "annual control  RISK-01  not yet run in the period\n");
}

TEST(PlanOutput, AVendorTheDateReliesOnHoldsNothingLater) {
  // The date is the as-of date; the one entry is a carve-out vendor the date relies on.
  Plan p = sample();
  p.frameworks = {p.frameworks[1]};
  auto& f = p.frameworks[0];
  f.planned.reset();
  f.earliest_end = day("2026-04-01");
  f.window_opens = day("2025-10-01");
  f.deciding = {{"vendor:host:soc2", "Host (carve-out) meets it alone", {"CC1.4"}, true}};
  const std::string text = plan_text(p);
  EXPECT_NE(text.find("Nothing holds it later than the as-of date.\n"
                      "Decided by:\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("vendor:host:soc2  CC1.4         Host (carve-out) meets it alone\n"),
            std::string::npos)
      << text;
}

TEST(PlanOutput, JsonHasTheSameContentWithNullForAbsentDates) {
  const auto j = plan_json(sample());
  EXPECT_EQ(j["system"], "platform");
  EXPECT_EQ(j["window_months"], 6);
  ASSERT_EQ(j["frameworks"].size(), 2u);
  const auto& soc1 = j["frameworks"][0];
  EXPECT_EQ(soc1["framework"], "SOC1");
  EXPECT_TRUE(soc1["earliest_end"].is_null());
  EXPECT_EQ(soc1["blockers"][0]["requirement"], "ITGC-OPS");
  EXPECT_TRUE(soc1["planned_period"].is_null());
  const auto& soc2 = j["frameworks"][1];
  EXPECT_EQ(soc2["earliest_end"], "2026-12-01");
  EXPECT_EQ(soc2["window_opens"], "2026-06-01");
  EXPECT_EQ(soc2["deciding"][0]["control"], "RISK-01");
  EXPECT_EQ(soc2["deciding"][0]["requirements"][0], "CC1.2");
  EXPECT_EQ(soc2["planned_period"]["end"], "2026-12-31");
  EXPECT_EQ(soc2["must_happen"][0]["kind"], "annual_run");
  EXPECT_TRUE(soc2["no_date_reason"].is_null());
}

TEST(PlanOutput, MarkdownHasBothSectionsAndEscapesUserText) {
  Plan p = sample();
  p.frameworks[1].must_happen[0].subject = "RISK|01";
  const std::string md = plan_markdown(p);
  EXPECT_NE(md.find("## Earliest Type II period end\n"), std::string::npos);
  EXPECT_NE(md.find("**SOC 2**: Earliest Type II period end: 2026-12-01"), std::string::npos);
  EXPECT_NE(md.find("## What must still happen\n"), std::string::npos);
  EXPECT_NE(md.find("RISK\\|01"), std::string::npos);
  EXPECT_EQ(md.find("RISK|01"), std::string::npos);
}

}  // namespace
}  // namespace socready::report

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scoring/explain.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using testing::day;
using ::testing::HasSubstr;
using ::testing::Not;

class ScoringExplain : public ::testing::Test {
 protected:
  Options options{day("2026-09-30"), 6};
  ServiceResult result = score(testing::worked_example(), options).at(0);
};

TEST_F(ScoringExplain, TracesTheMeanOfEachType) {
  std::string text = explain(result, Framework::soc1, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("SOC 1 for payroll-run (Payroll run), as of 2026-09-30"));
  EXPECT_THAT(text, HasSubstr("Affects customers' financial reporting: yes"));
  EXPECT_THAT(text, HasSubstr("Type II window: 2026-03-30 to 2026-09-30 (6 months, 184 days)"));
  EXPECT_THAT(text, HasSubstr("Type I: readiness 87.5, band Nearly ready"));
  EXPECT_THAT(text, HasSubstr("= 100 × (sum of 4 requirement scores) / 4 = 100 × 3.5 / 4 = 87.5"));
  EXPECT_THAT(text, HasSubstr("Type II: readiness 55.0, band In progress"));
  EXPECT_THAT(text, HasSubstr("= 100 × (sum of 4 requirement scores) / 4 = 100 × 2.2 / 4 = 55"));
}

TEST_F(ScoringExplain, ListsEveryDeviationOfTheWindow) {
  std::string text = explain(result, Framework::soc1, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("deviations in the window: 2\n"));
  EXPECT_THAT(text, HasSubstr("key control DEVIATION: AC-01 test 2026-05-20 fail, sample 25, "
                              "deviations 2; management response: Access of two leavers "
                              "removed; remediated on 2026-06-01 (ITGC-ACCESS)"));
  EXPECT_THAT(text, HasSubstr("key control AC-01: no evidence for 2026-07 (ITGC-ACCESS)"));
  EXPECT_THAT(text, HasSubstr("change management or logical access is a blocker or carries a "
                              "deviation: automated controls count ×0.5"));
  EXPECT_THAT(text, HasSubstr("and no deviation or missing period on a key control"));
}

TEST_F(ScoringExplain, QuotesThePolicyForEachFactor) {
  std::string text = explain(result, Framework::soc1, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("AC-01 \"Control AC-01\" (version valid from 2024-01-01), owner "
                              "owner-AC-01, monthly, manual, key control"));
  EXPECT_THAT(text, HasSubstr("status implemented: weight 1 (policy: implemented 1, partial 0.5, "
                              "planned 0)"));
  EXPECT_THAT(text,
              HasSubstr("evidence: latest 2026-09-30, 0 days old; monthly allows 45: current, ×1"));
  EXPECT_THAT(text, HasSubstr("operating: since 2025-01-15 (implemented_on 2025-01-15), 184 of "
                              "the window's 184 days: ×1 (policy: full credit when operating "
                              "before 2026-03-30; a partial day counts 0.5)"));
  EXPECT_THAT(text, HasSubstr("coverage: 4 of 5 required periods: ×0.8"));
  EXPECT_THAT(text, HasSubstr("samples: 5 evidence records since 2026-03-30; sample 2 (at most "
                              "the required periods): min(1, 5/2) = ×1"));
  EXPECT_THAT(text, HasSubstr("MISSING: no evidence for 2026-07"));
  EXPECT_THAT(text, HasSubstr("deviations: ×0.5 (policy: each fail ×0.5, exception or deviations "
                              "×0.75)"));
  EXPECT_THAT(text, HasSubstr("Type II = 1 × operating 1 × coverage 0.8 × sample 1 × deviations "
                              "0.5 × population 1 = 0.4"));
  EXPECT_THAT(text, HasSubstr("population: 40 in the window, 32 records: min(1, 32/40) = ×0.8; "
                              "the auditor will sample 8"));
  EXPECT_THAT(text, HasSubstr("gap: deviation"));
  // The overview shows the deciding control only and points at the rest.
  EXPECT_THAT(text, HasSubstr("(1 more control: explain BP-COMPLETENESS for each)"));
  EXPECT_THAT(text, Not(HasSubstr("IF-01 \"Control IF-01\"")));
}

TEST_F(ScoringExplain, OneRequirementInFullDetail) {
  std::string text = explain(result, Framework::soc1, "BP-COMPLETENESS", options);
  EXPECT_THAT(text, HasSubstr("BP-COMPLETENESS objective BP-COMPLETENESS"));
  EXPECT_THAT(text, HasSubstr("Type I : 0.5 = capped by key control, not compensated, best of 2 "
                              "controls (KC-01)"));
  EXPECT_THAT(text, HasSubstr("Type II: 0.5 = capped by key control, not compensated, best of 2 "
                              "controls (KC-01)"));
  EXPECT_THAT(text, HasSubstr("IF-01 \"Control IF-01\" (version valid from 2026-06-30)"));
  EXPECT_THAT(text, HasSubstr("184 of the window's 184 days, 92 of them partial: ×0.75"));
  EXPECT_THAT(text, Not(HasSubstr("ITGC-ACCESS objective")));
  std::string accuracy = explain(result, Framework::soc1, "BP-ACCURACY", options);
  EXPECT_THAT(accuracy, HasSubstr("IT general controls: change management or logical access is a "
                                  "blocker or carries a deviation: counted ×0.5 in its "
                                  "requirements"));
  EXPECT_THAT(accuracy, HasSubstr("deviations 1 × population 1 = 1, counted 0.5"));
  EXPECT_THAT(accuracy, HasSubstr("evidence: latest 2026-06-15, 107 days old; continuous allows "
                                  "120: current, ×1"));
}

TEST_F(ScoringExplain, RequirementOutOfScopeSaysSo) {
  std::string text = explain(result, Framework::soc1, "BP-CUTOFF", options);
  EXPECT_THAT(text, HasSubstr("BP-CUTOFF is not in scope of SOC 1 for payroll-run."));
}

TEST_F(ScoringExplain, FrameworkStillUndetermined) {
  // The worked example leaves Q2 and Q3 blank: SOC 2 is undetermined, never "does not apply".
  std::string text = explain(result, Framework::soc2, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("Applies: undetermined (scored anyway, band Undetermined)"));
  EXPECT_THAT(text, HasSubstr("  SOC 2: undetermined — answer: Does it handle personal data or "
                              "customer information? Do customers ask about security and privacy "
                              "(not accounting)?\n"));
  EXPECT_THAT(text, HasSubstr("Type I: readiness 0.0, band Undetermined"));
  EXPECT_THAT(text, HasSubstr("Security: always in scope"));
  EXPECT_THAT(text, HasSubstr("no requirements in scope: readiness 0"));
}

TEST(ScoringExplainBlockers, UnmappedRequirement) {
  Inventory inv;
  inv.catalog = testing::spec_catalog();
  Service s = testing::service("x");
  s.clients_ask_sox = true;
  inv.services.push_back(s);
  Options options{day("2026-06-30"), 6};
  auto r = score(inv, options).at(0);
  std::string text = explain(r, Framework::soc1, "ITGC-OPS", options);
  EXPECT_THAT(text, HasSubstr("Type I : 0, blocker: no control in scope addresses it"));
  std::string overview = explain(r, Framework::soc1, std::nullopt, options);
  EXPECT_THAT(overview, HasSubstr("blockers 7 (ITGC-ACCESS, ITGC-CHANGE"));
}

}  // namespace
}  // namespace socready::scoring

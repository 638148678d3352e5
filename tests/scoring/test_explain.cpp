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
  Options options{day("2026-09-01"), 6};
  ServiceResult result = score(testing::worked_example(), options).at(0);
};

TEST_F(ScoringExplain, TracesTheMeanOfEachType) {
  std::string text = explain(result, Framework::soc1, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("SOC 1 for payroll-run (Payroll run), as of 2026-09-01"));
  EXPECT_THAT(text, HasSubstr("Affects customers' financial reporting: yes"));
  EXPECT_THAT(text, HasSubstr("Type II window: 2026-03-01 to 2026-09-01 (6 months, 184 days)"));
  EXPECT_THAT(text, HasSubstr("Type I: readiness 66.7, band In progress"));
  EXPECT_THAT(text, HasSubstr("= 100 × (sum of 3 requirement scores) / 3 = 100 × 2 / 3 = 66.6667"));
  EXPECT_THAT(text, HasSubstr("Type II: readiness 43.3, band In progress"));
  EXPECT_THAT(text,
              HasSubstr("= 100 × (sum of 3 requirement scores) / 3 = 100 × 1.3 / 3 = 43.3333"));
}

TEST_F(ScoringExplain, QuotesThePolicyForEachFactor) {
  std::string text = explain(result, Framework::soc1, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("CM-01 \"Control CM-01\" (version valid from 2024-01-01), owner "
                              "owner-CM-01, weekly"));
  EXPECT_THAT(text, HasSubstr("status partial: weight 0.5 (policy: implemented 1, partial 0.5, "
                              "planned 0)"));
  EXPECT_THAT(text,
              HasSubstr("evidence: latest 2026-08-24, 8 days old; weekly allows 14: current, ×1"));
  EXPECT_THAT(text, HasSubstr("operating: implemented on 2026-06-01, 92 of the window's 184 days: "
                              "×0.5"));
  EXPECT_THAT(text, HasSubstr("samples: 3 evidence records from 2026-03-01 to 2026-09-01; weekly "
                              "sample is 5: min(1, 3/5) = ×0.6"));
  EXPECT_THAT(text, HasSubstr("Type II = 0.5 × 0.5 × 0.6 = 0.15"));
  EXPECT_THAT(text, HasSubstr("gap: partial"));
  // The overview shows the best control only and points at the rest.
  EXPECT_THAT(text, HasSubstr("(1 more control: explain BP-ACCURACY for each)"));
  EXPECT_THAT(text, Not(HasSubstr("RC-01 \"Control RC-01\"")));
}

TEST_F(ScoringExplain, OneRequirementInFullDetail) {
  std::string text = explain(result, Framework::soc1, "BP-ACCURACY", options);
  EXPECT_THAT(text, HasSubstr("BP-ACCURACY objective BP-ACCURACY"));
  EXPECT_THAT(text, HasSubstr("Type I : 0.5 = best of 2 controls (CM-01)"));
  EXPECT_THAT(text, HasSubstr("Type II: 0.15 = best of 2 controls (CM-01)"));
  EXPECT_THAT(text, HasSubstr("RC-01 \"Control RC-01\" (version valid from 2024-01-01)"));
  EXPECT_THAT(text, HasSubstr("evidence: latest 2026-05-29, 95 days old; monthly allows 45: stale, "
                              "×0.5 (policy: no current evidence ×0.5)"));
  EXPECT_THAT(text, HasSubstr("test: latest 2026-06-15 fail: ×0.25 (policy: fail ×0.25, exception "
                              "×0.5, pass ×1)"));
  EXPECT_THAT(text, HasSubstr("Type I  = 1 × 0.5 × 0.25 = 0.125"));
  EXPECT_THAT(text, HasSubstr("Type II = 0.125 × 1 × 1 = 0.125"));
  EXPECT_THAT(text, Not(HasSubstr("ITGC-ACCESS objective")));
}

TEST_F(ScoringExplain, RequirementOutOfScopeSaysSo) {
  std::string text = explain(result, Framework::soc1, "BP-CUTOFF", options);
  EXPECT_THAT(text, HasSubstr("BP-CUTOFF is not in scope of SOC 1 for payroll-run."));
}

TEST_F(ScoringExplain, FrameworkThatDoesNotApply) {
  std::string text = explain(result, Framework::soc2, std::nullopt, options);
  EXPECT_THAT(text, HasSubstr("Applies: no (scored anyway, band Not in scope)"));
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

#include <gtest/gtest.h>

#include "scoring/control_score.hpp"
#include "scoring/evidence_currency.hpp"
#include "scoring/policy.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using testing::day;

TEST(EvidenceCurrency, CurrentThroughTheAllowanceThenStale) {
  const Date latest = day("2026-01-10");
  EXPECT_EQ(evidence_current_until(latest, 45), day("2026-02-24"));
  EXPECT_TRUE(evidence_is_current(latest, 45, day("2026-01-10")));
  EXPECT_TRUE(evidence_is_current(latest, 45, day("2026-02-24")));
  EXPECT_FALSE(evidence_is_current(latest, 45, day("2026-02-25")));
}

// The scorer and the report's "expiring next quarter" list use the same rule: the evidence
// factor drops exactly on the day after evidence_current_until.
TEST(EvidenceCurrency, TheScorerAppliesTheSameRule) {
  ControlFacts facts = testing::control("AC-01", Status::implemented, {"CC6.1"});
  facts.version.implemented_on = day("2025-01-01");
  facts.evidence = {day("2026-01-10")};
  const int allowance = policy::max_evidence_age_days(facts.version.frequency);
  const Date until = evidence_current_until(facts.evidence[0], allowance);
  auto score_on = [&](Date as_of) {
    return score_control(facts, observation_window({as_of, 6})).type1;
  };
  EXPECT_EQ(score_on(until).evidence_factor, 1.0);
  EXPECT_EQ(score_on(until.plus_days(1)).evidence_factor, policy::factor_no_current_evidence);
  EXPECT_EQ(score_on(until).max_evidence_age_days, allowance);
}

}  // namespace
}  // namespace socready::scoring

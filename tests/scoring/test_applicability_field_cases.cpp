// The field cases of issue 12, each with the answer a SOC practitioner would sign
// (docs/scoring.md §1 lists the same table).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scoring/applicability_testing.hpp"
#include "scoring/applicability_text.hpp"

namespace socready::scoring {
namespace {

using testing::categories;
using ::testing::Contains;
using testing::decide;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using testing::service;

// The example's Payroll Engine: Q2 blank. It holds employee PII and bank data: ask, never
// "SOC 2 does not apply".
TEST(ScoringApplicabilityFieldCases, PayrollEngineWithQuestionTwoBlankIsSoc2Undetermined) {
  Service s = service("payroll-engine");
  s.affects_financial_reporting = true;
  s.clients_ask_security = false;
  s.clients_ask_sox = true;
  s.capabilities = {"financial-data", "payroll"};
  auto a = decide(s);
  EXPECT_EQ(a.soc1.outcome, Outcome::applies);
  EXPECT_EQ(a.soc2.outcome, Outcome::undetermined);
  EXPECT_EQ(a.verdict, "SOC 1 (SOC 2 undetermined)");
  EXPECT_EQ(undetermined_line(Framework::soc2, a.soc2),
            "SOC 2: undetermined — answer: Does it handle personal data or customer "
            "information?");
  EXPECT_EQ(decision_heading(Framework::soc2, a.soc2), "SOC 2 undetermined");
}

// A payments processor: SOC 1, and SOC 2 at least undetermined.
TEST(ScoringApplicabilityFieldCases, PaymentsProcessorIsSoc1AndSoc2AtLeastUndetermined) {
  Service s = service("payments");
  s.capabilities = {"billing", "financial-data"};
  auto a = decide(s);
  EXPECT_EQ(a.soc1.outcome, Outcome::applies);
  EXPECT_NE(a.soc2.outcome, Outcome::does_not_apply);
  EXPECT_EQ(a.verdict, "SOC 1 (SOC 2 undetermined)");
  EXPECT_THAT(a.to_confirm, Contains(Inference{std::string(question_financial_reporting),
                                               "capabilities 'billing', 'financial-data'"}));
  // With the built-in `payments` capability it is no longer a guess about Q1 alone.
  s.capabilities = {"payments"};
  EXPECT_EQ(decide(s).soc1.outcome, Outcome::applies);
}

// A colocation provider: `colocation` is a capability pointing to both questions; with an
// uptime commitment SOC 2 covers Security and Availability.
TEST(ScoringApplicabilityFieldCases, ColocationProviderIsSoc1AndSoc2SecurityAvailability) {
  Service s = service("colo");
  s.capabilities = {"colocation"};
  s.availability_commitment = true;
  s.processes_transactions = false;
  s.confidential_data = false;
  s.personal_data = false;
  auto a = decide(s);
  EXPECT_EQ(a.verdict, "SOC 1 + SOC 2");
  EXPECT_THAT(categories(a), ElementsAre(Category::security, Category::availability));
  EXPECT_THAT(
      a.to_confirm,
      ElementsAre(Inference{std::string(question_financial_reporting), "capability 'colocation'"},
                  Inference{std::string(question_customer_data), "capability 'colocation'"}));
}

// A SaaS that bills its own subscribers: billing your own customers is not processing theirs.
// Both inferences are shown to confirm, never applied silently.
TEST(ScoringApplicabilityFieldCases, SaasBillingItsOwnSubscribersListsTheInferencesToConfirm) {
  Service s = service("saas");
  s.capabilities = {"billing", "saas"};
  auto a = decide(s);
  EXPECT_EQ(a.verdict, "SOC 1 + SOC 2");
  EXPECT_THAT(
      a.to_confirm,
      ElementsAre(Inference{std::string(question_financial_reporting), "capability 'billing'"},
                  Inference{std::string(question_customer_data), "capability 'saas'"},
                  Inference{std::string(question_transactions), "capability 'billing'"}));
  EXPECT_EQ(to_confirm_line(a.to_confirm[0]),
            "Does the service affect a customer's financial reporting? yes, inferred from "
            "capability 'billing'");
  // Once a person answers, nothing is left to confirm and SOC 1 goes.
  s.affects_financial_reporting = false;
  s.processes_transactions = false;
  s.handles_customer_data = true;
  a = decide(s);
  EXPECT_EQ(a.verdict, "SOC 2 only");
  EXPECT_THAT(a.to_confirm, IsEmpty());
}

// A security tool: Q1 no and Q4 yes. SOC 2, with the contradiction flagged.
TEST(ScoringApplicabilityFieldCases, SecurityToolAnsweringNoToQ1AndYesToQ4IsSoc2WithAWarning) {
  Service s = service("scanner");
  s.affects_financial_reporting = false;
  s.clients_ask_sox = true;
  s.clients_ask_security = true;
  s.handles_customer_data = true;
  auto a = decide(s);
  EXPECT_EQ(a.soc1.outcome, Outcome::does_not_apply);
  EXPECT_EQ(a.verdict, "SOC 2 only");
  ASSERT_EQ(a.contradictions.size(), 1U);
  EXPECT_THAT(a.contradictions[0], HasSubstr("check whether it affects their financial reporting"));
}

// A B2B processor of its customers' personal data: Confidentiality, not Privacy.
TEST(ScoringApplicabilityFieldCases,
     ProcessorOfCustomersPersonalDataGetsConfidentialityNotPrivacy) {
  Service s = service("processor");
  s.handles_customer_data = true;
  s.personal_data = true;
  s.privacy_role = PrivacyRole::processor;
  auto a = decide(s);
  EXPECT_EQ(a.soc2.outcome, Outcome::applies);
  EXPECT_THAT(categories(a), ElementsAre(Category::security, Category::confidentiality));
  EXPECT_THAT(a.soc2_categories[1].reason, HasSubstr("privacy role: processor"));
  EXPECT_THAT(a.unknowns, Not(Contains(std::string(question_privacy_role))));

  // A controller keeps Privacy; an unknown role keeps it too, and asks.
  s.privacy_role = PrivacyRole::controller;
  EXPECT_THAT(categories(decide(s)), ElementsAre(Category::security, Category::privacy));
  s.privacy_role.reset();
  a = decide(s);
  EXPECT_THAT(categories(a), ElementsAre(Category::security, Category::privacy));
  EXPECT_THAT(a.soc2_categories[1].reason, HasSubstr("privacy role unknown, to confirm"));
  EXPECT_THAT(a.unknowns, Contains(std::string(question_privacy_role)));
  // An explicit list can still add Privacy to a processor.
  s.privacy_role = PrivacyRole::processor;
  s.soc2_categories = std::vector<Category>{Category::privacy};
  EXPECT_THAT(categories(decide(s)), ElementsAre(Category::security, Category::privacy));
}

// A capability of the user's own points where its description says.
TEST(ScoringApplicabilityFieldCases, UsersOwnCapabilityAnswersTheQuestionsItPointsTo) {
  Service s = service("fleet");
  s.capabilities = {"fleet-telematics"};
  const Capability telematics{"fleet-telematics", false, true, "Vehicle positions"};
  auto a = decide(s, std::span(&telematics, 1));
  EXPECT_EQ(a.soc2.outcome, Outcome::applies);
  EXPECT_EQ(a.soc1.outcome, Outcome::undetermined);
  EXPECT_THAT(a.to_confirm, ElementsAre(Inference{std::string(question_customer_data),
                                                  "capability 'fleet-telematics'"}));
  // Unknown to the scorer without the user's list: it infers nothing.
  EXPECT_EQ(decide(s).verdict, "Undetermined");
}

}  // namespace
}  // namespace socready::scoring

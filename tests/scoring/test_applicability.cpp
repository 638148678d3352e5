#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "scoring/applicability_testing.hpp"

namespace socready::scoring {
namespace {

using testing::categories;
using ::testing::Contains;
using testing::decide;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::service;

TEST(ScoringApplicability, PayrollProcessorNeedsSoc1) {
  Service s = service("payroll");
  s.capabilities = {"payroll"};
  auto a = decide(s);
  EXPECT_TRUE(a.soc1.applies());
  EXPECT_FALSE(a.soc2.applies());
  EXPECT_EQ(a.soc2.outcome, Outcome::undetermined);  // nobody answered Q2 or Q3
  EXPECT_EQ(a.verdict, "SOC 1 (SOC 2 undetermined)");
  EXPECT_THAT(a.soc1.rationale,
              Contains("Affects customers' financial reporting: inferred yes from capability "
                       "'payroll'"));
  EXPECT_THAT(a.to_confirm, Contains(Inference{std::string(question_financial_reporting),
                                               "capability 'payroll'"}));
}

TEST(ScoringApplicability, DataSaasHandlingCustomerDataNeedsSoc2) {
  for (const char* capability : {"analytics", "crm", "hr"}) {
    Service s = service(capability);
    s.capabilities = {capability, "saas"};
    std::sort(s.capabilities.begin(), s.capabilities.end());
    s.handles_customer_data = true;
    auto a = decide(s);
    EXPECT_FALSE(a.soc1.applies()) << capability;
    EXPECT_TRUE(a.soc2.applies()) << capability;
    EXPECT_EQ(a.verdict, "SOC 2 (SOC 1 undetermined)") << capability;
    EXPECT_THAT(a.soc2.rationale, Contains("Handles personal data or customer information: yes"));
  }
}

TEST(ScoringApplicability, DataCapabilityAloneInfersCustomerData) {
  Service s = service("crm");
  s.capabilities = {"crm"};
  auto a = decide(s);
  EXPECT_TRUE(a.soc2.applies());
  EXPECT_THAT(a.soc2.rationale,
              Contains("Handles personal data or customer information: inferred yes from "
                       "capability 'crm'"));
}

TEST(ScoringApplicability, TimeTrackingInvoicingAndClientDataNeedsBoth) {
  Service s = service("timesheets");
  s.capabilities = {"customer-data", "invoicing", "time-tracking"};
  auto a = decide(s);
  EXPECT_TRUE(a.soc1.applies());
  EXPECT_TRUE(a.soc2.applies());
  EXPECT_EQ(a.verdict, "SOC 1 + SOC 2");
  EXPECT_THAT(a.soc1.rationale,
              Contains("Affects customers' financial reporting: inferred yes from capability "
                       "'invoicing'"));
  EXPECT_THAT(a.soc2.rationale,
              Contains("Handles personal data or customer information: inferred yes from "
                       "capabilities 'customer-data', 'time-tracking'"));
  // Invoicing also makes customers rely on the accuracy of its processing.
  EXPECT_THAT(categories(a), ElementsAre(Category::security, Category::processing_integrity));
  EXPECT_EQ(a.soc2_categories[1].reason,
            "processes transactions unknown; inferred from capability 'invoicing'");
}

TEST(ScoringApplicability, SoxQuestionAloneDecidesSoc1OnlyWhileQuestionOneIsUnknown) {
  Service s = service("ledger");
  s.clients_ask_sox = true;
  s.clients_ask_security = false;
  s.handles_customer_data = false;
  auto a = decide(s);
  EXPECT_EQ(a.verdict, "SOC 1 only");
  EXPECT_THAT(a.soc1.rationale,
              Contains("Customers ask about Sarbanes-Oxley or financial audit requirements: yes"));
  EXPECT_THAT(a.unknowns, ElementsAre(std::string(question_financial_reporting)));
  ASSERT_EQ(a.to_confirm.size(), 1U);
  EXPECT_EQ(a.to_confirm[0].question, question_financial_reporting);
  EXPECT_TRUE(a.contradictions.empty());

  // Question 1 is the real test: an explicit no decides, and Q4 yes is flagged.
  s.affects_financial_reporting = false;
  a = decide(s);
  EXPECT_EQ(a.soc1.outcome, Outcome::does_not_apply);
  EXPECT_EQ(a.verdict, "Neither");
  EXPECT_TRUE(a.to_confirm.empty());
  ASSERT_EQ(a.contradictions.size(), 1U);
  EXPECT_THAT(a.contradictions[0], HasSubstr("yet customers ask about Sarbanes-Oxley"));
}

TEST(ScoringApplicability, CustomersAskingAboutSecurityNotAccountingNeedSoc2) {
  Service s = service("api");
  s.clients_ask_security = true;
  s.clients_ask_sox = false;
  s.affects_financial_reporting = false;
  auto a = decide(s);
  EXPECT_EQ(a.verdict, "SOC 2 only");
  EXPECT_THAT(a.soc2.rationale,
              Contains("Customers ask about security and privacy (not accounting): yes"));
  // Q2 stays open, and so do the category facts while SOC 2 applies.
  EXPECT_THAT(a.unknowns,
              ElementsAre(std::string(question_customer_data), std::string(question_availability),
                          std::string(question_transactions), std::string(question_confidential),
                          std::string(question_personal_data)));
}

TEST(ScoringApplicability, ExplicitNoBeatsCapability) {
  Service s = service("billing");
  s.capabilities = {"billing", "saas"};
  s.affects_financial_reporting = false;
  s.handles_customer_data = false;
  s.clients_ask_sox = false;
  s.clients_ask_security = false;
  auto a = decide(s);
  EXPECT_FALSE(a.soc1.applies());
  EXPECT_FALSE(a.soc2.applies());
  EXPECT_EQ(a.verdict, "Neither");
  EXPECT_THAT(a.soc1.rationale,
              Contains("Affects customers' financial reporting: no (explicit answer wins over "
                       "capability 'billing')"));
  // Nothing open: SOC 2 does not apply, so its category facts are not asked.
  EXPECT_TRUE(a.unknowns.empty());
  EXPECT_TRUE(a.to_confirm.empty());
  EXPECT_THAT(a.contradictions,
              ElementsAre("capability 'billing' points to financial reporting, which is answered "
                          "no: check the answer or the capability",
                          "capability 'saas' points to customer data, which is answered no: check "
                          "the answer or the capability"));
}

TEST(ScoringApplicability, OverrideBeatsAnswersAndCapabilities) {
  Service s = service("portal");
  s.capabilities = {"payroll", "saas"};
  s.affects_financial_reporting = true;  // would say SOC 1
  s.clients_ask_security = false;
  s.handles_customer_data = false;  // would say no SOC 2
  s.soc1 = Override::excluded;
  s.soc2 = Override::required;
  s.override_reason = "MSA with Acme requires SOC 2 Type II";
  auto a = decide(s);
  EXPECT_FALSE(a.soc1.applies());
  EXPECT_TRUE(a.soc2.applies());
  EXPECT_EQ(a.verdict, "SOC 2 only");
  // The overrides decided: of the inferences only Processing Integrity (from payroll) matters.
  EXPECT_THAT(a.to_confirm,
              ElementsAre(Inference{std::string(question_transactions), "capability 'payroll'"}));
  EXPECT_THAT(a.soc2.rationale,
              ElementsAre("Override: required — MSA with Acme requires SOC 2 Type II"));
  EXPECT_THAT(a.soc1.rationale,
              ElementsAre("Override: excluded — MSA with Acme requires SOC 2 Type II"));
}

TEST(ScoringApplicability, OverrideWithoutReasonSaysSo) {
  Service s = service("x");
  s.soc1 = Override::required;
  EXPECT_THAT(decide(s).soc1.rationale, ElementsAre("Override: required — no reason given"));
}

TEST(ScoringApplicability, AllUnknownIsUndeterminedNeverDoesNotApply) {
  auto a = decide(service("mystery"));
  EXPECT_EQ(a.soc1.outcome, Outcome::undetermined);
  EXPECT_EQ(a.soc2.outcome, Outcome::undetermined);
  EXPECT_FALSE(a.soc1.applies());
  EXPECT_EQ(a.verdict, "Undetermined");
  EXPECT_THAT(
      a.unknowns,
      ElementsAre(std::string(question_financial_reporting), std::string(question_customer_data),
                  std::string(question_security), std::string(question_sox),
                  std::string(question_availability), std::string(question_transactions),
                  std::string(question_confidential), std::string(question_personal_data)));
  EXPECT_THAT(a.soc1.to_answer,
              ElementsAre(std::string(question_financial_reporting), std::string(question_sox)));
  EXPECT_THAT(a.soc2.to_answer,
              ElementsAre(std::string(question_customer_data), std::string(question_security)));
  EXPECT_THAT(a.soc1.rationale, ElementsAre("Affects customers' financial reporting: unknown",
                                            "Customers ask about Sarbanes-Oxley or financial "
                                            "audit requirements: unknown"));
}

TEST(ScoringApplicability, PersonalDataAnswersABlankCustomerDataQuestion) {
  Service s = service("hr");
  s.personal_data = true;
  auto a = decide(s);
  EXPECT_TRUE(a.soc2.applies());
  EXPECT_THAT(a.soc2.rationale,
              Contains("Handles personal data or customer information: inferred yes from fact "
                       "'personal data: yes'"));
  EXPECT_THAT(categories(a), ElementsAre(Category::security, Category::privacy));

  // It does not override an explicit answer, which it contradicts.
  s.handles_customer_data = false;
  auto b = decide(s);
  EXPECT_FALSE(b.soc2.applies());
  EXPECT_THAT(b.contradictions, ElementsAre(HasSubstr("yet personal data is yes")));

  // "No personal data" says nothing about other customer information: still unknown.
  Service t = service("hr2");
  t.personal_data = false;
  EXPECT_THAT(decide(t).unknowns, Contains(std::string(question_customer_data)));
}

TEST(ScoringApplicability, CategoriesFollowTheFacts) {
  Service s = service("full");
  s.availability_commitment = true;
  s.processes_transactions = true;
  s.confidential_data = true;
  s.personal_data = true;
  s.privacy_role = PrivacyRole::controller;
  auto a = decide(s);
  EXPECT_THAT(categories(a), ElementsAre(Category::security, Category::availability,
                                         Category::processing_integrity, Category::confidentiality,
                                         Category::privacy));
  EXPECT_EQ(a.soc2_categories[0].reason, "always in scope");
  EXPECT_THAT(a.soc2_categories[2].reason, HasSubstr("processes transactions: yes"));

  // An explicit "no" on transactions beats a billing capability.
  Service b = service("billing");
  b.capabilities = {"billing"};
  b.processes_transactions = false;
  EXPECT_THAT(categories(decide(b)), ElementsAre(Category::security));
}

TEST(ScoringApplicability, ExplicitCategoriesReplaceTheDerivationButKeepSecurity) {
  Service s = service("explicit");
  s.availability_commitment = true;
  s.personal_data = true;
  s.soc2_categories = std::vector<Category>{Category::confidentiality};
  auto a = decide(s);
  EXPECT_THAT(categories(a), ElementsAre(Category::security, Category::confidentiality));
  EXPECT_EQ(a.soc2_categories[0].reason, "always in scope");
  EXPECT_EQ(a.soc2_categories[1].reason, "set explicitly");
}

TEST(ScoringApplicability, Soc1ObjectivesAreTheDefaultsPlusTheNamedOnesInCatalogOrder) {
  Service s = service("payroll");
  s.soc1_objectives = {"BP-REPORTING", "BP-CUTOFF", "ITGC-ACCESS", "NOT-IN-CATALOG"};
  auto a = decide(s);
  EXPECT_THAT(a.soc1_objectives,
              ElementsAre("ITGC-ACCESS", "ITGC-CHANGE", "ITGC-OPS", "ITGC-SDLC", "BP-AUTHORIZATION",
                          "BP-COMPLETENESS", "BP-ACCURACY", "BP-CUTOFF", "BP-REPORTING"));
}

// SPEC §3: the defaults, minus those the service excludes (each with its reason), plus those it
// names; an excluded objective is out of scope, so never a blocker.
TEST(ScoringApplicability, AnExcludedObjectiveLeavesTheScopeWithItsReason) {
  Service s = service("payroll");
  s.soc1_objectives = {"BP-CUTOFF"};
  s.soc1_objectives_excluded = {"BP-AUTHORIZATION", "BP-CUTOFF"};
  s.soc1_exclusion_reason = "Pay runs are released by the client";
  auto a = decide(s);
  EXPECT_THAT(a.soc1_objectives, ElementsAre("ITGC-ACCESS", "ITGC-CHANGE", "ITGC-OPS", "ITGC-SDLC",
                                             "BP-COMPLETENESS", "BP-ACCURACY"));
  EXPECT_THAT(a.soc1_exclusions,
              ElementsAre(Exclusion{"BP-AUTHORIZATION", "Pay runs are released by the client"},
                          Exclusion{"BP-CUTOFF", "Pay runs are released by the client"}));
}

}  // namespace
}  // namespace socready::scoring

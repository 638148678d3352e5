#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "import/read_fixture.hpp"
#include "import/service_spec.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;
using testing::row;

class ServiceRead : public testing::ReadTest<Service, service_columns, read_service> {
 protected:
  Service& s = record;
};

TEST_F(ServiceRead, ReadsEveryColumnIntoTheService) {
  ASSERT_TRUE(read({"payroll", " Payroll engine ", "Payroll", "Pays people", "Yes", "no", "", "1",
                    "Payroll;hr;payroll", "true", "N", "", "y", "Processor", "required", "",
                    "contract 7", "A;security", "co2;CO1"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(s.slug, "payroll");
  EXPECT_EQ(s.name, "Payroll engine");
  EXPECT_EQ(s.affects_financial_reporting, true);
  EXPECT_EQ(s.handles_customer_data, false);
  EXPECT_EQ(s.clients_ask_security, std::nullopt);
  EXPECT_THAT(s.capabilities, ElementsAre("hr", "payroll"));
  EXPECT_EQ(s.privacy_role, PrivacyRole::processor);
  EXPECT_EQ(s.soc1, Override::required);
  EXPECT_EQ(s.soc2, Override::none);
  ASSERT_TRUE(s.soc2_categories);
  EXPECT_THAT(*s.soc2_categories, ElementsAre(Category::security, Category::availability));
  EXPECT_THAT(s.soc1_objectives, ElementsAre("CO1", "CO2"));  // catalog order
}

TEST_F(ServiceRead, ABadSlugStopsTheRow) {
  EXPECT_FALSE(read({"Payroll Engine", "", "", "", "maybe"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_THAT(findings[0].message, HasSubstr("'Payroll Engine' is not a slug"));
}

TEST_F(ServiceRead, CapabilitiesAreCheckedAfterTheAnswers) {
  ASSERT_TRUE(read({"payroll", "P", "", "", "", "", "", "", "payrol;fleet-telematic", "perhaps", "",
                    "", "", "owner", "sometimes", "", "", "Security;Speed", "CO9"}));
  EXPECT_THAT(messages(findings),
              ElementsAre(HasSubstr("availability_commitment: 'perhaps' is not a yes/no answer"),
                          HasSubstr("capabilities: 'payrol' is not a known capability; did you "
                                    "mean 'payroll'?"),
                          // The user's own capabilities are suggested too.
                          HasSubstr("capabilities: 'fleet-telematic' is not a known capability; "
                                    "did you mean 'fleet-telematics'?"),
                          HasSubstr("privacy_role: 'owner' is not a privacy role; expected "
                                    "controller, processor or blank"),
                          HasSubstr("soc1: 'sometimes' is not an override"),
                          HasSubstr("soc2_categories: 'Speed' is not a category"),
                          HasSubstr("soc1_objectives: CO9 is not a SOC 1 control objective")));
}

TEST_F(ServiceRead, AnOverrideNeedsItsReason) {
  ASSERT_TRUE(
      read({"payroll", "P", "", "", "", "", "", "", "", "", "", "", "", "", "", "excluded"}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("override_reason: an override needs")));
  EXPECT_EQ(findings[0].column, 16u);
}

TEST_F(ServiceRead, ABlankNameIsLeftToThePlan) {
  ASSERT_TRUE(read({"payroll"}));
  EXPECT_TRUE(findings.empty());
  EXPECT_EQ(s.name, "");
  EXPECT_FALSE(s.soc2_categories);
}

TEST_F(ServiceRead, TheExportRowIsTheFileFormat) {
  ASSERT_TRUE(read({"payroll", "=SUM(1)", "", "", "yes", "", "", "", "", "", "", "", "no"}));
  const auto out = write_columns(service_spec, s);
  ASSERT_EQ(out.size(), 21u);
  EXPECT_EQ(out[0], "payroll");
  EXPECT_EQ(out[1], "'=SUM(1)");
  EXPECT_EQ(out[4], "yes");
  EXPECT_EQ(out[12], "no");
  EXPECT_EQ(out[5], "");
}

TEST_F(ServiceRead, AUserCapabilityIsKnownAndABlankPrivacyRoleIsUnknown) {
  ASSERT_TRUE(read({"payroll", "P", "", "", "", "", "", "", "Fleet Telematics"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_THAT(s.capabilities, ElementsAre("fleet-telematics"));
  EXPECT_FALSE(s.privacy_role);
  EXPECT_EQ(write_columns(service_spec, s)[13], "");
}

TEST_F(ServiceRead, TheAuditEntryKeepsTypesAndPutsCategoriesThenPrivacyRoleLast) {
  ASSERT_TRUE(read({"payroll", "P", "", "", "yes", "", "", "", "", "", "", "", "", "controller"}));
  const auto j = nlohmann::ordered_json::parse(service_audit_json(s));
  EXPECT_EQ(j.size(), 21u);
  EXPECT_EQ(j.begin().key(), "service");
  // Members old entries lack come last, so old and new line up member by member in `log`: the
  // categories, the privacy role, then the exclusions.
  auto last = j.end();
  EXPECT_EQ((--last).key(), "soc1_exclusion_reason");
  EXPECT_EQ((--last).key(), "soc1_objectives_excluded");
  EXPECT_EQ((--last).key(), "privacy_role");
  EXPECT_EQ(j["privacy_role"], "controller");
  EXPECT_EQ((--last).key(), "soc2_categories");
  EXPECT_TRUE(j["soc2_categories"].is_null());
  EXPECT_EQ(j["affects_financial_reporting"], true);
  EXPECT_TRUE(j["handles_customer_data"].is_null());
}

}  // namespace
}  // namespace socready::import

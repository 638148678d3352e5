#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/capability_spec.hpp"
#include "import/read_fixture.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;

class CapabilityRead : public testing::ReadTest<Capability, capability_columns, read_capability> {
 protected:
  Capability& c = record;
};

TEST_F(CapabilityRead, ReadsNamePointsToAndDescription) {
  ASSERT_TRUE(read({"Fleet Telematics", "customer_data; Financial_Reporting", " Positions "}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(c.name, "fleet-telematics");
  EXPECT_TRUE(c.financial_reporting);
  EXPECT_TRUE(c.customer_data);
  EXPECT_EQ(c.description, "Positions");
  EXPECT_THAT(write_columns(capability_spec, c),
              ElementsAre("fleet-telematics", "financial_reporting;customer_data", "Positions"));
}

TEST_F(CapabilityRead, NonePointsNowhere) {
  ASSERT_TRUE(read({"office-wifi", "none"}));
  EXPECT_TRUE(findings.empty());
  EXPECT_FALSE(c.financial_reporting);
  EXPECT_FALSE(c.customer_data);
  EXPECT_EQ(write_columns(capability_spec, c)[1], "none");
}

TEST_F(CapabilityRead, AnUnknownPointsToIsAProblem) {
  ASSERT_TRUE(read({"ledger-sync", "financial_reporting;soc3"}));
  EXPECT_THAT(messages(findings),
              ElementsAre("points_to: 'soc3' is not what a capability points to; expected "
                          "financial_reporting, customer_data, both separated by ';', or none"));
  EXPECT_EQ(findings[0].column, 1u);
}

TEST_F(CapabilityRead, ABlankPointsToOrNoneWithAQuestionIsAProblem) {
  ASSERT_TRUE(read({"ledger-sync", ""}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("say what the capability points to")));
  findings.clear();
  ASSERT_TRUE(read({"ledger-sync", "none;customer_data"}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("'none' cannot be listed")));
}

TEST_F(CapabilityRead, ANameThatIsNotASlugStopsTheRow) {
  EXPECT_FALSE(read({"Ledger/Sync", "bogus"}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("'Ledger/Sync' is not a capability name")));
}

}  // namespace
}  // namespace socready::import

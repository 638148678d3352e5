#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/cuec_spec.hpp"
#include "import/read_fixture.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;

class CuecRead : public testing::ReadTest<Cuec, 5, read_cuec> {
 protected:
  Cuec& c = record;
};

TEST_F(CuecRead, ReadsEveryColumn) {
  ASSERT_TRUE(read({" CUEC-01 ", "payroll;insights;payroll", "The client approves each pay run",
                    "cc7.2;CC6.1", "CO2;co1"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(c.key, "CUEC-01");
  EXPECT_FALSE(c.all_services);
  EXPECT_THAT(c.services, ElementsAre("insights", "payroll"));
  EXPECT_EQ(c.description, "The client approves each pay run");
  EXPECT_THAT(c.criteria, ElementsAre("CC6.1", "CC7.2"));
  EXPECT_THAT(c.objectives, ElementsAre("CO1", "CO2"));
  EXPECT_EQ(
      write_columns(cuec_spec, c),
      (std::vector<std::string>{"CUEC-01", "insights;payroll", "The client approves each pay run",
                                "CC6.1;CC7.2", "CO1;CO2"}));
}

TEST_F(CuecRead, AStarIsEveryService) {
  ASSERT_TRUE(read({"CUEC-02", " * ", "Customers manage their own users"}));
  EXPECT_TRUE(findings.empty());
  EXPECT_TRUE(c.all_services);
  EXPECT_TRUE(c.covers("anything"));
  EXPECT_EQ(write_columns(cuec_spec, c)[1], "*");
}

TEST_F(CuecRead, ABlankIdStopsTheRow) {
  EXPECT_FALSE(read({"", "nowhere"}));
  EXPECT_THAT(messages(findings), ElementsAre("cuec_id: expected a CUEC id, found nothing"));
}

TEST_F(CuecRead, ReportsEveryProblemOfTheRow) {
  ASSERT_TRUE(read({"CUEC-03", "payrol;*", "x", "CC9.9;CO1", "CC6.1"}));
  EXPECT_THAT(messages(findings),
              ElementsAre(HasSubstr("services: no service 'payrol'"),
                          "services: '*' (all services) cannot be combined with named services",
                          HasSubstr("tsc: CC9.9 is not a Trust Services Criterion"),
                          HasSubstr("tsc: CO1 is a SOC 1 control objective"),
                          HasSubstr("soc1_objectives: CC6.1 is a Trust Services Criterion")));
  EXPECT_EQ(findings[0].column, 1u);
  EXPECT_EQ(findings[2].column, 3u);
  EXPECT_EQ(findings[4].column, 4u);
}

TEST_F(CuecRead, ServicesMayNotBeBlank) {
  ASSERT_TRUE(read({"CUEC-04", "", "x"}));
  EXPECT_THAT(messages(findings),
              ElementsAre("services: expected the services it is about, or * for all"));
}

}  // namespace
}  // namespace socready::import

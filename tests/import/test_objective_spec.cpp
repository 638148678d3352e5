// Reading rows of the SOC 1 objectives format (SPEC §7 objectives) without a database.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/objective_spec.hpp"
#include "import/read_fixture.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;

class ObjectiveRead : public testing::ReadTest<UserObjective, objective_columns, read_objective> {
 protected:
  UserObjective& o = record;
};

TEST_F(ObjectiveRead, ReadsEveryColumnInTheCatalogsCase) {
  ASSERT_TRUE(read(
      {" itgc-physical ", " Data centre access is restricted ", "itgc", "Yes", "cc7.2; CC6.1"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(o.code, "ITGC-PHYSICAL");
  EXPECT_EQ(o.title, "Data centre access is restricted");
  EXPECT_EQ(o.series, "ITGC");
  EXPECT_EQ(o.is_default, true);
  EXPECT_THAT(o.criteria, ElementsAre("CC6.1", "CC7.2"));  // sorted
  EXPECT_THAT(write_columns(objective_spec, o),
              ElementsAre("ITGC-PHYSICAL", "Data centre access is restricted", "ITGC", "yes",
                          "CC6.1;CC7.2"));
}

TEST_F(ObjectiveRead, BlanksStayBlankForThePlanToFill) {
  ASSERT_TRUE(read({"BP-CUTOFF"}));
  EXPECT_TRUE(findings.empty());
  EXPECT_EQ(o.title, "");
  EXPECT_EQ(o.series, "");
  EXPECT_FALSE(o.is_default.has_value());
  EXPECT_TRUE(o.criteria.empty());
}

TEST_F(ObjectiveRead, AnIdThatIsNotASlugStopsTheRow) {
  EXPECT_FALSE(read({"ITGC PHYSICAL", "Title", "ITGC", "maybe"}));
  ASSERT_THAT(messages(findings),
              ElementsAre("objective: 'ITGC PHYSICAL' is not an objective id; expected letters, "
                          "digits and '-' as the catalog's ids are spelled (e.g. ITGC-PHYSICAL, "
                          "BP-PAYROLL-TAX)"));
  EXPECT_EQ(findings[0].column, 0u);
  findings.clear();
  EXPECT_FALSE(read({"-ITGC"}));
  findings.clear();
  EXPECT_FALSE(read({"ITGC.1"}));
}

TEST_F(ObjectiveRead, BadSeriesDefaultAndCriterionAreEachAProblemAtTheirColumn) {
  ASSERT_TRUE(read({"ITGC-PHYSICAL", "Title", "Physical security", "maybe", "CC6.1;CC6.9"}));
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].column, 2u);
  EXPECT_THAT(findings[0].message, HasSubstr("series: 'Physical security' is not a series name"));
  EXPECT_EQ(findings[1].column, 3u);
  EXPECT_THAT(findings[1].message, HasSubstr("default: 'maybe' is not a yes/no answer"));
  EXPECT_EQ(findings[2].column, 4u);
  // The fixture's catalog knows CC6.1 and CC7.2: the nearest is offered.
  EXPECT_EQ(findings[2].message,
            "criteria: CC6.9 is not a Trust Services Criterion; did you mean 'CC6.1'?");
}

TEST_F(ObjectiveRead, AnObjectiveInTheCriteriaColumnIsAProblem) {
  ASSERT_TRUE(read({"ITGC-PHYSICAL", "", "", "", "CO1"}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("CO1 is a SOC 1 control objective")));
}

TEST(ObjectiveId, UpperCaseLettersDigitsAndHyphens) {
  EXPECT_TRUE(is_objective_id("ITGC-ACCESS"));
  EXPECT_TRUE(is_objective_id("BP"));
  EXPECT_TRUE(is_objective_id("7X-2"));
  EXPECT_FALSE(is_objective_id("itgc-access"));
  EXPECT_FALSE(is_objective_id(""));
  EXPECT_FALSE(is_objective_id("-BP"));
  EXPECT_FALSE(is_objective_id("BP_1"));
  EXPECT_FALSE(is_objective_id(std::string(65, 'A')));
}

}  // namespace
}  // namespace socready::import

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/read_fixture.hpp"
#include "import/system_spec.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;

class SystemRead : public testing::ReadTest<System, 11, read_system> {
 protected:
  System& v = record;
};

TEST_F(SystemRead, ReadsEveryColumn) {
  ASSERT_TRUE(read({"platform", "The Platform", "payroll;insights", "Hosted payroll", "99.9%", "I",
                    "", "2026-06-30", "ii", "2026-07-01", "2026-12-31"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(v.key, "platform");
  EXPECT_EQ(v.name, "The Platform");
  EXPECT_THAT(v.services, ElementsAre("insights", "payroll"));
  EXPECT_EQ(v.description, "Hosted payroll");
  EXPECT_EQ(v.commitments, "99.9%");
  ASSERT_TRUE(v.soc1);
  EXPECT_EQ(v.soc1->type, ReportType::type1);
  EXPECT_FALSE(v.soc1->period_start);
  EXPECT_EQ(v.soc1->period_end, Date::parse("2026-06-30"));
  ASSERT_TRUE(v.soc2);
  EXPECT_EQ(v.soc2->type, ReportType::type2);
  EXPECT_EQ(v.soc2->period_start, Date::parse("2026-07-01"));
  EXPECT_EQ(v.soc2->period_end, Date::parse("2026-12-31"));
  EXPECT_EQ(
      write_columns(system_spec, v),
      (std::vector<std::string>{"platform", "The Platform", "insights;payroll", "Hosted payroll",
                                "99.9%", "I", "", "2026-06-30", "II", "2026-07-01", "2026-12-31"}));
}

TEST_F(SystemRead, NoReportPlannedIsThreeBlankCells) {
  ASSERT_TRUE(read({"platform", "P", "payroll"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_FALSE(v.soc1);
  EXPECT_FALSE(v.soc2);
}

TEST_F(SystemRead, PlannedPeriodsAreDatesAheadOfToday) {
  // Today is 2026-11-26 in the fixture: a planned period may end after it.
  ASSERT_TRUE(
      read({"platform", "P", "payroll", "", "", "", "", "", "II", "2026-10-01", "2027-03-31"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(v.soc2->period_end, Date::parse("2027-03-31"));
}

TEST_F(SystemRead, EachBadPlannedReportIsReported) {
  ASSERT_TRUE(read({"platform", "P", "payroll", "", "", "III", "2026-01-01", "2026-06-30", "II",
                    "2026-12-31", "2026-07-01"}));
  EXPECT_THAT(messages(findings),
              ElementsAre("soc1_type: 'III' is not a report type; expected I or II",
                          "soc2_period_end: 2026-07-01 is before soc2_period_start 2026-12-31"));
  EXPECT_EQ(findings[0].column, 5u);
  EXPECT_EQ(findings[1].column, 10u);
  EXPECT_FALSE(v.soc1);
  EXPECT_FALSE(v.soc2);
}

TEST_F(SystemRead, APeriodNeedsATypeAndTypeTwoNeedsBothDates) {
  ASSERT_TRUE(read({"platform", "P", "payroll", "", "", "", "2026-01-01", "2026-06-30", "II", "",
                    "2026-12-31"}));
  EXPECT_THAT(messages(findings),
              ElementsAre("soc1_type: a planned period needs its report type (I or II)",
                          "soc2_period_start: a Type II report needs its period start"));
  EXPECT_EQ(findings[1].column, 9u);
}

TEST_F(SystemRead, AnUnknownServiceIsNamedWithASuggestion) {
  ASSERT_TRUE(read({"platform", "P", "payrol;insights"}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_THAT(findings[0].message, HasSubstr("services: no service 'payrol'"));
  EXPECT_THAT(findings[0].message, HasSubstr("did you mean 'payroll'?"));
  EXPECT_EQ(findings[0].column, 2u);
}

TEST_F(SystemRead, ASystemNamesItsServices) {
  ASSERT_TRUE(read({"platform", "P", "*"}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("'*' (all services) is not accepted")));
  findings.clear();
  ASSERT_TRUE(read({"platform", "P", ""}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("services: expected the services")));
}

TEST_F(SystemRead, TheKeyIsASlug) {
  EXPECT_FALSE(read({"The Platform", "P", "payroll"}));
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("system: 'The Platform' is not a slug")));
}

}  // namespace
}  // namespace socready::import

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/read_fixture.hpp"
#include "import/subservice_spec.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;

class SubserviceRead : public testing::ReadTest<Subservice, 14, read_subservice> {
 protected:
  Subservice& v = record;
};

TEST_F(SubserviceRead, ReadsEveryColumn) {
  ASSERT_TRUE(read({"cloudhost", "CloudHost Inc.", "payroll;insights", "Carve-Out", "SOC2", "ii",
                    "2025-04-01", "2026-03-31", "Unmodified", "2026-06-30", "CC6.1", "",
                    "Data centres", "VND-01"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(v.key, "cloudhost");
  EXPECT_EQ(v.name, "CloudHost Inc.");
  EXPECT_THAT(v.services, ElementsAre("insights", "payroll"));
  EXPECT_EQ(v.method, SubserviceMethod::carve_out);
  ASSERT_TRUE(v.report);
  EXPECT_EQ(v.report->framework, Framework::soc2);
  EXPECT_EQ(v.report->type, ReportType::type2);
  EXPECT_EQ(v.report->period_end, *Date::parse("2026-03-31"));
  EXPECT_EQ(v.report->opinion, Opinion::unmodified);
  EXPECT_EQ(v.bridge_letter_until, Date::parse("2026-06-30"));
  EXPECT_THAT(v.csoc_criteria, ElementsAre("CC6.1"));
  EXPECT_EQ(v.monitored_by, "VND-01");
  EXPECT_EQ(
      write_columns(subservice_spec, v),
      (std::vector<std::string>{"cloudhost", "CloudHost Inc.", "insights;payroll", "carve-out",
                                "soc2", "II", "2025-04-01", "2026-03-31", "unmodified",
                                "2026-06-30", "CC6.1", "", "Data centres", "VND-01"}));
}

TEST_F(SubserviceRead, NoReportIsAllFiveCellsBlank) {
  ASSERT_TRUE(read({"payco", "PayCo", "*", "inclusive"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_FALSE(v.report);
  EXPECT_EQ(v.method, SubserviceMethod::inclusive);
  EXPECT_EQ(write_columns(subservice_spec, v)[4], "");
}

TEST_F(SubserviceRead, APartReportAndBadValuesAreEachReported) {
  ASSERT_TRUE(
      read({"payco", "PayCo", "*", "outsourced", "soc3", "", "2026-03-31", "2025-04-01", "clean"}));
  EXPECT_THAT(messages(findings),
              ElementsAre(HasSubstr("method: 'outsourced' is not a method; expected carve-out or "
                                    "inclusive"),
                          HasSubstr("report_framework: 'soc3' is not a framework"),
                          "report_type: a vendor report needs its type (I or II)",
                          "period_end: 2025-04-01 is before period_start 2026-03-31",
                          HasSubstr("opinion: 'clean' is not an opinion")));
  EXPECT_FALSE(v.report);
}

TEST_F(SubserviceRead, ABridgeLetterFollowsTheReportsPeriod) {
  ASSERT_TRUE(read({"cloudhost", "C", "*", "", "soc2", "II", "2025-04-01", "2026-03-31",
                    "unmodified", "2026-03-01"}));
  EXPECT_THAT(messages(findings),
              ElementsAre("bridge_letter_until: 2026-03-01 is not after the report's period end "
                          "2026-03-31"));
  EXPECT_EQ(findings[0].column, 9u);
  findings.clear();
  record = {};
  ASSERT_TRUE(read({"cloudhost", "C", "*", "", "", "", "", "", "", "2026-03-01"}));
  EXPECT_THAT(messages(findings),
              ElementsAre("bridge_letter_until: a bridge letter needs the report it follows"));
}

}  // namespace
}  // namespace socready::import

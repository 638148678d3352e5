#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/read_fixture.hpp"
#include "import/record_specs.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;
using testing::row;

const ReadContext context{nullptr, *Date::parse("2026-11-26")};

TEST(EvidenceRead, ReadsEveryColumn) {
  EvidenceRecord e;
  Findings findings;
  read_evidence(row<4>({"'=AC-1", " 2026-03-01 ", "Screenshot", "s3://bucket"}), context, e,
                findings);
  EXPECT_TRUE(findings.empty());
  EXPECT_EQ(e.control_key, "=AC-1");
  EXPECT_EQ(e.collected_on, *Date::parse("2026-03-01"));
  EXPECT_EQ(e.description, "Screenshot");
  EXPECT_EQ(e.location, "s3://bucket");
}

TEST(EvidenceRead, ReportsEveryProblemOfTheRow) {
  EvidenceRecord e;
  Findings findings;
  read_evidence(row<4>({"", ""}), context, e, findings);
  EXPECT_THAT(messages(findings), ElementsAre("control_id: expected a control id, found nothing",
                                              "collected_on: expected a date, found nothing"));
  findings.clear();
  read_evidence(row<4>({"AC-1", "2026-12-01"}), context, e, findings);
  EXPECT_THAT(messages(findings),
              ElementsAre("collected_on: 2026-12-01 is in the future (today is 2026-11-26)"));
  EXPECT_EQ(findings[0].column, 1u);
}

TEST(TestRead, ReadsEveryColumn) {
  TestRecord t;
  Findings findings;
  read_test(row<9>({"AC-1", "2026-02-01", "Exceptions", "Bo", "two samples late"}), context, t,
            findings);
  EXPECT_TRUE(findings.empty());
  EXPECT_EQ(t.result, TestResult::exception);
  EXPECT_EQ(t.tester, "Bo");
  EXPECT_EQ(t.notes, "two samples late");
}

TEST(TestRead, AResultIsRequired) {
  TestRecord t;
  Findings findings;
  read_test(row<9>({"AC-1", "01/02/2026", "untested"}), context, t, findings);
  EXPECT_THAT(messages(findings),
              ElementsAre(HasSubstr("tested_on: '01/02/2026' is not a date"),
                          "result: 'untested' is not a test result; expected pass, fail or "
                          "exception"));
}

TEST(TestRead, ReadsTheDeviationColumns) {
  TestRecord t;
  Findings findings;
  read_test(
      row<9>({"AC-1", "2026-10-14", "fail", "Bo", "", " 25 ", "2", "HR feed fixed", "2026-10-21"}),
      context, t, findings);
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(t.sample_size, 25);
  EXPECT_EQ(t.deviations, 2);
  EXPECT_EQ(t.management_response, "HR feed fixed");
  EXPECT_EQ(t.remediated_on, Date::parse("2026-10-21"));
  // Blank stays unknown.
  TestRecord blank;
  read_test(row<9>({"AC-1", "2026-10-14", "pass"}), context, blank, findings);
  EXPECT_TRUE(findings.empty());
  EXPECT_FALSE(blank.sample_size);
  EXPECT_FALSE(blank.deviations);
  EXPECT_FALSE(blank.remediated_on);
}

TEST(TestRead, ReportsBadDeviationColumnsAtTheirColumns) {
  TestRecord t;
  Findings findings;
  read_test(row<9>({"AC-1", "2026-10-14", "fail", "", "", "-1", "2.5", "", "2026-10-01"}), context,
            t, findings);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].column, 5u);
  EXPECT_EQ(findings[0].message,
            "sample_size: '-1' is not a count; expected a whole number, 0 or more");
  EXPECT_EQ(findings[1].column, 6u);
  EXPECT_EQ(findings[2].column, 8u);
  EXPECT_EQ(findings[2].message, "remediated_on: 2026-10-01 is before the test on 2026-10-14");
  findings.clear();
  read_test(row<9>({"AC-1", "2026-10-14", "fail", "", "", "3", "4", "", "2026-12-01"}), context, t,
            findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].column, 8u);
  EXPECT_THAT(findings[0].message, HasSubstr("remediated_on: 2026-12-01 is in the future"));
  EXPECT_EQ(findings[1].column, 6u);
  EXPECT_EQ(findings[1].message, "deviations: 4 is more than the sample_size of 3");
}

TEST(RecordSpecs, DeclareTheFileFormats) {
  EXPECT_THAT(headers_of(evidence_spec),
              ElementsAre("control_id", "collected_on", "description", "location"));
  EXPECT_THAT(headers_of(test_spec),
              ElementsAre("control_id", "tested_on", "result", "tester", "notes", "sample_size",
                          "deviations", "management_response", "remediated_on"));
  EXPECT_EQ(test_spec[2].need, Need::required);
  EXPECT_EQ(evidence_spec[2].need, Need::optional);
  EXPECT_THAT(headers_of(population_spec),
              ElementsAre("control_id", "period_start", "period_end", "count"));
  for (const auto& c : population_spec) EXPECT_EQ(c.need, Need::required) << c.header;
}

TEST(PopulationRead, ReadsEveryColumn) {
  PopulationRecord p;
  Findings findings;
  read_population(row<4>({" IAM-03 ", "2026-07-01", " 2026-09-30", " 23 "}), context, p, findings);
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(p.control_key, "IAM-03");
  EXPECT_EQ(p.period_start, *Date::parse("2026-07-01"));
  EXPECT_EQ(p.period_end, *Date::parse("2026-09-30"));
  EXPECT_EQ(p.count, 23);
  // One day, and no instance: both fine.
  read_population(row<4>({"IAM-03", "2026-11-26", "2026-11-26", "0"}), context, p, findings);
  EXPECT_TRUE(findings.empty());
  EXPECT_EQ(p.count, 0);
}

TEST(PopulationRead, ReportsEveryProblemOfTheRowAtItsColumn) {
  PopulationRecord p;
  Findings findings;
  read_population(row<4>({"", "", "", ""}), context, p, findings);
  EXPECT_THAT(messages(findings), ElementsAre("control_id: expected a control id, found nothing",
                                              "period_start: expected a date, found nothing",
                                              "period_end: expected a date, found nothing",
                                              "count: expected a count, found nothing"));
  findings.clear();
  read_population(row<4>({"HR-01", "2026-02-30", "2026-12-01", "-3"}), context, p, findings);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].column, 1u);
  EXPECT_EQ(findings[0].message,
            "period_start: '2026-02-30' is not a date; expected YYYY-MM-DD, a real day");
  EXPECT_EQ(findings[1].column, 2u);
  EXPECT_EQ(findings[1].message, "period_end: 2026-12-01 is in the future (today is 2026-11-26)");
  EXPECT_EQ(findings[2].column, 3u);
  EXPECT_EQ(findings[2].message, "count: '-3' is not a count; expected a whole number, 0 or more");
  for (std::string_view bad : {"2.5", "12 leavers", "1e3", "99999999999", "+4"}) {
    findings.clear();
    read_population(row<4>({"HR-01", "2026-01-01", "2026-03-31", bad}), context, p, findings);
    EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("is not a count"))) << bad;
  }
}

TEST(PopulationRead, APeriodEndsOnOrAfterItsStart) {
  PopulationRecord p;
  Findings findings;
  read_population(row<4>({"HR-01", "2026-03-31", "2026-01-01", "5"}), context, p, findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].column, 2u);
  EXPECT_EQ(findings[0].message, "period_end: 2026-01-01 is before period_start 2026-03-31");
  // A bad date is reported once, not compared.
  findings.clear();
  read_population(row<4>({"HR-01", "2026-13-01", "2026-01-01", "5"}), context, p, findings);
  EXPECT_THAT(messages(findings), ElementsAre(HasSubstr("'2026-13-01' is not a date")));
}

}  // namespace
}  // namespace socready::import

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
}

}  // namespace
}  // namespace socready::import

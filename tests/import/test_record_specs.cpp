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
  read_test(row<5>({"AC-1", "2026-02-01", "Exceptions", "Bo", "two samples late"}), context, t,
            findings);
  EXPECT_TRUE(findings.empty());
  EXPECT_EQ(t.result, TestResult::exception);
  EXPECT_EQ(t.tester, "Bo");
  EXPECT_EQ(t.notes, "two samples late");
}

TEST(TestRead, AResultIsRequired) {
  TestRecord t;
  Findings findings;
  read_test(row<5>({"AC-1", "01/02/2026", "untested"}), context, t, findings);
  EXPECT_THAT(messages(findings),
              ElementsAre(HasSubstr("tested_on: '01/02/2026' is not a date"),
                          "result: 'untested' is not a test result; expected pass, fail or "
                          "exception"));
}

TEST(RecordSpecs, DeclareTheFileFormats) {
  EXPECT_THAT(headers_of(evidence_spec),
              ElementsAre("control_id", "collected_on", "description", "location"));
  EXPECT_THAT(headers_of(test_spec),
              ElementsAre("control_id", "tested_on", "result", "tester", "notes"));
  EXPECT_EQ(test_spec[2].need, Need::required);
  EXPECT_EQ(evidence_spec[2].need, Need::optional);
}

}  // namespace
}  // namespace socready::import

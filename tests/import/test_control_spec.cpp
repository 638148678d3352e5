#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/control_spec.hpp"
#include "import/fingerprint.hpp"
#include "import/read_fixture.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::messages;
using testing::row;

class ControlRead : public testing::ReadTest<ControlRecord, 16, read_control> {
 protected:
  ControlRecord& r = record;
};

TEST_F(ControlRead, ReadsEveryColumnIntoTheRecord) {
  ASSERT_TRUE(read({" AC-1 ", "Access review", "Quarterly review", "Ana", "payroll;insights",
                    "cc6.1", "CO2;CO1", "In Progress", "Quarterly", "Automated", "yes", "AC-9;AC-2",
                    "2025-01-15", "2026-03-01", "2026-02-01", "passed"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(r.key, "AC-1");
  EXPECT_EQ(r.version.title, "Access review");
  EXPECT_EQ(r.version.owner, "Ana");
  EXPECT_THAT(r.version.service_ids, ElementsAre(1, 2));
  EXPECT_THAT(r.version.requirement_ids, ElementsAre(10, 20, 21));
  EXPECT_EQ(r.version.status, Status::partial);
  EXPECT_EQ(r.version.frequency, Frequency::quarterly);
  EXPECT_EQ(r.version.nature, Nature::automated);
  EXPECT_TRUE(r.version.is_key);
  EXPECT_THAT(r.version.compensates, ElementsAre("AC-2", "AC-9"));
  EXPECT_EQ(r.version.implemented_on, Date::parse("2025-01-15"));
  EXPECT_EQ(r.evidence_on, Date::parse("2026-03-01"));
  EXPECT_EQ(r.tested_on, Date::parse("2026-02-01"));
  EXPECT_TRUE(r.outcome.tested);
  EXPECT_EQ(r.outcome.result, TestResult::pass);
}

TEST_F(ControlRead, BlankServicesMeanEveryService) {
  ASSERT_TRUE(read({"AC-1", "t"}));
  EXPECT_TRUE(r.version.all_services);
  EXPECT_EQ(r.version.status, Status::planned);
}

TEST_F(ControlRead, AnUnusableIdStopsTheRow) {
  EXPECT_FALSE(read({"  ", "t", "", "", "nowhere"}));
  EXPECT_THAT(messages(findings), ElementsAre("control_id: expected a control id, found nothing"));
  findings.clear();
  const std::string long_id(101, 'x');
  EXPECT_FALSE(read({long_id}));
  EXPECT_THAT(messages(findings), ElementsAre("control_id: longer than 100 characters"));
}

TEST_F(ControlRead, ReportsEachBadCellAtItsColumnInColumnOrder) {
  ASSERT_TRUE(read({"AC-1", "t", "", "", "payrol", "CO1", "", "bogus", "", "", "", "", "2026-02-30",
                    "2027-01-01", "", "pass"}));
  ASSERT_EQ(findings.size(), 6u);
  EXPECT_EQ(findings[0].column, 4u);
  EXPECT_THAT(findings[0].message, HasSubstr("did you mean 'payroll'?"));
  EXPECT_THAT(findings[1].message, HasSubstr("CO1 is a SOC 1 control objective; list it under "
                                             "soc1_objectives"));
  EXPECT_EQ(findings[2].column, 7u);
  EXPECT_THAT(findings[3].message, HasSubstr("implemented_on: '2026-02-30' is not a date"));
  EXPECT_THAT(findings[4].message, HasSubstr("evidence_date: 2027-01-01 is in the future"));
  EXPECT_EQ(findings[5].message,
            "test_result: a result needs the date it was tested in last_tested");
}

TEST_F(ControlRead, ABadTestDateIsNotReportedTwice) {
  ASSERT_TRUE(read({"AC-1", "t", "", "", "", "", "", "", "", "", "", "", "", "", "soon", "pass"}));
  EXPECT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].column, 14u);
}

TEST_F(ControlRead, TheExportRowReadsBackToTheSameVersion) {
  ASSERT_TRUE(read({"=AC-1", "'=title", "", "", "*", "CC6.1", "", "implemented", "", "", "", "", "",
                    "", "", ""}));
  r.criteria = {"CC6.1"};
  const auto out = write_columns(control_spec, r);
  EXPECT_EQ(out[0], "'=AC-1");  // neutralised again for spreadsheets
  EXPECT_EQ(out[4], "*");
  EXPECT_EQ(out[5], "CC6.1");
  EXPECT_EQ(out[7], "implemented");
  EXPECT_EQ(out[9], "manual");
  EXPECT_EQ(out[10], "no");
  EXPECT_EQ(out[15], "");
}

TEST_F(ControlRead, ReportsABadNatureKeyOrSelfCompensation) {
  ASSERT_TRUE(read({"AC-1", "t", "", "", "", "", "", "", "", "robotic", "maybe", "AC-2;AC-1"}));
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].column, 9u);
  EXPECT_EQ(findings[0].message, "nature: 'robotic' is not a nature; expected manual or automated");
  EXPECT_EQ(findings[1].column, 10u);
  EXPECT_THAT(findings[1].message, HasSubstr("key: 'maybe' is not a yes/no answer"));
  EXPECT_EQ(findings[2].column, 11u);
  EXPECT_EQ(findings[2].message, "compensates: AC-1 cannot compensate itself");
  EXPECT_THAT(r.version.compensates, ElementsAre("AC-2"));
}

TEST_F(ControlRead, DefaultNatureAndKeyKeepTheEarlierFingerprint) {
  ASSERT_TRUE(read({"AC-1", "t", "", "", "payroll"}));
  // The fingerprint as the version before these columns computed it: databases hold it.
  const auto& v = r.version;
  Fingerprint fp;
  fp.add(v.title).add(v.description).add(v.owner).add(name(v.status)).add("").add("");
  fp.add(std::int64_t{0});
  for (auto id : v.service_ids) fp.add(id);
  fp.add(std::int64_t{-1});
  const auto earlier = fp.value();
  EXPECT_EQ(fingerprint_of(r.version), earlier);
  auto automated = r.version;
  automated.nature = Nature::automated;
  EXPECT_NE(fingerprint_of(automated), earlier);
  auto key = r.version;
  key.is_key = true;
  EXPECT_NE(fingerprint_of(key), earlier);
  auto compensating = r.version;
  compensating.compensates = {"AC-2"};
  EXPECT_NE(fingerprint_of(compensating), earlier);
}

TEST_F(ControlRead, TheFingerprintFollowsContentOnly) {
  ASSERT_TRUE(read({"AC-1", "t", "", "", "payroll"}));
  auto same = r.version;
  same.valid_from = *Date::parse("2030-01-01");
  EXPECT_EQ(fingerprint_of(r.version), fingerprint_of(same));
  same.owner = "someone else";
  EXPECT_NE(fingerprint_of(r.version), fingerprint_of(same));
}

TEST(ControlSpec, DeclaresTheFileFormat) {
  EXPECT_THAT(headers_of(control_spec),
              ElementsAre("control_id", "title", "description", "owner", "services", "tsc",
                          "soc1_objectives", "status", "frequency", "nature", "key", "compensates",
                          "implemented_on", "evidence_date", "last_tested", "test_result"));
  for (const auto& c : control_spec) {
    EXPECT_NE(c.read, nullptr) << c.header;
    EXPECT_NE(c.write, nullptr) << c.header;
    EXPECT_EQ(c.need == Need::required, c.header == "control_id") << c.header;
  }
}

}  // namespace
}  // namespace socready::import

#include <gtest/gtest.h>

#include "import/import_fixture.hpp"
#include "store/control_store.hpp"

namespace socready::import::testing {
namespace {

class RecordImport : public ImportFixture {
 protected:
  void SetUp() override {
    ImportFixture::SetUp();
    controls("control_id,title,tsc\nAC-01,Access reviews,CC6.1\n");
  }
};

TEST_F(RecordImport, EvidenceIsAddedOnceAndDuplicatesSkipped) {
  const std::string csv =
      "control_id,collected_on,description,location\n"
      "AC-01,2026-01-31,January review,\"s3://audit/ac-01/2026-01.pdf\"\n"
      "AC-01,2026-02-28,February review,\n";
  auto first = evidence(csv);
  EXPECT_EQ(first.added, 2);
  EXPECT_EQ(first.skipped, 0);
  auto second = evidence(csv);
  EXPECT_EQ(second.added, 0);
  EXPECT_EQ(second.skipped, 2);
  auto loaded = store::load_evidence(db, *Date::parse("2026-12-31"));
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_EQ(loaded[0].second.location, "s3://audit/ac-01/2026-01.pdf");
  EXPECT_EQ(store::load_evidence(db, *Date::parse("2026-02-01")).size(), 1u);
}

TEST_F(RecordImport, EvidenceErrorsNameLineAndColumn) {
  const auto before = state();
  auto e = failure([&] {
    evidence("control_id,collected_on\nAC-02,2026-01-01\nAC-01,2026-02-30\nAC-01,2026-12-01\n,\n");
  });
  const auto msgs = all_messages(e);
  EXPECT_TRUE(mentions(e, 2, 1, "no control 'AC-02'")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 7, "'2026-02-30' is not a date")) << msgs;
  EXPECT_TRUE(mentions(e, 4, 7, "is in the future")) << msgs;
  EXPECT_TRUE(mentions(e, 5, 1, "expected a control id")) << msgs;
  EXPECT_EQ(state(), before);
}

TEST_F(RecordImport, TestsNormaliseResultsAndSkipDuplicates) {
  const std::string csv =
      "control_id,tested_on,result,tester,notes\n"
      "AC-01,2026-03-01,Passed,Internal audit,\n"
      "AC-01,2026-06-01,exceptions,Internal audit,\"2 of 25 samples late\"\n";
  EXPECT_EQ(tests(csv).added, 2);
  EXPECT_EQ(tests(csv).skipped, 2);
  auto loaded = store::load_tests(db, *Date::parse("2026-12-31"));
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_EQ(loaded[0].second.result, TestResult::pass);
  EXPECT_EQ(loaded[1].second.result, TestResult::exception);
  auto e = failure([&] { tests("control_id,tested_on,result\nAC-01,2026-03-02,untested\n"); });
  EXPECT_TRUE(mentions(e, 2, 18, "not a test result")) << all_messages(e);
}

TEST_F(RecordImport, RequiredColumnsAreNamed) {
  auto e = failure([&] { tests("control_id,tested_on\nAC-01,2026-03-01\n"); });
  EXPECT_NE(all_messages(e).find("result"), std::string::npos) << all_messages(e);
}

}  // namespace
}  // namespace socready::import::testing

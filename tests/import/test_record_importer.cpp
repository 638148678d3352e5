#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

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

TEST_F(RecordImport, TestsKeepTheirDeviationsAndRefuseBadOnesWritingNothing) {
  tests(
      "control_id,tested_on,result,sample_size,deviations,management_response,remediated_on\n"
      "AC-01,2026-10-14,fail,25,2,Feed fixed,2026-10-21\n");
  auto loaded = store::load_tests(db, *Date::parse("2026-12-31"));
  ASSERT_EQ(loaded.size(), 1u);
  EXPECT_EQ(loaded[0].second.sample_size, 25);
  EXPECT_EQ(loaded[0].second.deviations, 2);
  EXPECT_EQ(loaded[0].second.management_response, "Feed fixed");
  EXPECT_EQ(loaded[0].second.remediated_on, Date::parse("2026-10-21"));
  const auto before = state();
  auto e = failure([&] {
    tests(
        "control_id,tested_on,result,sample_size,deviations,remediated_on\n"
        "AC-01,2026-11-01,fail,3,4,\n"
        "AC-01,2026-11-02,fail,x,,2026-10-01\n");
  });
  const auto msgs = all_messages(e);
  EXPECT_TRUE(mentions(e, 2, 25, "deviations: 4 is more than the sample_size of 3")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 23, "sample_size: 'x' is not a count")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 26, "remediated_on: 2026-10-01 is before the test")) << msgs;
  EXPECT_EQ(state(), before);
}

// Records are staged and written in key order at the end: any order in the file, many
// batches, repeats within the file and records already on file must all come out exact.
TEST_F(RecordImport, ManyRecordsInAnyOrderAreWrittenOnceEach) {
  std::vector<std::string> rows;
  for (int day = 1; day <= 28; ++day)
    for (int month = 1; month <= 9; ++month)
      for (const char* what : {"review", "export", "sign-off"})
        rows.push_back(
            fmt::format("AC-01,2026-{:02}-{:02},{} {},loc-{}\n", month, day, what, month, day));
  ASSERT_GT(rows.size(), 500u);  // several batches of staged rows
  std::mt19937 rng(5);
  std::shuffle(rows.begin(), rows.end(), rng);
  std::string csv = "control_id,collected_on,description,location\n";
  for (const auto& r : rows) csv += r;
  csv += rows.front() + rows.back();  // each listed twice in the file

  const auto before = state();
  auto dry = evidence(csv, /*dry_run=*/true);
  EXPECT_EQ(dry.added, static_cast<std::int64_t>(rows.size()));
  EXPECT_EQ(dry.skipped, 2);
  EXPECT_EQ(state(), before);

  auto first = evidence(csv);
  EXPECT_EQ(first.added, static_cast<std::int64_t>(rows.size()));
  EXPECT_EQ(first.skipped, 2);
  EXPECT_EQ(first.rows, static_cast<std::int64_t>(rows.size() + 2));
  // Every record is on file once, under this import's revision.
  SQLite::Statement q(
      db.sql(), "SELECT count(*), count(DISTINCT revision_id), max(revision_id) FROM evidence");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getInt64(), static_cast<std::int64_t>(rows.size()));
  EXPECT_EQ(q.getColumn(1).getInt(), 1);
  SQLite::Statement latest(db.sql(), "SELECT max(id) FROM import_revision WHERE kind = 'evidence'");
  ASSERT_TRUE(latest.executeStep());
  EXPECT_EQ(q.getColumn(2).getInt64(), latest.getColumn(0).getInt64());

  // Half of them again, plus one new: only the new one is added.
  std::string again = "control_id,collected_on,description,location\n";
  for (std::size_t i = 0; i < rows.size(); i += 2) again += rows[i];
  again += "AC-01,2026-10-01,October review,\n";
  auto second = evidence(again);
  EXPECT_EQ(second.added, 1);
  EXPECT_EQ(second.skipped, static_cast<std::int64_t>((rows.size() + 1) / 2));
}

TEST_F(RecordImport, UnknownControlsGetASuggestion) {
  auto e =
      failure([&] { evidence("control_id,collected_on\nAC-1,2026-01-01\nZZ-99,2026-01-02\n"); });
  EXPECT_TRUE(mentions(e, 2, 1, "control_id: no control 'AC-1'; did you mean 'AC-01'?"))
      << all_messages(e);
  EXPECT_TRUE(mentions(e, 3, 1, "control_id: no control 'ZZ-99'; import the inventory first"))
      << all_messages(e);
}

// ---- Populations ----

const std::string population_header = "control_id,period_start,period_end,count\n";

TEST_F(RecordImport, PopulationsAreAddedOnceAndAReimportChangesNothing) {
  controls("control_id,title,tsc,frequency\nIAM-03,Leavers,CC6.2,event\n");
  const std::string csv = population_header +
                          "IAM-03,2026-01-01,2026-03-31,8\n"
                          "AC-01,2026-01-01,2026-06-30,0\n"
                          "IAM-03,2026-04-01,2026-06-30,9\n"
                          "IAM-03,2026-01-01,2026-03-31,8\n";  // the same record again
  const auto first = populations(csv);
  EXPECT_EQ(first.rows, 4u);
  EXPECT_EQ(first.added, 3);
  EXPECT_EQ(first.unchanged, 0);
  EXPECT_EQ(first.skipped, 1);
  EXPECT_EQ(describe(first),
            "populations.csv: 4 rows: 3 added, 0 unchanged; 1 listed twice in the file, counted "
            "once");
  EXPECT_EQ(count("population"), 3);
  const auto before = state();
  const auto second = populations(csv);
  EXPECT_EQ(second.added, 0);
  EXPECT_EQ(second.unchanged, 4);  // the repeated row's record is on file now too
  EXPECT_EQ(second.skipped, 0);
  // Only the revision that says so is new.
  EXPECT_EQ(count("population"), 3);
  SQLite::Statement revision(db.sql(), R"sql(
      SELECT kind, source, added, unchanged, skipped FROM import_revision
      ORDER BY id DESC LIMIT 1)sql");
  ASSERT_TRUE(revision.executeStep());
  EXPECT_EQ(revision.getColumn(0).getString(), "populations");
  EXPECT_EQ(revision.getColumn(1).getString(), "populations.csv");
  EXPECT_EQ(revision.getColumn(2).getInt(), 0);
  EXPECT_EQ(revision.getColumn(3).getInt(), 4);
  EXPECT_EQ(revision.getColumn(4).getInt(), 0);
  EXPECT_NE(state(), before);
  // What the scorer reads.
  SQLite::Statement q(db.sql(), R"sql(
      SELECT c.key, p.period_start, p.period_end, p.count FROM population p
      JOIN control c ON c.id = p.control_id ORDER BY c.key, p.period_start)sql");
  std::vector<std::string> rows;
  while (q.executeStep())
    rows.push_back(fmt::format("{} {} {} {}", q.getColumn(0).getString(),
                               q.getColumn(1).getString(), q.getColumn(2).getString(),
                               q.getColumn(3).getInt()));
  EXPECT_EQ(rows, (std::vector<std::string>{"AC-01 2026-01-01 2026-06-30 0",
                                            "IAM-03 2026-01-01 2026-03-31 8",
                                            "IAM-03 2026-04-01 2026-06-30 9"}));
}

TEST_F(RecordImport, APopulationsDryRunWritesNothing) {
  const auto before = state();
  const auto dry = populations(population_header + "AC-01,2026-01-01,2026-03-31,4\n", true);
  EXPECT_TRUE(dry.dry_run);
  EXPECT_EQ(dry.added, 1);
  EXPECT_EQ(state(), before);
  EXPECT_EQ(describe(dry),
            "dry run, nothing written: populations.csv: 1 rows: 1 added, 0 unchanged");
}

TEST_F(RecordImport, EveryBadPopulationRowIsListedAndNothingWritten) {
  populations(population_header + "AC-01,2026-01-01,2026-03-31,4\n");
  const auto before = state();
  auto e = failure([&] {
    populations(population_header +
                "AC-1,2026-04-01,2026-06-30,4\n"      // 2: unknown control
                "AC-01,2026-04-01,2026-03-01,4\n"     // 3: ends before it starts
                "AC-01,2026-04-01,2026-12-31,4\n"     // 4: ends after today
                "AC-01,2026-04-01,2026-06-30,many\n"  // 5: not a count
                "AC-01,2026-03-15,2026-04-15,2\n"     // 6: overlaps the record on file
                "AC-01,2026-04-16,2026-06-30,5\n"     // 7: fine
                "AC-01,2026-07-01,2026-09-30,3\n"     // 8: fine
                "AC-01,2026-07-01,2026-09-30,3\n");   // 9: the same as 8: one record
  });
  const auto msgs = all_messages(e);
  EXPECT_EQ(e.diagnostics().size(), 5u) << msgs;
  EXPECT_TRUE(mentions(e, 2, 1, "no control 'AC-1'; did you mean 'AC-01'?")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 18, "period_end: 2026-03-01 is before period_start 2026-04-01"))
      << msgs;
  EXPECT_TRUE(mentions(e, 4, 18, "period_end: 2026-12-31 is in the future")) << msgs;
  EXPECT_TRUE(mentions(e, 5, 29, "count: 'many' is not a count")) << msgs;
  EXPECT_TRUE(mentions(e, 6, 7,
                       "period_start: AC-01 2026-03-15 to 2026-04-15 overlaps AC-01 2026-01-01 "
                       "to 2026-03-31 (count 4) already on file"))
      << msgs;
  EXPECT_EQ(state(), before);
  EXPECT_EQ(format_diagnostic(e.diagnostics()[0]),
            "populations.csv:2:1: error: control_id: no control 'AC-1'; did you mean 'AC-01'?");
  // In line order, the overlap found once the whole file was read too.
  for (std::size_t i = 1; i < e.diagnostics().size(); ++i)
    EXPECT_LE(e.diagnostics()[i - 1].where.line, e.diagnostics()[i].where.line) << msgs;
}

TEST_F(RecordImport, PopulationsOverlappingInTheFileNameBothLines) {
  auto e = failure([&] {
    populations(population_header +
                "AC-01,2026-01-01,2026-03-31,4\n"
                "AC-01,2026-03-31,2026-06-30,5\n");
  });
  ASSERT_EQ(e.diagnostics().size(), 1u) << all_messages(e);
  EXPECT_EQ(format_diagnostic(e.diagnostics()[0]),
            "populations.csv:3:7: error: period_start: AC-01 2026-03-31 to 2026-06-30 overlaps "
            "AC-01 2026-01-01 to 2026-03-31 (count 4) on line 2; the population periods of one "
            "control may not overlap, or their instances would count twice");
  EXPECT_EQ(count("population"), 0);
}

TEST_F(RecordImport, RequiredColumnsAreNamed) {
  auto e = failure([&] { tests("control_id,tested_on\nAC-01,2026-03-01\n"); });
  EXPECT_NE(all_messages(e).find("result"), std::string::npos) << all_messages(e);
}

}  // namespace
}  // namespace socready::import::testing

#include <gtest/gtest.h>

#include <sstream>

#include "import/exporter.hpp"
#include "import/import_fixture.hpp"
#include "import/problems.hpp"
#include "store/control_store.hpp"

namespace socready::import::testing {
namespace {

const std::string kHeader =
    "control_id,title,description,owner,services,tsc,soc1_objectives,status,frequency,"
    "implemented_on,evidence_date,last_tested,test_result\n";

using ControlImport = ImportFixture;

TEST_F(ControlImport, AddsControlsWithLinksEvidenceAndTests) {
  auto s = controls(kHeader +
                    "AC-01,Access reviews,Quarterly review,Priya,payroll;insights,CC6.1;cc6.2,"
                    "ITGC-ACCESS,implemented,quarterly,2025-06-01,2026-03-15,2026-03-20,pass\n"
                    "HR-01,Background checks,,HR,*,CC1.4,,In Progress,Event-driven,,,,\n");
  EXPECT_EQ(s.added, 2);
  EXPECT_EQ(s.evidence_added, 1);
  EXPECT_EQ(s.tests_added, 1);
  auto loaded = store::load_controls_as_of(db, *Date::parse("2026-06-01"));
  ASSERT_EQ(loaded.size(), 2u);
  const auto& ac = loaded[0].version;
  EXPECT_EQ(ac.key, "AC-01");
  EXPECT_EQ(ac.services, (std::vector<std::string>{"insights", "payroll"}));
  EXPECT_EQ(ac.requirements, (std::vector<std::string>{"CC6.1", "CC6.2", "ITGC-ACCESS"}));
  EXPECT_EQ(ac.frequency, Frequency::quarterly);
  const auto& hr = loaded[1].version;
  EXPECT_TRUE(hr.all_services);
  EXPECT_EQ(hr.status, Status::partial);  // "In Progress"
  EXPECT_EQ(hr.frequency, Frequency::event);
}

TEST_F(ControlImport, ReimportingTheSameFileChangesNothing) {
  const auto csv = kHeader +
                   "AC-01,Access reviews,,Priya,payroll,CC6.1,,implemented,monthly,,"
                   "2026-01-10,,\n";
  controls(csv);
  const auto versions = count("control_version");
  const auto evidence_rows = count("evidence");
  auto again = controls(csv, "2026-02-01");
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(again.changed, 0);
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.evidence_added, 0);
  EXPECT_EQ(count("control_version"), versions);
  EXPECT_EQ(count("evidence"), evidence_rows);
}

TEST_F(ControlImport, StoresNatureKeyAndCompensatesAndExportsThem) {
  auto s = controls(
      "control_id,title,nature,key,compensates\n"
      "AC-02,Quarterly access review,manual,no,AC-01\n"  // names a key control listed later
      "AC-01,Leaver removal,automated,yes,\n");
  EXPECT_EQ(s.added, 2);
  auto loaded = store::load_controls_as_of(db, *Date::parse("2026-06-01"));
  ASSERT_EQ(loaded.size(), 2u);
  EXPECT_EQ(loaded[0].version.nature, Nature::automated);
  EXPECT_TRUE(loaded[0].version.is_key);
  EXPECT_FALSE(loaded[1].version.is_key);
  EXPECT_EQ(loaded[1].version.compensates, std::vector<std::string>{"AC-01"});
  std::ostringstream out;
  export_controls(db, out, *Date::parse("2026-06-01"));
  EXPECT_NE(out.str().find("AC-01,Leaver removal,,,*,,,planned,,automated,yes,,"),
            std::string::npos)
      << out.str();
  EXPECT_NE(out.str().find(",manual,no,AC-01,"), std::string::npos) << out.str();
  auto again = controls(out.str(), "2026-02-01");
  EXPECT_EQ(again.unchanged, 2);
}

TEST_F(ControlImport, CompensatesMustNameAKeyControlAndWritesNothingOtherwise) {
  controls("control_id,title,key\nAC-01,Leaver removal,no\n");
  const auto before = state();
  auto e = failure([&] {
    controls(
        "control_id,title,compensates\n"
        "AC-02,Review,AC-01\n"
        "AC-03,Other,NOPE-9\n",
        "2026-02-01");
  });
  EXPECT_TRUE(mentions(e, 2, 14, "AC-02 names AC-01, which is not a key control"))
      << all_messages(e);
  EXPECT_TRUE(mentions(e, 3, 13, "AC-03 names no control 'NOPE-9'")) << all_messages(e);
  EXPECT_EQ(state(), before);
}

TEST_F(ControlImport, AChangeGetsANewVersionFromTheEffectiveDate) {
  controls(kHeader + "AC-01,Access reviews,,Priya,payroll,CC6.1,,planned,monthly,,,,\n",
           "2026-01-01");
  auto s = controls(kHeader +
                        "AC-01,Access reviews,,Priya,payroll,CC6.1,,implemented,monthly,"
                        "2026-03-01,,,\n",
                    "2026-04-01");
  EXPECT_EQ(s.changed, 1);
  EXPECT_EQ(count("control_version"), 2);
  auto march = store::load_controls_as_of(db, *Date::parse("2026-03-31"));
  auto april = store::load_controls_as_of(db, *Date::parse("2026-04-01"));
  ASSERT_EQ(march.size(), 1u);
  ASSERT_EQ(april.size(), 1u);
  EXPECT_EQ(march[0].version.status, Status::planned);
  EXPECT_EQ(april[0].version.status, Status::implemented);
  EXPECT_EQ(*march[0].version.valid_to, *Date::parse("2026-04-01"));
  EXPECT_TRUE(store::load_controls_as_of(db, *Date::parse("2025-12-31")).empty());
}

TEST_F(ControlImport, BackDatedChangeIsRefusedAndWritesNothing) {
  controls(kHeader + "AC-01,Access reviews,,,payroll,CC6.1,,planned,,,,,\n", "2026-04-01");
  const auto before = state();
  auto e = failure([&] {
    controls(kHeader + "AC-01,Access reviews,,,payroll,CC6.1,,implemented,,,,,\n", "2026-01-01");
  });
  EXPECT_TRUE(mentions(e, 2, 1, "rewrite its history")) << all_messages(e);
  EXPECT_EQ(state(), before);
}

TEST_F(ControlImport, ReplaceRetiresControlsMissingFromTheFile) {
  controls(kHeader + "AC-01,A,,,*,CC6.1,,implemented,,,,,\nAC-02,B,,,*,CC6.2,,implemented,,,,,\n",
           "2026-01-01");
  auto s = controls(kHeader + "AC-01,A,,,*,CC6.1,,implemented,,,,,\n", "2026-04-01", true);
  EXPECT_EQ(s.retired, 1);
  EXPECT_EQ(s.unchanged, 1);
  EXPECT_EQ(store::load_controls_as_of(db, *Date::parse("2026-03-31")).size(), 2u);
  auto now = store::load_controls_as_of(db, *Date::parse("2026-04-01"));
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].version.key, "AC-01");
  // Without --replace a missing control stays.
  auto t = controls(kHeader + "AC-03,C,,,*,CC6.3,,implemented,,,,,\n", "2026-05-01");
  EXPECT_EQ(t.retired, 0);
  EXPECT_EQ(store::load_controls_as_of(db, *Date::parse("2026-05-01")).size(), 2u);
  // A retired control listed again comes back from the new date.
  auto back = controls(kHeader + "AC-02,B,,,*,CC6.2,,implemented,,,,,\n", "2026-06-01");
  EXPECT_EQ(back.changed, 1);
  EXPECT_EQ(store::load_controls_as_of(db, *Date::parse("2026-06-01")).size(), 3u);
  EXPECT_EQ(store::load_controls_as_of(db, *Date::parse("2026-05-15")).size(), 2u);
}

TEST_F(ControlImport, EveryBadValueIsReportedWithLineAndColumn) {
  auto e = failure([&] {
    controls(kHeader +
             "AC-01,Access,,,payroll,CC6.10,,implemented,monthly,,,,\n"         // line 2
             "AC-02,Access,,,payrol,CC6.1,,implemented,monthly,,,,\n"           // line 3
             "AC-03,Access,,,*,CC6.1,ITGC-ACESS,done-ish,monthly,,,,\n"         // line 4
             "AC-04,Access,,,*,CC6.1,,implemented,fortnightly,2026-02-30,,,\n"  // line 5
             "AC-05,Access,,,*,CC6.1,,implemented,,,2027-01-01,,maybe\n"        // line 6
             "AC-06,,,,*,ITGC-OPS,,implemented,,,,,\n"                          // line 7
             "AC-01,Access,,,*,CC6.1,,implemented,,,,,\n");                     // line 8
  });
  const auto msgs = all_messages(e);
  EXPECT_TRUE(mentions(e, 2, 24, "CC6.10 is not a Trust Services Criterion; did you mean 'CC6.1'?"))
      << msgs;
  EXPECT_TRUE(mentions(e, 3, 16, "no service 'payrol'")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 16, "did you mean 'payroll'?")) << msgs;
  EXPECT_TRUE(mentions(e, 4, 24,
                       "ITGC-ACESS is not a SOC 1 control objective; did you mean "
                       "'ITGC-ACCESS'?"))
      << msgs;
  EXPECT_TRUE(mentions(e, 4, 35, "status: 'done-ish' is not a status")) << msgs;
  EXPECT_TRUE(mentions(e, 5, 37, "frequency: 'fortnightly'")) << msgs;
  EXPECT_TRUE(mentions(e, 5, 49, "implemented_on: '2026-02-30' is not a date")) << msgs;
  EXPECT_TRUE(mentions(e, 6, 39, "evidence_date: 2027-01-01 is in the future")) << msgs;
  EXPECT_TRUE(mentions(e, 6, 51, "test_result: 'maybe'")) << msgs;
  EXPECT_TRUE(mentions(e, 7, 7, "title: a new control (AC-06) needs a title")) << msgs;
  EXPECT_TRUE(mentions(e, 7, 12,
                       "ITGC-OPS is a SOC 1 control objective; list it under "
                       "soc1_objectives"))
      << msgs;
  EXPECT_TRUE(mentions(e, 8, 1, "already listed on line 2")) << msgs;
  EXPECT_EQ(count("control"), 0);
  EXPECT_EQ(count("import_revision"), 1);  // only the services import of SetUp
}

TEST_F(ControlImport, ReportsAreCappedButCounted) {
  std::string csv = kHeader;
  for (int i = 0; i < 120; ++i) csv += "C-" + std::to_string(i) + ",T,,,*,XX9.9,,,,,,,\n";
  auto e = failure([&] { controls(csv); });
  EXPECT_EQ(e.diagnostics().size(), Problems::shown);
  EXPECT_EQ(e.total(), 120u);
}

TEST_F(ControlImport, ABadLastRowOfALargeFileLeavesTheDatabaseAsItWas) {
  controls(kHeader + "AC-01,Existing,,,*,CC6.1,,implemented,,,,,\n");
  const auto before = state();
  std::string csv = kHeader;
  for (int i = 0; i < 20000; ++i)
    csv += "C-" + std::to_string(i) + ",Title " + std::to_string(i) +
           ",,,payroll,CC6.1;CC7.2,ITGC-OPS,implemented,daily,2025-01-01,2026-11-01,,\n";
  csv += "C-last,Title,,,payroll,CC6.1,,implemented,daily,2026-13-01,,,\n";
  auto e = failure([&] { controls(csv, "2026-02-01"); });
  EXPECT_EQ(e.total(), 1u);
  EXPECT_TRUE(mentions(e, 20002, 49, "2026-13-01")) << all_messages(e);
  EXPECT_EQ(state(), before);
}

TEST_F(ControlImport, DryRunValidatesAndSummarisesButWritesNothing) {
  const auto before = state();
  auto s = controls(kHeader + "AC-01,A,,,*,CC6.1,,implemented,,,2026-01-05,,\n", "2026-01-01",
                    false, true);
  EXPECT_TRUE(s.dry_run);
  EXPECT_EQ(s.added, 1);
  EXPECT_EQ(state(), before);
  EXPECT_NE(describe(s).find("dry run"), std::string::npos);
}

TEST_F(ControlImport, SameDayCorrectionReplacesThatDaysVersion) {
  controls(kHeader + "AC-01,Acess reviews,,,*,CC6.1,,implemented,,,,,\n", "2026-04-01");
  auto s = controls(kHeader + "AC-01,Access reviews,,,*,CC6.1,,implemented,,,,,\n", "2026-04-01");
  EXPECT_EQ(s.changed, 1);
  // The mistaken version stays on record, closed the day it began, and is never valid.
  EXPECT_EQ(count("control_version"), 2);
  auto now = store::load_controls_as_of(db, *Date::parse("2026-04-01"));
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].version.title, "Access reviews");
}

TEST_F(ControlImport, OnlyTheKeyColumnIsRequired) {
  auto e = failure([&] { controls("title,status\nA,implemented\n"); });
  EXPECT_NE(all_messages(e).find("control_id"), std::string::npos) << all_messages(e);
  auto s = controls("Control_ID,Title\nAC-01,Minimal control\n");
  EXPECT_EQ(s.added, 1);
  auto loaded = store::load_controls_as_of(db, *Date::parse("2026-01-01"));
  ASSERT_EQ(loaded.size(), 1u);
  EXPECT_EQ(loaded[0].version.status, Status::planned);
  EXPECT_TRUE(loaded[0].version.all_services);
}

}  // namespace
}  // namespace socready::import::testing

namespace socready::import::testing {
namespace {

// Imports run with SQLite's foreign key checks off (they resolve every id themselves); this
// proves that what they write still holds every reference, and that the checks are back on.
TEST_F(ControlImport, WritesOnlyValidReferencesAndRestoresForeignKeys) {
  controls(kHeader +
           "AC-01,Access reviews,,Priya,payroll;insights,CC6.1;CC6.2,ITGC-ACCESS,implemented,"
           "quarterly,2025-06-01,2026-03-15,2026-03-20,pass\n"
           "AC-02,Other,,,*,CC7.1,,partial,monthly,,2026-01-02,,\n");
  controls(kHeader + "AC-01,Access reviews,,Priya,payroll,CC6.1,,implemented,quarterly,,,,\n",
           "2026-04-01", true);
  evidence("control_id,collected_on\nAC-01,2026-04-02\n");
  tests("control_id,tested_on,result\nAC-02,2026-04-03,fail\n");
  SQLite::Statement check(db.sql(), "PRAGMA foreign_key_check");
  EXPECT_FALSE(check.executeStep()) << "dangling reference in " << check.getColumn(0).getString();
  EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
}

}  // namespace
}  // namespace socready::import::testing

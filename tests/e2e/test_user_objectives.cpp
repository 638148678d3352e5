// End-to-end: a colocation provider's own SOC 1 objectives (SPEC §2, §7 objectives) through the
// real binary. ITGC-PHYSICAL joins the defaults and the business-process defaults are dropped;
// the catalog lists it, the crosswalk pair of its file suggests it, a control mapped to it is
// scored, and the page shows its wording. Scores hand-computed, SOCREADY_TODAY 2026-11-26, Type I.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace socready {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_socready;
using testing::TempDir;

constexpr const char* objectives_csv =
    "objective,title,series,default,criteria\n"
    "ITGC-PHYSICAL,Data centre access is restricted to authorised people,ITGC,yes,CC6.4\n"
    "BP-AUTHORIZATION,,,no,\n"
    "BP-COMPLETENESS,,,no,\n"
    "BP-ACCURACY,,,no,\n";

constexpr const char* services_csv =
    "service,name,affects_financial_reporting,handles_customer_data\n"
    "colo,Colocation,yes,yes\n";

// Both quarterly with evidence 42 days old (<= 120 days): each scores 1 where it is mapped.
constexpr const char* controls_csv =
    "control_id,title,owner,services,tsc,soc1_objectives,status,frequency,implemented_on,"
    "evidence_date\n"
    "AC-01,Access review,Ida,colo,CC6.1,ITGC-ACCESS,implemented,quarterly,2025-01-01,2026-10-15\n"
    "DC-01,Badge access reviewed,Ida,colo,CC6.4,,implemented,quarterly,2025-01-01,2026-10-15\n";

class UserObjectives : public ::testing::Test {
 protected:
  void SetUp() override {
    for (auto [kind, text] :
         {std::pair{"objectives", objectives_csv}, std::pair{"services", services_csv},
          std::pair{"controls", controls_csv}}) {
      dir.write(std::string(kind) + ".csv", text);
      const auto r = run({"import", kind, std::string(kind) + ".csv"});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "o.db"});
    return run_socready(args, dir.path());
  }
  nlohmann::json soc1_type1() {
    const auto r = run({"score", "colo", "--type", "I", "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (const auto& row : nlohmann::json::parse(r.out))
      if (row["framework"] == "SOC1") return row;
    ADD_FAILURE() << r.out;
    return {};
  }
  TempDir dir;
};

TEST_F(UserObjectives, TheCatalogListsThemWithTheBuiltIns) {
  const auto csv = run({"catalog", "--framework", "soc1", "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_THAT(csv.out, HasSubstr("BP-REPORTING,Business processes,BP,Client reports are complete "
                                 "and accurate\r\nITGC-PHYSICAL,IT general controls,ITGC,Data "
                                 "centre access is restricted to authorised people\r\n"));
  const auto json =
      nlohmann::json::parse(run({"catalog", "--framework", "soc1", "--format", "json"}).out);
  ASSERT_EQ(json.size(), 12u);  // the 11 built-ins and the user's
  EXPECT_EQ(json[11]["id"], "ITGC-PHYSICAL");
  EXPECT_EQ(json[11]["default_objective"], true);
  EXPECT_EQ(json[4]["id"], "BP-AUTHORIZATION");
  EXPECT_EQ(json[4]["default_objective"], false);
  const auto table = run({"catalog", "--framework", "soc1"});
  EXPECT_THAT(table.out, HasSubstr("Data centre access is restricted to authorised people"));
  EXPECT_THAT(table.out, HasSubstr("12 requirements"));
}

TEST_F(UserObjectives, TheDefaultsDecideTheScopeAndAMappedControlIsScored) {
  // In scope: the four ITGC built-ins and ITGC-PHYSICAL (the BP defaults were turned off).
  // Only ITGC-ACCESS is addressed (AC-01, 1): 100 x 1 / 5 = 20.0.
  auto before = soc1_type1();
  EXPECT_EQ(before["in_scope"], 5);
  EXPECT_EQ(before["readiness"], 20.0);
  EXPECT_EQ(before["blockers"],
            nlohmann::json::array({"ITGC-CHANGE", "ITGC-OPS", "ITGC-SDLC", "ITGC-PHYSICAL"}));

  // The user's pair CC6.4 -> ITGC-PHYSICAL is what suggests DC-01; no built-in pair has CC6.4.
  const auto s = run({"suggest", "soc1", "--format", "json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_EQ(nlohmann::json::parse(s.out)["suggestions"], nlohmann::json::parse(R"([
    {"control": "DC-01", "objective": "ITGC-PHYSICAL", "from": ["CC6.4"], "strength": "strong"}])"));
  EXPECT_THAT(run({"score"}).out,
              HasSubstr("  colo: ITGC-PHYSICAL (1 control): socready suggest soc1 colo\n"));
  EXPECT_THAT(run({"explain", "colo", "--framework", "soc1"}).out,
              HasSubstr("1 control tagged with CC6.4 could address it (DC-01)"));

  ASSERT_EQ(run({"suggest", "soc1", "--out", "suggested.csv"}).exit_code, 0);
  const auto imported = run({"import", "controls", "suggested.csv"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  // ITGC-ACCESS 1 and ITGC-PHYSICAL 1 (DC-01): 100 x 2 / 5 = 40.0.
  auto after = soc1_type1();
  EXPECT_EQ(after["readiness"], 40.0);
  EXPECT_EQ(after["blockers"], nlohmann::json::array({"ITGC-CHANGE", "ITGC-OPS", "ITGC-SDLC"}));
  EXPECT_THAT(run({"explain", "colo", "--framework", "soc1", "ITGC-PHYSICAL"}).out,
              HasSubstr("DC-01 \"Badge access reviewed\""));
}

TEST_F(UserObjectives, ThePageShowsEachObjectiveInScopeWithItsWording) {
  ASSERT_EQ(run({"report", "--period", "2026-Q4", "--out", "out"}).exit_code, 0);
  const auto page =
      testing::single_spaced(testing::read_file(dir / "out" / "2026-Q4" / "services" / "colo.md"));
  EXPECT_THAT(page, HasSubstr("| ITGC-PHYSICAL | Data centre access is restricted to authorised "
                              "people |"));
  EXPECT_THAT(page, HasSubstr("| ITGC-OPS | Job scheduling, monitoring, backup and recovery |"));
  EXPECT_THAT(page, Not(HasSubstr("| BP-AUTHORIZATION |")));
  // A page's hints come from the scored result and the built-in crosswalk alone, so that a
  // frozen period's page never changes when the user's pairs do: CC6.4 suggests nothing there.
  EXPECT_THAT(page, Not(HasSubstr("- ITGC-PHYSICAL: ")));
}

TEST_F(UserObjectives, ExportRoundTripsAndTheLogShowsTheImport) {
  const auto exported = run({"export", "objectives", "--out", "again.csv"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  // Every row the file named, in catalog order, with its blanks filled.
  EXPECT_EQ(testing::read_file(dir / "again.csv"),
            "objective,title,series,default,criteria\r\n"
            "BP-AUTHORIZATION,Transactions are properly authorised,BP,no,\r\n"
            "BP-COMPLETENESS,Transactions are recorded completely,BP,no,\r\n"
            "BP-ACCURACY,Transactions are processed accurately,BP,no,\r\n"
            "ITGC-PHYSICAL,Data centre access is restricted to authorised people,ITGC,yes,"
            "CC6.4\r\n");
  const auto again = run({"import", "objectives", "again.csv"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("4 rows: 0 added, 0 changed, 4 unchanged"));
  const auto dry = run({"import", "objectives", "objectives.csv", "--dry-run"});
  EXPECT_THAT(dry.out, HasSubstr("dry run, nothing written: objectives.csv: 4 rows: 0 added"));
  // The first import's changes, field by field; the unchanged re-import records none.
  const auto log = run({"log"}).out;
  EXPECT_THAT(log, HasSubstr("socready import objectives objectives.csv --effective 2026-11-26\n"
                             "  objective BP-ACCURACY changed\n"
                             "      default: yes -> no\n"
                             "  objective BP-AUTHORIZATION changed\n"
                             "      default: yes -> no\n"));
  EXPECT_THAT(log, HasSubstr("  objective ITGC-PHYSICAL added\n"
                             "      title: Data centre access is restricted to authorised people\n"
                             "      series: ITGC\n"
                             "      default: yes\n"
                             "      criteria: CC6.4\n"));
  EXPECT_THAT(log, Not(HasSubstr("again.csv")));
}

TEST_F(UserObjectives, BadInputIsReportedWhereItIsAndWritesNothing) {
  const auto before = run({"catalog", "--format", "csv"}).out;
  dir.write("bad.csv",
            "objective,title,series,default,criteria\n"
            "ITGC PHYSICAL,Cages,ITGC,yes,\n"
            "ITGC-CAGES,Cages locked,ITGC,sometimes,CC6.4\n"
            "ITGC-CCTV,Cameras,ITGC,no,CC6.44\n"
            "NEW-ONE,A new one,,,\n");
  const auto r = run({"import", "objectives", "bad.csv"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("bad.csv:2:1: error: objective: 'ITGC PHYSICAL' is not an "
                               "objective id; expected letters, digits and '-' as the catalog's "
                               "ids are spelled (e.g. ITGC-PHYSICAL, BP-PAYROLL-TAX)"));
  EXPECT_THAT(r.err, HasSubstr("bad.csv:3:30: error: default: 'sometimes' is not a yes/no"));
  EXPECT_THAT(r.err, HasSubstr("bad.csv:4:27: error: criteria: CC6.44 is not a Trust Services "
                               "Criterion; did you mean 'CC6.4'?"));
  EXPECT_THAT(r.err, HasSubstr("bad.csv:5:19: error: series: NEW-ONE is a new objective"));
  EXPECT_EQ(run({"catalog", "--format", "csv"}).out, before);
  // A controls file naming an objective nobody imported is still an error with a suggestion.
  dir.write("c.csv", "control_id,title,services,soc1_objectives\nX-1,X,colo,ITGC-PHYSICL\n");
  EXPECT_THAT(run({"import", "controls", "c.csv"}).err,
              HasSubstr("ITGC-PHYSICL is not a SOC 1 control objective; did you mean "
                        "'ITGC-PHYSICAL'?"));
}

}  // namespace
}  // namespace socready

// End-to-end: a SOC 2 control set tagged only with criteria, a service that also needs SOC 1.
// `suggest soc1` proposes the ITGC mappings, writes them as a controls file, changes nothing;
// the file imports back with the real binary and SOC 1 readiness rises exactly as worked out
// below by hand (SOCREADY_TODAY 2026-11-26, Type I).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "csv/reader.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

constexpr const char* services_csv =
    "service,name,affects_financial_reporting,handles_customer_data,clients_ask_security,"
    "availability_commitment,processes_transactions\n"
    "invoicing,Invoicing,yes,yes,yes,yes,no\n"
    "website,Website,no,yes,yes,no,no\n";

// Type I as of 2026-11-26, each control's score:
//   AC-01 quarterly, evidence 42 days old (<= 120): 1     AC-02 event, 25 days: 1
//   CM-01 event, 6 days: 1                               MON-01 partial 0.5, daily, 1 day: 0.5
//   BK-01 monthly, 117 days old (> 45): 1 x 0.5 = 0.5    WEB-01, HR-01: not suggested
constexpr const char* controls_csv =
    "control_id,title,owner,services,tsc,soc1_objectives,status,frequency,implemented_on,"
    "evidence_date\n"
    "AC-01,Quarterly access review,Ida,invoicing,CC6.1;CC6.2,,implemented,quarterly,2025-01-01,"
    "2026-10-15\n"
    "AC-02,Leaver access removed,Ida,invoicing,CC6.3,ITGC-ACCESS,implemented,event,2025-01-01,"
    "2026-11-01\n"
    "BK-01,Backups restored,Ops,invoicing,A1.2,,implemented,monthly,2025-01-01,2026-08-01\n"
    "CM-01,Changes approved,Max,*,CC8.1,,implemented,event,2025-01-01,2026-11-20\n"
    "HR-01,Background checks,Hana,*,CC1.1,,implemented,event,2025-01-01,2026-11-01\n"
    "MON-01,Alerts triaged,Ops,invoicing,CC7.2,,partial,daily,2025-01-01,2026-11-25\n"
    "WEB-01,Website access review,Ida,website,CC6.1,,implemented,quarterly,2025-01-01,"
    "2026-10-15\n";

std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::istringstream in(text);
  csv::Reader reader(in, "controls.csv");
  std::vector<std::vector<std::string>> rows;
  while (reader.next()) {
    std::vector<std::string> row;
    for (std::size_t i = 0; i < reader.size(); ++i) row.emplace_back(reader.field(i));
    rows.push_back(row);
  }
  return rows;
}

class Suggest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* kind : {"services", "controls"}) {
      const auto file = dir_.write(std::string(kind) + ".csv",
                                   kind == std::string("services") ? services_csv : controls_csv);
      const auto r = run({"import", kind, file.string()});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }

  testing::RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", "s.db"});
    return run_socready(args, dir_.path());
  }

  nlohmann::json soc1_type1() const {
    const auto r = run({"score", "invoicing", "--type", "I", "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (const auto& row : nlohmann::json::parse(r.out))
      if (row["framework"] == "SOC1") return row;
    ADD_FAILURE() << r.out;
    return {};
  }

  TempDir dir_;
};

TEST_F(Suggest, ProposesTheItgcMappingsOfTheServicesNeedingSoc1) {
  const auto r = run({"suggest", "soc1", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["services"], nlohmann::json::array({"invoicing"}));
  // AC-02 is mapped already; WEB-01 covers a service without SOC 1; HR-01's CC1.1 maps nowhere.
  const auto expected = nlohmann::json::parse(R"([
    {"control": "AC-01", "objective": "ITGC-ACCESS", "from": ["CC6.1", "CC6.2"], "strength": "strong"},
    {"control": "BK-01", "objective": "ITGC-OPS", "from": ["A1.2"], "strength": "strong"},
    {"control": "CM-01", "objective": "ITGC-CHANGE", "from": ["CC8.1"], "strength": "strong"},
    {"control": "CM-01", "objective": "ITGC-SDLC", "from": ["CC8.1"], "strength": "weaker"},
    {"control": "MON-01", "objective": "ITGC-OPS", "from": ["CC7.2"], "strength": "weaker"}])");
  EXPECT_EQ(j["suggestions"], expected);
  EXPECT_TRUE(j["file"].is_null());

  const auto table = run({"suggest", "soc1"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("5 for 4 controls, 1 service considered"), std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("ITGC-OPS"), std::string::npos);
  EXPECT_NE(table.out.find("2 (1 strong, 1 weaker)"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("Still uncovered (no control would address them): BP-AUTHORIZATION, "
                           "BP-COMPLETENESS, BP-ACCURACY."),
            std::string::npos)
      << table.out;
}

TEST_F(Suggest, SaysItWhereTheUserLooks) {
  const auto score = run({"score"});
  ASSERT_EQ(score.exit_code, 0) << score.err;
  EXPECT_NE(score.out.find("  invoicing: ITGC-CHANGE (1 control), ITGC-OPS (2 controls), "
                           "ITGC-SDLC (1 control): socready suggest soc1 invoicing\n"),
            std::string::npos)
      << score.out;
  const auto explain = run({"explain", "invoicing", "--framework", "soc1"});
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("    2 controls tagged with CC7.2, A1.2 could address it (BK-01, "
                             "MON-01): review with 'socready suggest soc1 invoicing'\n"),
            std::string::npos)
      << explain.out;
}

TEST_F(Suggest, WrittenFileImportsBackAndRaisesSoc1ReadinessExactly) {
  // Before: only ITGC-ACCESS (AC-02, 1) of the 7 default objectives: 100 x 1 / 7 = 14.3.
  auto before = soc1_type1();
  EXPECT_EQ(before["readiness"], 14.3);
  EXPECT_EQ(before["blockers"].size(), 6u);

  const auto exported = run({"export", "controls"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  const auto s = run({"suggest", "soc1", "--out", "suggested.csv"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_NE(s.out.find("Wrote suggested.csv (4 controls). Nothing has been changed"),
            std::string::npos)
      << s.out;
  // Nothing applied behind the user's back.
  EXPECT_EQ(run({"export", "controls"}).out, exported.out);

  // The export's rows of those controls, soc1_objectives extended, nothing else changed.
  const auto all = read_csv(exported.out);
  const auto file = read_csv(testing::read_file(dir_ / "suggested.csv"));
  ASSERT_EQ(file.size(), 5u);
  EXPECT_EQ(file[0], all[0]);
  const auto column = static_cast<std::size_t>(
      std::find(all[0].begin(), all[0].end(), "soc1_objectives") - all[0].begin());
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"AC-01", "ITGC-ACCESS"},
      {"BK-01", "ITGC-OPS"},
      {"CM-01", "ITGC-CHANGE;ITGC-SDLC"},
      {"MON-01", "ITGC-OPS"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& row = file[i + 1];
    EXPECT_EQ(row[0], expected[i].first);
    EXPECT_EQ(row[column], expected[i].second);
    const auto original =
        std::find_if(all.begin(), all.end(), [&](const auto& r) { return r[0] == row[0]; });
    ASSERT_NE(original, all.end());
    auto same = *original;
    same[column] = expected[i].second;
    EXPECT_EQ(row, same);
  }

  const auto imported = run({"import", "controls", "suggested.csv"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  // After: ITGC-ACCESS 1, ITGC-CHANGE 1 (CM-01), ITGC-OPS 0.5 (MON-01 and BK-01 both 0.5),
  // ITGC-SDLC 1 (CM-01), three business-process objectives 0: 100 x 3.5 / 7 = 50.0.
  const auto after = soc1_type1();
  EXPECT_EQ(after["readiness"], 50.0);
  EXPECT_EQ(after["blockers"],
            nlohmann::json::array({"BP-AUTHORIZATION", "BP-COMPLETENESS", "BP-ACCURACY"}));
  EXPECT_EQ(after["band"], "In progress");

  // explain shows the rows that did it, and no hint is left.
  const auto explain = run({"explain", "invoicing", "--framework", "soc1", "ITGC-CHANGE"});
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("    CM-01 \"Changes approved\""), std::string::npos) << explain.out;
  EXPECT_EQ(explain.out.find("could address it"), std::string::npos);
  // Nothing is suggested again.
  const auto again = run({"suggest", "soc1", "--format", "json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(nlohmann::json::parse(again.out)["suggestions"].empty()) << again.out;
}

TEST_F(Suggest, NamedServicesAndBadArguments) {
  const auto web = run({"suggest", "soc1", "website", "--format", "json"});
  ASSERT_EQ(web.exit_code, 0) << web.err;
  const auto j = nlohmann::json::parse(web.out);
  EXPECT_EQ(j["not_applying"], nlohmann::json::array({"website"}));
  std::vector<std::string> controls;
  for (const auto& s : j["suggestions"]) controls.push_back(s["control"]);
  EXPECT_EQ(controls, (std::vector<std::string>{"CM-01", "CM-01", "WEB-01"}));

  // Without a service needing SOC 1 there is nothing to consider, and it says so.
  const auto services =
      dir_.write("no-soc1.csv", "service,affects_financial_reporting\ninvoicing,no\n");
  ASSERT_EQ(run({"import", "services", services.string()}).exit_code, 0);
  const auto none = run({"suggest", "soc1"});
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out,
            "No service needs SOC 1 (see 'socready applicability'); name services to suggest "
            "for them anyway.\n");

  const auto typo = run({"suggest", "soc1", "invoicng"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("did you mean 'invoicing'?"), std::string::npos) << typo.err;
  EXPECT_EQ(run({"suggest", "soc2"}).exit_code, 2);
  EXPECT_EQ(run({"suggest"}).exit_code, 2);
  EXPECT_EQ(run({"suggest", "soc1", "--format", "csv"}).exit_code, 2);
}

}  // namespace
}  // namespace socready

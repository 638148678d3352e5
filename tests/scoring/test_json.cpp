#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/error.hpp"
#include "scoring/json.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using nlohmann::json;
using testing::day;
using ::testing::ElementsAre;

std::set<std::string> keys(const json& j) {
  std::set<std::string> out;
  for (const auto& [k, v] : j.items()) out.insert(k);
  return out;
}

ServiceResult worked() { return score(testing::worked_example(), {day("2026-09-30"), 6}).at(0); }

TEST(ScoringScoreJson, Soc1HasExactlyTheSpecKeys) {
  json j = score_json(worked(), Framework::soc1, ReportType::type1);
  EXPECT_EQ(keys(j), (std::set<std::string>{"service", "product_line", "framework", "applies",
                                            "applicability", "type", "readiness", "band",
                                            "in_scope", "covered", "blockers", "deviations"}));
  EXPECT_EQ(j["service"], "payroll-run");
  EXPECT_EQ(j["product_line"], "Line");
  EXPECT_EQ(j["framework"], "SOC1");
  EXPECT_EQ(j["applies"], true);
  EXPECT_TRUE(j["applies"].is_boolean());
  EXPECT_EQ(j["type"], "I");
  EXPECT_TRUE(j["readiness"].is_number());
  EXPECT_EQ(j["readiness"].get<double>(), 87.5);
  EXPECT_EQ(j["band"], "Nearly ready");
  EXPECT_EQ(j["in_scope"], 4);
  EXPECT_EQ(j["covered"], 4);
  EXPECT_TRUE(j["blockers"].is_array());
  EXPECT_EQ(
      j.dump(),
      R"({"applicability":"applies","applies":true,"band":"Nearly ready","blockers":[],"covered":4,"deviations":[],)"
      R"("framework":"SOC1","in_scope":4,"product_line":"Line","readiness":87.5,)"
      R"("service":"payroll-run","type":"I"})");
  // Type II lists the tests of the window that found a deviation, and each control's missing
  // periods once (docs/scoring.md §3: AC-01 has no evidence covering 2026-07).
  json two = score_json(worked(), Framework::soc1, ReportType::type2);
  EXPECT_EQ(two["deviations"].dump(),
            R"([{"control":"AC-01","date":"2026-05-20","result":"fail"},)"
            R"({"control":"AC-01","date":"2026-07-01","periods":["2026-07"],"result":"missing"}])");
}

// Missing periods: one entry per control, dated by its first missing period, after the tests of
// the same day; three or more periods in a row as one "FIRST to LAST", one or two as they are.
TEST(ScoringScoreJson, MissingPeriodsAreOneEntryPerControlWithRunsJoined) {
  Inventory inv;
  inv.catalog = testing::spec_catalog();
  Service s = testing::service("payroll-run");
  s.affects_financial_reporting = true;
  inv.services.push_back(s);
  // Window 2026-03-30..09-30: months 04 to 08 due, weeks W14 to W39.
  ControlFacts monthly = testing::control("M-01", Status::implemented, {"ITGC-OPS"});
  monthly.version.implemented_on = day("2024-01-01");
  monthly.evidence = {day("2026-04-15"), day("2026-07-15")};  // misses 05, 06 and 08
  monthly.tests = {{day("2026-05-01"), TestResult::exception}};
  ControlFacts weekly = testing::control("W-01", Status::implemented, {"ITGC-OPS"});
  weekly.version.frequency = Frequency::weekly;
  weekly.version.implemented_on = day("2024-01-01");
  // Every week from W14 to W39 but W20 to W23 and W30.
  for (Date d = day("2026-03-30"); d <= day("2026-09-21"); d = d.plus_days(7))
    if (!(d >= day("2026-05-11") && d <= day("2026-06-07")) && d != day("2026-07-20"))
      weekly.evidence.push_back(d.plus_days(4));  // Fridays: past the grace of the week before
  ControlFacts automated = testing::control("A-01", Status::implemented, {"ITGC-OPS"});
  automated.version.nature = Nature::automated;
  automated.version.frequency = Frequency::continuous;
  automated.version.implemented_on = day("2024-01-01");
  inv.controls = {monthly, weekly, automated};
  auto r = score(inv, {day("2026-09-30"), 6}).at(0);
  json j = score_json(r, Framework::soc1, ReportType::type2);
  EXPECT_EQ(j["deviations"].dump(),
            R"([{"control":"A-01","date":"2026-03-30","periods":["2026-03-30 to 2026-09-30"],)"
            R"("result":"missing"},)"
            R"({"control":"M-01","date":"2026-05-01","result":"exception"},)"
            R"({"control":"M-01","date":"2026-05-01","periods":["2026-05","2026-06","2026-08"],)"
            R"("result":"missing"},)"
            R"({"control":"W-01","date":"2026-05-11","periods":["2026-W20 to 2026-W23",)"
            R"("2026-W30"],"result":"missing"}])");
  EXPECT_EQ(score_json(r, Framework::soc1, ReportType::type1)["deviations"].dump(), "[]");
}

TEST(ScoringScoreJson, Soc2AddsCategoriesByCatalogName) {
  Inventory inv;
  inv.catalog = testing::spec_catalog();
  Service s = testing::service("app");
  s.handles_customer_data = true;
  s.processes_transactions = true;
  s.personal_data = true;
  inv.services.push_back(s);
  auto r = score(inv, {day("2026-06-30"), 6}).at(0);
  json j = score_json(r, Framework::soc2, ReportType::type2);
  EXPECT_EQ(keys(j),
            (std::set<std::string>{"service", "product_line", "framework", "applies",
                                   "applicability", "type", "readiness", "band", "in_scope",
                                   "covered", "blockers", "deviations", "categories"}));
  EXPECT_EQ(j["framework"], "SOC2");
  EXPECT_EQ(j["type"], "II");
  EXPECT_EQ(j["categories"], json({"Security", "Processing Integrity", "Privacy"}));
  EXPECT_EQ(j["in_scope"], 33 + 5 + 18);
  EXPECT_EQ(j["blockers"].size(), 56u);
  EXPECT_EQ(j["readiness"].get<double>(), 0.0);
  EXPECT_EQ(j["band"], "Early");

  json soc1 = score_json(r, Framework::soc1, ReportType::type1);
  // Nobody answered Q1 or Q4: undetermined, never "does not apply".
  EXPECT_EQ(soc1["applies"], false);
  EXPECT_EQ(soc1["applicability"], "undetermined");
  EXPECT_EQ(soc1["band"], "Undetermined");
}

TEST(ScoringApplicabilityJson, Shape) {
  json j = applicability_json(worked());
  EXPECT_EQ(keys(j), (std::set<std::string>{"service", "name", "product_line", "verdict", "soc1",
                                            "soc2", "soc1_objectives", "soc1_exclusions",
                                            "unknowns", "to_confirm", "contradictions"}));
  EXPECT_EQ(j["verdict"], "SOC 1 (SOC 2 undetermined)");
  EXPECT_EQ(keys(j["soc1"]),
            (std::set<std::string>{"applies", "applicability", "rationale", "to_answer"}));
  EXPECT_EQ(keys(j["soc2"]), (std::set<std::string>{"applies", "applicability", "rationale",
                                                    "to_answer", "categories"}));
  EXPECT_EQ(j["soc2"]["applicability"], "undetermined");
  EXPECT_EQ(j["soc2"]["to_answer"],
            json({"Does it handle personal data or customer information?",
                  "Do customers ask about security and privacy (not accounting)?"}));
  EXPECT_EQ(j["soc2"]["categories"],
            json::parse(R"([{"category":"Security","reason":"always in scope"}])"));
  EXPECT_EQ(j["soc1_objectives"],
            json({"ITGC-ACCESS", "ITGC-CHANGE", "BP-COMPLETENESS", "BP-ACCURACY"}));
}

}  // namespace
}  // namespace socready::scoring

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
  // Type II lists the tests of the window that found a deviation (missing periods are in
  // explain and the report).
  json two = score_json(worked(), Framework::soc1, ReportType::type2);
  EXPECT_EQ(two["deviations"].dump(),
            R"([{"control":"AC-01","date":"2026-05-20","result":"fail"}])");
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
  EXPECT_EQ(keys(j),
            (std::set<std::string>{"service", "name", "product_line", "verdict", "soc1", "soc2",
                                   "soc1_objectives", "unknowns", "to_confirm", "contradictions"}));
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

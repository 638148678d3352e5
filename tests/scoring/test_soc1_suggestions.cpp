// suggest_soc1 on a small hand-built inventory; every expected row is worked out by hand from the
// crosswalk (scoring/crosswalk.hpp) in the comments.
#include <gtest/gtest.h>

#include <algorithm>

#include "scoring/soc1_suggestions.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using testing::service;

ControlVersion version(std::string key, std::vector<std::string> requirements,
                       std::vector<std::string> services, Status status = Status::implemented) {
  auto c = testing::control(std::move(key), status, std::move(requirements), std::move(services));
  return c.version;
}

// invoicing (SOC 1: the 7 defaults), ledger (SOC 1, names BP-RECONCILIATION too), website (no
// SOC 1). Controls by key.
SuggestionInput inventory() {
  SuggestionInput in;
  in.catalog = testing::spec_catalog();
  Service invoicing = service("invoicing");
  invoicing.affects_financial_reporting = true;
  Service ledger = service("ledger");
  ledger.affects_financial_reporting = true;
  ledger.soc1_objectives = {"BP-RECONCILIATION"};
  Service website = service("website");
  website.affects_financial_reporting = false;
  in.services = {invoicing, ledger, website};
  in.controls = {
      version("AC-01", {"CC6.1", "CC6.2"}, {"invoicing"}),
      version("AC-02", {"CC6.3", "ITGC-ACCESS"}, {"invoicing"}),  // already mapped
      version("CM-01", {"CC8.1"}, {}),                            // every service
      version("HR-01", {"CC1.1"}, {"invoicing"}),                 // no crosswalk entry
      version("MON-01", {"A1.2", "CC7.2"}, {"ledger"}),
      version("NA-01", {"CC6.1"}, {"invoicing"}, Status::not_applicable),
      version("PI-01", {"PI1.3", "PI1.5"}, {"ledger"}),
      version("PI-02", {"PI1.4"}, {"invoicing"}),  // BP-REPORTING, BP-INTERFACES: not in scope
      version("WEB-01", {"CC6.1"}, {"website"}),   // SOC 1 does not apply to website
  };
  return in;
}

struct Row {
  std::string control, objective;
  std::vector<std::string> from;
  Strength strength;
  friend bool operator==(const Row&, const Row&) = default;
};

std::vector<Row> rows(const Soc1Suggestions& s) {
  std::vector<Row> out;
  for (const auto& x : s.suggestions) out.push_back({x.control, x.objective, x.from, x.strength});
  return out;
}

TEST(Soc1Suggestions, SuggestsFromCriteriaForTheServicesNeedingSoc1) {
  const auto s = suggest_soc1(inventory());
  EXPECT_EQ(s.services, (std::vector<std::string>{"invoicing", "ledger"}));
  EXPECT_TRUE(s.not_applying.empty());
  const std::vector<Row> expected = {
      {"AC-01", "ITGC-ACCESS", {"CC6.1", "CC6.2"}, Strength::strong},
      {"CM-01", "ITGC-CHANGE", {"CC8.1"}, Strength::strong},
      {"CM-01", "ITGC-SDLC", {"CC8.1"}, Strength::weaker},
      // A1.2 is strong, CC7.2 weaker: the strongest entry decides.
      {"MON-01", "ITGC-OPS", {"A1.2", "CC7.2"}, Strength::strong},
      // Catalog order: completeness before accuracy; BP-CUTOFF (PI1.3) is in no scope here.
      {"PI-01", "BP-COMPLETENESS", {"PI1.3"}, Strength::weaker},
      {"PI-01", "BP-ACCURACY", {"PI1.3"}, Strength::weaker},
      {"PI-01", "BP-RECONCILIATION", {"PI1.5"}, Strength::weaker},
  };
  EXPECT_EQ(rows(s), expected);
  EXPECT_EQ(s.controls, (std::vector<std::string>{"AC-01", "CM-01", "MON-01", "PI-01"}));
}

TEST(Soc1Suggestions, NeverSuggestsWhatAControlAlreadyAddresses) {
  const auto s = suggest_soc1(inventory());
  for (const auto& x : s.suggestions) EXPECT_NE(x.control, "AC-02");
  // With AC-01 mapped by hand as well, nothing is left to suggest for access.
  auto in = inventory();
  in.controls[0].requirements.push_back("ITGC-ACCESS");
  for (const auto& x : suggest_soc1(in).suggestions) EXPECT_NE(x.objective, "ITGC-ACCESS");
}

TEST(Soc1Suggestions, LeavesOutServicesThatDoNotNeedSoc1AndNotApplicableControls) {
  const auto s = suggest_soc1(inventory());
  for (const auto& x : s.suggestions) {
    EXPECT_NE(x.control, "WEB-01");
    EXPECT_NE(x.control, "NA-01");
  }
}

TEST(Soc1Suggestions, SummarisesEveryObjectiveInScope) {
  const auto s = suggest_soc1(inventory());
  struct Expected {
    const char* objective;
    int already, strong, weaker, in_scope;
    std::vector<std::string> uncovered;
  };
  // invoicing keeps AC-01/AC-02 and CM-01; ledger gets CM-01, MON-01 and PI-01.
  const std::vector<Expected> expected = {
      {"ITGC-ACCESS", 1, 1, 0, 2, {"ledger"}},
      {"ITGC-CHANGE", 0, 1, 0, 2, {}},
      {"ITGC-OPS", 0, 1, 0, 2, {"invoicing"}},
      {"ITGC-SDLC", 0, 0, 1, 2, {}},
      {"BP-AUTHORIZATION", 0, 0, 0, 2, {"invoicing", "ledger"}},
      {"BP-COMPLETENESS", 0, 0, 1, 2, {"invoicing"}},
      {"BP-ACCURACY", 0, 0, 1, 2, {"invoicing"}},
      {"BP-RECONCILIATION", 0, 0, 1, 1, {}},
  };
  ASSERT_EQ(s.objectives.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& o = s.objectives[i];
    SCOPED_TRACE(o.objective);
    EXPECT_EQ(o.objective, expected[i].objective);
    EXPECT_EQ(o.title, std::string("objective ") + expected[i].objective);
    EXPECT_EQ(o.already, expected[i].already);
    EXPECT_EQ(o.strong, expected[i].strong);
    EXPECT_EQ(o.weaker, expected[i].weaker);
    EXPECT_EQ(o.in_scope, expected[i].in_scope);
    EXPECT_EQ(o.uncovered, expected[i].uncovered);
  }
}

TEST(Soc1Suggestions, NamedServicesAreTakenAsAskedAndSaidSoWhenSoc1DoesNotApply) {
  const std::vector<std::string> named = {"website"};
  const auto s = suggest_soc1(inventory(), named);
  EXPECT_EQ(s.services, named);
  EXPECT_EQ(s.not_applying, named);
  const std::vector<Row> expected = {
      {"CM-01", "ITGC-CHANGE", {"CC8.1"}, Strength::strong},
      {"CM-01", "ITGC-SDLC", {"CC8.1"}, Strength::weaker},
      {"WEB-01", "ITGC-ACCESS", {"CC6.1"}, Strength::strong},
  };
  EXPECT_EQ(rows(s), expected);
  // Only ledger: invoicing's controls are left out, the entity-level one stays.
  const std::vector<std::string> ledger = {"ledger"};
  const auto l = suggest_soc1(inventory(), ledger);
  EXPECT_TRUE(l.not_applying.empty());
  EXPECT_EQ(l.controls, (std::vector<std::string>{"CM-01", "MON-01", "PI-01"}));
}

TEST(Soc1Suggestions, UsersOwnObjectivesComeWithTheirCriteria) {
  auto in = inventory();
  Requirement physical;
  physical.code = "ITGC-PHYSICAL";
  physical.framework = Framework::soc1;
  physical.series = "ITGC";
  physical.title = "Physical access to the data centre";
  in.catalog.push_back(physical);
  in.services[1].soc1_objectives.push_back("ITGC-PHYSICAL");  // ledger only
  in.controls.push_back(version("PH-01", {"CC6.4"}, {}));     // every service
  const std::vector<ObjectiveCriteria> extra = {{"ITGC-PHYSICAL", {"CC6.4"}}};
  // Without the user's entry CC6.4 suggests nothing.
  for (const auto& x : suggest_soc1(in).suggestions) EXPECT_NE(x.control, "PH-01");
  const auto s = suggest_soc1(in, {}, extra);
  const auto it = std::find_if(s.suggestions.begin(), s.suggestions.end(),
                               [](const auto& x) { return x.control == "PH-01"; });
  ASSERT_NE(it, s.suggestions.end());
  EXPECT_EQ(it->objective, "ITGC-PHYSICAL");
  EXPECT_EQ(it->strength, Strength::strong);
  EXPECT_EQ(it->from, (std::vector<std::string>{"CC6.4"}));
  ASSERT_FALSE(s.objectives.empty());
  EXPECT_EQ(s.objectives.back().objective, "ITGC-PHYSICAL");
  EXPECT_EQ(s.objectives.back().in_scope, 1);
  EXPECT_TRUE(s.objectives.back().uncovered.empty());
}

TEST(Soc1Suggestions, NothingToSuggestWithoutServicesNeedingSoc1) {
  auto in = inventory();
  for (auto& s : in.services) s.affects_financial_reporting = false;
  const auto s = suggest_soc1(in);
  EXPECT_TRUE(s.services.empty());
  EXPECT_TRUE(s.suggestions.empty());
  EXPECT_TRUE(s.objectives.empty());
}

}  // namespace
}  // namespace socready::scoring

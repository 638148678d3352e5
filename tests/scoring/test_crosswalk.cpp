// The crosswalk of SPEC §6 is data: checked whole here, against the catalog the binary ships.
#include <gtest/gtest.h>

#include <iterator>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "scoring/crosswalk.hpp"
#include "store/catalog_store.hpp"
#include "store/database.hpp"

namespace socready::scoring {
namespace {

using Entry = std::tuple<std::string, std::string, std::string>;  // criterion, objective, strength

std::set<Entry> table() {
  std::set<Entry> out;
  for (const auto& e : policy::crosswalk)
    out.emplace(std::string(e.criterion), std::string(e.objective), std::string(name(e.strength)));
  return out;
}

TEST(Crosswalk, IsExactlyTheDocumentedTable) {
  const std::set<Entry> expected = {
      {"CC6.1", "ITGC-ACCESS", "strong"},     {"CC6.2", "ITGC-ACCESS", "strong"},
      {"CC6.3", "ITGC-ACCESS", "strong"},     {"CC6.6", "ITGC-ACCESS", "strong"},
      {"CC6.7", "ITGC-ACCESS", "strong"},     {"CC6.8", "ITGC-ACCESS", "strong"},
      {"CC7.1", "ITGC-OPS", "weaker"},        {"CC7.2", "ITGC-OPS", "weaker"},
      {"CC7.3", "ITGC-OPS", "weaker"},        {"CC7.4", "ITGC-OPS", "weaker"},
      {"CC7.5", "ITGC-OPS", "weaker"},        {"CC8.1", "ITGC-CHANGE", "strong"},
      {"CC8.1", "ITGC-SDLC", "weaker"},       {"A1.2", "ITGC-OPS", "strong"},
      {"A1.3", "ITGC-OPS", "strong"},         {"PI1.1", "BP-ACCURACY", "weaker"},
      {"PI1.2", "BP-COMPLETENESS", "weaker"}, {"PI1.2", "BP-ACCURACY", "weaker"},
      {"PI1.3", "BP-COMPLETENESS", "weaker"}, {"PI1.3", "BP-ACCURACY", "weaker"},
      {"PI1.3", "BP-CUTOFF", "weaker"},       {"PI1.4", "BP-REPORTING", "weaker"},
      {"PI1.4", "BP-INTERFACES", "weaker"},   {"PI1.5", "BP-RECONCILIATION", "weaker"},
  };
  EXPECT_EQ(table(), expected);
  // No pair twice: a set would hide it.
  EXPECT_EQ(std::size(policy::crosswalk), expected.size());
}

TEST(Crosswalk, NamesOnlyCriteriaAndObjectivesOfTheShippedCatalog) {
  store::Database db(":memory:");
  std::map<std::string, Framework> framework_of;
  for (const auto& r : store::load_catalog(db)) framework_of.emplace(r.code, r.framework);
  for (const auto& e : policy::crosswalk) {
    SCOPED_TRACE(std::string(e.criterion) + " -> " + std::string(e.objective));
    const auto criterion = framework_of.find(std::string(e.criterion));
    ASSERT_NE(criterion, framework_of.end());
    EXPECT_EQ(criterion->second, Framework::soc2);
    const auto objective = framework_of.find(std::string(e.objective));
    ASSERT_NE(objective, framework_of.end());
    EXPECT_EQ(objective->second, Framework::soc1);
  }
}

TEST(Crosswalk, JobSchedulingAndAuthorisationHaveNoCriterion) {
  const Crosswalk crosswalk;
  EXPECT_TRUE(crosswalk.criteria_of("BP-AUTHORIZATION").empty());
  EXPECT_EQ(
      crosswalk.criteria_of("ITGC-OPS"),
      (std::vector<std::string>{"CC7.1", "CC7.2", "CC7.3", "CC7.4", "CC7.5", "A1.2", "A1.3"}));
  EXPECT_TRUE(crosswalk.objectives_of("CC6.4").empty());  // physical access is not ITGC-ACCESS
}

TEST(Crosswalk, LooksUpBothWays) {
  const Crosswalk crosswalk;
  const auto& targets = crosswalk.objectives_of("CC8.1");
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].objective, "ITGC-CHANGE");
  EXPECT_EQ(targets[0].strength, Strength::strong);
  EXPECT_EQ(targets[1].objective, "ITGC-SDLC");
  EXPECT_EQ(targets[1].strength, Strength::weaker);
  EXPECT_EQ(crosswalk.criteria_of("ITGC-ACCESS"),
            (std::vector<std::string>{"CC6.1", "CC6.2", "CC6.3", "CC6.6", "CC6.7", "CC6.8"}));
  EXPECT_EQ(crosswalk.strength("A1.2", "ITGC-OPS"), Strength::strong);
  EXPECT_EQ(crosswalk.strength("CC7.1", "ITGC-OPS"), Strength::weaker);
  EXPECT_EQ(crosswalk.strength("CC7.1", "ITGC-ACCESS"), std::nullopt);
}

TEST(Crosswalk, TakesTheUsersOwnObjectivesAsStrongEntries) {
  const std::vector<ObjectiveCriteria> extra = {{"ITGC-PHYSICAL", {"CC6.4", "CC6.5"}},
                                                {"ITGC-SDLC", {"CC8.1"}}};
  const Crosswalk crosswalk(extra);
  EXPECT_EQ(crosswalk.criteria_of("ITGC-PHYSICAL"), (std::vector<std::string>{"CC6.4", "CC6.5"}));
  EXPECT_EQ(crosswalk.strength("CC6.4", "ITGC-PHYSICAL"), Strength::strong);
  // Repeating a weaker entry of the table makes it strong, never a second target.
  EXPECT_EQ(crosswalk.strength("CC8.1", "ITGC-SDLC"), Strength::strong);
  EXPECT_EQ(crosswalk.objectives_of("CC8.1").size(), 2u);
  EXPECT_EQ(crosswalk.criteria_of("ITGC-SDLC"), (std::vector<std::string>{"CC8.1"}));
}

}  // namespace
}  // namespace socready::scoring

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "store/catalog_store.hpp"

namespace socready::store {
namespace {

TEST(Catalog, HasThe61TrustServicesCriteriaByCategory) {
  Database db(":memory:");
  const auto soc2 = load_catalog(db, Framework::soc2);
  ASSERT_EQ(soc2.size(), 61u);
  std::map<std::string, int> per_category;
  for (const auto& r : soc2) per_category[r.category]++;
  EXPECT_EQ(per_category["Security"], 33);
  EXPECT_EQ(per_category["Availability"], 3);
  EXPECT_EQ(per_category["Processing Integrity"], 5);
  EXPECT_EQ(per_category["Confidentiality"], 2);
  EXPECT_EQ(per_category["Privacy"], 18);
  EXPECT_EQ(per_category.size(), 5u);
}

TEST(Catalog, CriteriaIdsAreExactlyThoseOfTheSpec) {
  // The id ranges of SPEC §2, spelled out: series prefix and how many criteria it has.
  const std::vector<std::pair<std::string, int>> ranges = {
      {"CC1.", 5}, {"CC2.", 3}, {"CC3.", 4}, {"CC4.", 2}, {"CC5.", 3}, {"CC6.", 8}, {"CC7.", 5},
      {"CC8.", 1}, {"CC9.", 2}, {"A1.", 3},  {"PI1.", 5}, {"C1.", 2},  {"P1.", 1},  {"P2.", 1},
      {"P3.", 2},  {"P4.", 3},  {"P5.", 2},  {"P6.", 7},  {"P7.", 1},  {"P8.", 1}};
  std::vector<std::string> expected;
  for (const auto& [prefix, n] : ranges)
    for (int i = 1; i <= n; ++i) expected.push_back(prefix + std::to_string(i));
  Database db(":memory:");
  std::vector<std::string> actual;
  for (const auto& r : load_catalog(db, Framework::soc2)) actual.push_back(r.code);
  EXPECT_EQ(actual, expected);
}

TEST(Catalog, EveryCriterionIsWellFormedAndInItsSeries) {
  Database db(":memory:");
  std::set<std::string> ids;
  const std::regex criterion(R"((CC[1-9]|A1|PI1|C1|P[1-8])\.[0-9]+)");
  const std::set<std::string> series_expected = {"CC1", "CC2", "CC3", "CC4", "CC5", "CC6", "CC7",
                                                 "CC8", "CC9", "A1",  "PI1", "C1",  "P1",  "P2",
                                                 "P3",  "P4",  "P5",  "P6",  "P7",  "P8"};
  std::set<std::string> series_seen;
  for (const auto& r : load_catalog(db, Framework::soc2)) {
    EXPECT_TRUE(ids.insert(r.code).second) << "duplicate " << r.code;
    EXPECT_TRUE(std::regex_match(r.code, criterion)) << r.code;
    EXPECT_EQ(r.code.substr(0, r.code.find('.')), r.series) << r.code;
    EXPECT_FALSE(r.title.empty()) << r.code;
    EXPECT_FALSE(r.series_title.empty()) << r.series;
    EXPECT_FALSE(r.is_default) << r.code;
    series_seen.insert(r.series);
  }
  EXPECT_EQ(series_seen, series_expected);
}

TEST(Catalog, Soc1ObjectivesHaveTheFixedIdsAndDefaults) {
  Database db(":memory:");
  std::map<std::string, bool> defaults;
  for (const auto& r : load_catalog(db, Framework::soc1)) {
    defaults[r.code] = r.is_default;
    EXPECT_EQ(r.framework, Framework::soc1);
    EXPECT_FALSE(r.title.empty());
  }
  const std::map<std::string, bool> expected = {
      {"ITGC-ACCESS", true},    {"ITGC-CHANGE", true},      {"ITGC-OPS", true},
      {"ITGC-SDLC", true},      {"BP-AUTHORIZATION", true}, {"BP-COMPLETENESS", true},
      {"BP-ACCURACY", true},    {"BP-CUTOFF", false},       {"BP-RECONCILIATION", false},
      {"BP-INTERFACES", false}, {"BP-REPORTING", false}};
  EXPECT_EQ(defaults, expected);
}

TEST(Catalog, WholeCatalogIsSoc2ThenSoc1) {
  Database db(":memory:");
  const auto all = load_catalog(db);
  ASSERT_EQ(all.size(), 72u);
  EXPECT_EQ(all.front().code, "CC1.1");
  EXPECT_EQ(all.back().framework, Framework::soc1);
}

}  // namespace
}  // namespace socready::store

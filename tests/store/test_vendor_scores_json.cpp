// Carve-out vendor contributions in stored results (SPEC §4a): a frozen quarter reads back the
// vendors' worth, reasons and facts exactly, in the complete and in the shared form.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"
#include "store/control_score_json.hpp"
#include "store/snapshot_json.hpp"

namespace socready::scoring {
namespace {

using nlohmann::json;
using store::service_result_from_json;
using testing::day;

std::vector<ServiceResult> with_vendors(unsigned seed) {
  Inventory inv = testing::random_inventory(seed, 6, 80);
  testing::add_random_vendors(inv, seed, 5);
  return score(inv, {testing::random_as_of(), 6});
}

bool has_vendor(const ServiceResult& r) {
  for (Framework f : all_frameworks)
    for (const auto& q : r.readiness(f, ReportType::type2).requirements)
      for (const auto& c : q.controls)
        if (c->vendor) return true;
  return false;
}

TEST(VendorScoresJson, CompleteFormRoundTripsExactly) {
  int vendors_seen = 0;
  for (unsigned seed = 1; seed <= 8; ++seed)
    for (const auto& original : with_vendors(seed)) {
      vendors_seen += has_vendor(original) ? 1 : 0;
      const std::string text = store::to_json(original).dump();
      const ServiceResult back = service_result_from_json(json::parse(text));
      EXPECT_EQ(back, original) << original.service;
      EXPECT_EQ(store::to_json(back).dump(), text);
    }
  EXPECT_GT(vendors_seen, 0);
}

TEST(VendorScoresJson, SharedFormRoundTripsExactly) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    const auto results = with_vendors(seed);
    const auto written = store::share_scores(results);
    const auto shared = store::shared_scores_from_json(json::parse(to_json(written).dump()));
    for (const auto& original : results) {
      const std::string text = store::to_json_sharing_controls(original, written).dump();
      EXPECT_EQ(service_result_from_json(json::parse(text), shared), original) << original.service;
    }
  }
}

TEST(VendorScoresJson, TheVendorsFactsAreWrittenOut) {
  ControlScore c;
  c.key = "vendor:cloud:soc2";
  c.score = 0.5;
  c.gap = GapReason::vendor_report_stale;
  c.vendor = VendorFacts{"cloud",
                         VendorReport{Framework::soc2, ReportType::type2, day("2024-10-01"),
                                      day("2025-09-30"), Opinion::qualified},
                         day("2025-12-31"),
                         "VND-01",
                         0.75,
                         0.5};
  const json j = store::control_score_json(c);
  EXPECT_EQ(j["gap"], "vendor_report_stale");
  EXPECT_EQ(j["vendor"]["report"]["opinion"], "qualified");
  EXPECT_EQ(j["vendor"]["report"]["period_end"], "2025-09-30");
  EXPECT_EQ(j["vendor"]["bridge_letter_until"], "2025-12-31");
  EXPECT_EQ(j["vendor"]["monitoring_score"], 0.75);
  EXPECT_EQ(store::control_score_from_json(j), c);
  // A company control writes null, and one frozen before vendors counted reads back without.
  ControlScore own;
  own.key = "AC-01";
  json plain = store::control_score_json(own);
  EXPECT_TRUE(plain["vendor"].is_null());
  plain.erase("vendor");
  EXPECT_EQ(store::control_score_from_json(plain), own);
}

}  // namespace
}  // namespace socready::scoring

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "report/expiring_evidence.hpp"
#include "report_fixtures.hpp"

namespace socready::report {
namespace {

using testing::day;

// The sample is as of 2026-11-26: next quarter is 2027-01-01 to 2027-03-31. Its controls' evidence
// runs out before, inside (on both edges) and after that quarter.
TEST(ExpiringEvidence, NextQuarterOnlyByDateThenKeyEachControlOnce) {
  const ReportInput in = testing::sample_input();
  std::set<std::string> everywhere;
  for (const auto& s : in.services) {
    const auto items = evidence_expiring_next_quarter(s, in.as_of);
    std::set<std::string> keys;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& e = items[i];
      const std::string& key = e.control.front()->key;
      EXPECT_TRUE(keys.insert(key).second) << s.service << " lists " << key << " twice";
      EXPECT_GE(e.current_until, day("2027-01-01")) << key;
      EXPECT_LE(e.current_until, day("2027-03-31")) << key;
      EXPECT_EQ(e.latest, *e.control.front()->latest_evidence) << key;
      if (i > 0) {
        const auto& p = items[i - 1];
        EXPECT_LT(std::tie(p.current_until, p.control.front()->key),
                  std::tie(e.current_until, key));
      }
    }
    everywhere.insert(keys.begin(), keys.end());
  }
  // CM-01 and MN-01 run out this quarter, RC-02 the day after next quarter, CM-02 has none.
  EXPECT_EQ(everywhere, (std::set<std::string>{"AC-01", "BK-01", "RC-01"}));
}

}  // namespace
}  // namespace socready::report

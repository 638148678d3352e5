// End-to-end: the example company's carve-out vendors counted in readiness (SPEC §4a), through
// the real binary on the example year. The numbers are the worked example of docs/scoring.md
// §2.5, computed by hand there.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/example_year.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

using ::testing::HasSubstr;
using testing::run_socready;

class VendorScoringExample : public testing::ExampleYearTest {
 protected:
  static testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "example.db"});
    return run_socready(args, folder());
  }
  static nlohmann::json gaps_json(const char* as_of) {
    const auto r = run({"gaps", "--as-of", as_of, "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  static const nlohmann::json* item(const nlohmann::json& items, const std::string& service,
                                    const std::string& kind, const std::string& control) {
    for (const auto& i : items)
      if (i["service"] == service && i["kind"] == kind)
        for (const auto& c : i["controls"])
          if (c == control) return &i;
    return nullptr;
  }
};

// 2026-Q3: Northwind Cloud's report (ended 2025-09-30, 12 months to the day) is worth 1, capped
// by VND-01: Type I 0.5 (stale evidence), Type II 0.5 x 183/184 (partial until 2026-03-31) =
// 0.4973. PHY-01 has no record in the window: CC6.4 Type II 0 -> 0.4973 from the vendor.
TEST_F(VendorScoringExample, NorthwindCloudCarriesCC64InQ3CappedByItsMonitoringControl) {
  const auto r =
      run({"explain", "insights-app", "CC6.4", "--framework", "soc2", "--as-of", "2026-09-30"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Type I : 1 = best of 2 controls (PHY-01)"));
  EXPECT_THAT(r.out,
              HasSubstr("Type II: 0.4973 = best of 2 controls (vendor:northwind-cloud:soc2); "
                        "gap: vendor_monitoring_weak"));
  EXPECT_THAT(r.out, HasSubstr("vendor:northwind-cloud:soc2 \"Northwind Cloud\" (carve-out vendor "
                               "northwind-cloud, version valid from 2026-01-01), owner Rafael "
                               "Costa (Procurement)"));
  EXPECT_THAT(r.out, HasSubstr("its report: SOC 2 Type II, 2024-10-01 to 2025-09-30, unmodified "
                               "opinion; period ended 365 days before 2026-09-30"));
  EXPECT_THAT(r.out, HasSubstr("bridge letter to 2025-12-31: counts only for planning"));
  EXPECT_THAT(r.out, HasSubstr("Type I  = report 1, monitoring control VND-01 scores 0.5: 0.5"));
  EXPECT_THAT(r.out,
              HasSubstr("Type II = report 1, monitoring control VND-01 scores 0.4973: 0.4973"));

  const auto items = gaps_json("2026-09-30");
  const auto* gap = item(items, "insights-app", "gap", "vendor:northwind-cloud:soc2");
  ASSERT_NE(gap, nullptr);
  EXPECT_EQ((*gap)["requirement"], "CC6.4");
  EXPECT_EQ((*gap)["reason"], "vendor_monitoring_weak");
  EXPECT_EQ((*gap)["why"], "Northwind Cloud: capped by its monitoring control VND-01 (0.4973)");
  EXPECT_EQ((*gap)["types"], "II");
  EXPECT_FALSE((*gap)["blocker"].get<bool>());
  EXPECT_EQ((*gap)["owners"], nlohmann::json::array({"Rafael Costa (Procurement)"}));
}

// 2026-Q4: PayBridge's SOC 1 report ended 2025-06-30, more than 15 months before 2026-11-20: it
// is worth nothing, and explain says why, naming it.
TEST_F(VendorScoringExample, PayBridgeStaleSoc1ReportIsWorthNothingInQ4) {
  const auto r = run({"explain", "payroll-engine", "BP-COMPLETENESS", "--framework", "soc1",
                      "--as-of", "2026-11-20"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("vendor:paybridge:soc1 \"PayBridge Payments\""));
  EXPECT_THAT(r.out, HasSubstr("Type II = report 0, monitoring control VND-01 scores 0: 0 "
                               "(PayBridge Payments: its report's period ended 2025-06-30, more "
                               "than 15 months ago)"));
  // In 2026-Q3 it was 15 months to the day: half, and VND-01's 0.4973 caps it for Type II.
  const auto q3 = run({"explain", "payroll-engine", "BP-COMPLETENESS", "--framework", "soc1",
                       "--as-of", "2026-09-30"});
  EXPECT_THAT(q3.out, HasSubstr("Type I  = report 0.5, monitoring control VND-01 scores 0.5: 0.5 "
                                "(PayBridge Payments: its report's period ended 2025-06-30, more "
                                "than 12 months ago)"));
  EXPECT_THAT(q3.out,
              HasSubstr("Type II = report 0.5, monitoring control VND-01 scores 0.4973: 0.4973 "
                        "(PayBridge Payments: its report's period ended 2025-06-30, more than 12 "
                        "months ago; capped by its monitoring control VND-01 (0.4973))"));
}

// As of 2026-06-30 both vendors' reports lose worth during 2026-Q3: Northwind Cloud's at period
// end + 12 months (2026-09-30), PayBridge's at + 15 months (2026-09-30).
TEST_F(VendorScoringExample, VendorReportsDroppingNextQuarterAreOnTheToDoList) {
  const auto items = gaps_json("2026-06-30");
  const auto* cloud =
      item(items, "insights-app", "expiring_evidence", "vendor:northwind-cloud:soc2");
  ASSERT_NE(cloud, nullptr);
  EXPECT_EQ((*cloud)["due"], "2026-09-30");
  EXPECT_EQ((*cloud)["owners"], nlohmann::json::array({"Rafael Costa (Procurement)"}));
  EXPECT_THAT((*cloud)["why"].get<std::string>(), HasSubstr("period ended 2025-09-30"));
  const auto* pay = item(items, "payroll-engine", "expiring_evidence", "vendor:paybridge:soc1");
  ASSERT_NE(pay, nullptr);
  EXPECT_EQ((*pay)["due"], "2026-09-30");
}

// The frozen 2026-Q3 snapshot reads back the vendor: its page lists the CC6.4 gap with it.
TEST_F(VendorScoringExample, TheFrozenQ3PageShowsTheVendorGap) {
  ASSERT_EQ(run({"report", "--period", "2026-Q3", "--out", "out"}).exit_code, 0);
  const auto page = testing::single_spaced(
      testing::read_file(folder() / "out" / "2026-Q3" / "services" / "insights-app.md"));
  EXPECT_THAT(page,
              HasSubstr("| Northwind Cloud: capped by its monitoring control VND-01 (0.4973) "
                        "| PHY-01, vendor:northwind-cloud:soc2 | Rafael Costa (Procurement) |"))
      << page;
}

}  // namespace
}  // namespace socready

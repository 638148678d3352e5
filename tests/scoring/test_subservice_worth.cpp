// SPEC §4a by hand: what a carve-out vendor's report is worth, case by case, as of 2026-11-30.
#include <gtest/gtest.h>

#include "scoring/subservice_worth.hpp"

namespace socready::scoring {
namespace {

const Date as_of = *Date::parse("2026-11-30");

Subservice vendor(const char* period_end, Framework f = Framework::soc2,
                  ReportType t = ReportType::type2, Opinion o = Opinion::unmodified) {
  Subservice v;
  v.key = "cloudhost";
  v.name = "CloudHost";
  v.report =
      VendorReport{f, t, Date::parse(period_end)->plus_months(-12), *Date::parse(period_end), o};
  v.monitored_by = "VND-01";
  return v;
}

VendorWorth soc2_type2(const Subservice& v) {
  return vendor_report_worth(v, Framework::soc2, ReportType::type2, as_of);
}

TEST(VendorWorth, ACurrentUnmodifiedReportOfTheSameKindIsWorthOne) {
  const auto w = soc2_type2(vendor("2026-06-30"));
  EXPECT_DOUBLE_EQ(w.worth, 1.0);
  EXPECT_EQ(w.reason, "");
  // Twelve months to the day is still current.
  EXPECT_DOUBLE_EQ(soc2_type2(vendor("2025-11-30")).worth, 1.0);
}

TEST(VendorWorth, AgeLowersThenRemovesTheCredit) {
  auto w = soc2_type2(vendor("2025-11-29"));  // 12 months and a day
  EXPECT_DOUBLE_EQ(w.worth, 0.5);
  EXPECT_EQ(w.reason, "CloudHost: its report's period ended 2025-11-29, more than 12 months ago");
  EXPECT_DOUBLE_EQ(soc2_type2(vendor("2025-08-30")).worth, 0.5);  // 15 months to the day
  w = soc2_type2(vendor("2025-08-29"));
  EXPECT_DOUBLE_EQ(w.worth, 0.0);
  EXPECT_EQ(w.reason, "CloudHost: its report's period ended 2025-08-29, more than 15 months ago");
}

TEST(VendorWorth, TheOpinionDecidesBeforeTheKindOfReport) {
  EXPECT_DOUBLE_EQ(
      soc2_type2(vendor("2026-06-30", Framework::soc2, ReportType::type2, Opinion::qualified))
          .worth,
      0.5);
  const auto adverse =
      soc2_type2(vendor("2026-06-30", Framework::soc2, ReportType::type2, Opinion::adverse));
  EXPECT_DOUBLE_EQ(adverse.worth, 0.0);
  EXPECT_EQ(adverse.reason, "CloudHost: its report has an adverse opinion");
  EXPECT_DOUBLE_EQ(
      soc2_type2(vendor("2026-06-30", Framework::soc2, ReportType::type2, Opinion::disclaimer))
          .worth,
      0.0);
}

TEST(VendorWorth, ATypeIOrTheOtherFrameworkIsWorthHalf) {
  const auto type1 = vendor("2026-06-30", Framework::soc2, ReportType::type1);
  auto w = soc2_type2(type1);
  EXPECT_DOUBLE_EQ(w.worth, 0.5);
  EXPECT_EQ(w.reason,
            "CloudHost: its report is a SOC 2 Type I; a Type II needs its operation tested");
  // Scored for Type I, a Type I report is all that is asked.
  EXPECT_DOUBLE_EQ(vendor_report_worth(type1, Framework::soc2, ReportType::type1, as_of).worth,
                   1.0);
  w = soc2_type2(vendor("2026-06-30", Framework::soc1));
  EXPECT_DOUBLE_EQ(w.worth, 0.5);
  EXPECT_EQ(w.reason, "CloudHost: its report is a SOC 1, not a SOC 2");
}

TEST(VendorWorth, NoReportOrInclusiveGivesNothing) {
  auto v = vendor("2026-06-30");
  v.method = SubserviceMethod::inclusive;
  EXPECT_DOUBLE_EQ(soc2_type2(v).worth, 0.0);
  v = vendor("2026-06-30");
  v.report.reset();
  const auto w = soc2_type2(v);
  EXPECT_DOUBLE_EQ(w.worth, 0.0);
  EXPECT_EQ(w.reason, "CloudHost: no SOC report on file");
}

TEST(VendorWorth, TheMonitoringControlCapsTheWorth) {
  auto v = vendor("2026-06-30");
  auto w = capped_by_monitoring(soc2_type2(v), v, 0.8);
  EXPECT_DOUBLE_EQ(w.worth, 0.8);
  EXPECT_EQ(w.reason, "CloudHost: capped by its monitoring control VND-01 (0.8)");
  // A lowered worth under the cap stays as it is, with its own reason.
  const auto stale = vendor("2025-10-31");
  w = capped_by_monitoring(soc2_type2(stale), stale, 0.8);
  EXPECT_DOUBLE_EQ(w.worth, 0.5);
  EXPECT_EQ(w.reason, "CloudHost: its report's period ended 2025-10-31, more than 12 months ago");
  // Named but not in scope: nothing; not named: at most half.
  w = capped_by_monitoring(soc2_type2(v), v, std::nullopt);
  EXPECT_DOUBLE_EQ(w.worth, 0.0);
  EXPECT_EQ(w.reason, "CloudHost: its monitoring control VND-01 is not in scope");
  v.monitored_by.clear();
  w = capped_by_monitoring(soc2_type2(v), v, std::nullopt);
  EXPECT_DOUBLE_EQ(w.worth, 0.5);
  EXPECT_EQ(w.reason, "CloudHost: vendor monitoring control not named");
}

}  // namespace
}  // namespace socready::scoring

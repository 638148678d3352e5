// Service facts kept as versions by `--effective` (SPEC §2, "Time"), and the objective exclusions
// of SPEC §3 and §7.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/import_fixture.hpp"
#include "store/service_store.hpp"

namespace socready::import::testing {
namespace {

using ::testing::ElementsAre;

constexpr const char* header = "service,name,product_line,affects_financial_reporting\n";

class ServiceVersions : public ImportFixture {
 protected:
  // "slug:Q1 answer" for each service valid on `date`: y, n or ? (unknown).
  std::vector<std::string> as_of(const char* date) {
    std::vector<std::string> out;
    for (const auto& s : store::load_services_as_of(db, *Date::parse(date))) {
      const auto& q1 = s.affects_financial_reporting;
      out.push_back(s.slug + ":" + (!q1 ? "?" : *q1 ? "y" : "n"));
    }
    return out;
  }
};

// The fixture imports payroll (Q1 yes) and insights (Q1 unknown) effective 2026-01-01.
TEST_F(ServiceVersions, AChangedFactHoldsFromItsEffectiveDateOnly) {
  const auto s = services_at(std::string(header) + "insights,,,yes\n", "2026-07-01");
  EXPECT_EQ(s.changed, 1);
  EXPECT_EQ(s.added, 0);
  // Listed by product line name: Analytics, then Payroll.
  EXPECT_THAT(as_of("2026-03-31"), ElementsAre("insights:?", "payroll:y"));
  EXPECT_THAT(as_of("2026-06-30"), ElementsAre("insights:?", "payroll:y"));
  // A blank product line is none (services without one are listed last); a blank name keeps
  // the one on file.
  EXPECT_THAT(as_of("2026-07-01"), ElementsAre("payroll:y", "insights:y"));
  EXPECT_EQ(store::load_services(db).at(1).name, "Insights app");
  EXPECT_EQ(store::load_services(db).at(1).product_line, "");
  // Not yet imported on 2025-12-31: not listed.
  EXPECT_TRUE(as_of("2025-12-31").empty());
}

TEST_F(ServiceVersions, ReimportingTheSameFileChangesNothing) {
  const std::string file = std::string(header) + "insights,Insights app,Analytics,yes\n";
  services_at(file, "2026-07-01");
  const auto again = services_at(file, "2026-08-01");
  EXPECT_EQ(again.unchanged, 1);
  EXPECT_EQ(again.added + again.changed, 0);
  EXPECT_EQ(count("service_version"), 3);  // payroll, insights and insights' 2026-07-01 version
  // Only the new revision was recorded.
  EXPECT_EQ(count("import_revision"), 3);
}

TEST_F(ServiceVersions, AChangeDatedBeforeTheLatestVersionIsRefusedAndNothingIsWritten) {
  services_at(std::string(header) + "insights,,,yes\n", "2026-07-01");
  const auto before = state();
  auto e = failure([&] { services_at(std::string(header) + "insights,,,no\n", "2026-05-01"); });
  EXPECT_TRUE(mentions(e, 2, 1,
                       "insights has a version from 2026-07-01; an import effective 2026-05-01 "
                       "would rewrite its history (use --effective 2026-07-01 or later)"))
      << all_messages(e);
  EXPECT_EQ(state(), before);
}

TEST_F(ServiceVersions, ReplaceRetiresTheMissingServicesFromTheEffectiveDate) {
  const auto s = services_at(std::string(header) + "payroll,,,\n", "2026-06-01", true);
  EXPECT_EQ(s.retired, 1);
  EXPECT_THAT(as_of("2026-05-31"), ElementsAre("insights:?", "payroll:y"));
  // payroll's blank answer is an answer: unknown from 2026-06-01.
  EXPECT_THAT(as_of("2026-06-01"), ElementsAre("payroll:?"));
  EXPECT_EQ(store::load_services(db).size(), 1u);
  // A retired service comes back as a change, with a new version.
  services_at(std::string(header) + "insights,Insights app,Analytics,no\n", "2026-09-01");
  EXPECT_THAT(as_of("2026-09-01"), ElementsAre("insights:n", "payroll:?"));
}

TEST_F(ServiceVersions, EachChangeIsOnTheAuditTrailWithItsFactsBeforeAndAfter) {
  services_at(std::string(header) + "insights,,,yes\n", "2026-07-01");
  SQLite::Statement q(db.sql(),
                      "SELECT action, before IS NULL, instr(after, "
                      "'\"affects_financial_reporting\":true') > 0 FROM service_change "
                      "WHERE service = 'insights' ORDER BY id");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "added");
  EXPECT_EQ(q.getColumn(1).getInt(), 1);
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "changed");
  EXPECT_EQ(q.getColumn(1).getInt(), 0);
  EXPECT_EQ(q.getColumn(2).getInt(), 1);
  EXPECT_FALSE(q.executeStep());
}

constexpr const char* exclusions_header =
    "service,name,soc1_objectives,soc1_objectives_excluded,soc1_exclusion_reason\n";

TEST_F(ServiceVersions, AnExclusionOfAnObjectiveInScopeIsKeptWithItsReason) {
  services_at(std::string(exclusions_header) +
                  "payroll,,BP-CUTOFF,bp-cutoff;BP-AUTHORIZATION,No batch cutoff: pay runs are "
                  "released one by one\n",
              "2026-02-01");
  const auto all = store::load_services(db);
  const auto& payroll = all.at(1);
  ASSERT_EQ(payroll.slug, "payroll");
  EXPECT_EQ(payroll.soc1_objectives, (std::vector<std::string>{"BP-CUTOFF"}));
  // In catalog order: the business-process defaults come before BP-CUTOFF.
  EXPECT_EQ(payroll.soc1_objectives_excluded,
            (std::vector<std::string>{"BP-AUTHORIZATION", "BP-CUTOFF"}));
  EXPECT_EQ(payroll.soc1_exclusion_reason, "No batch cutoff: pay runs are released one by one");
  // The version before the exclusion has none.
  EXPECT_TRUE(store::load_services_as_of(db, *Date::parse("2026-01-31"))
                  .at(1)
                  .soc1_objectives_excluded.empty());
}

TEST_F(ServiceVersions, AnExclusionOutOfScopeOrWithoutAReasonIsRefusedAndNothingIsWritten) {
  const auto before = state();
  auto e = failure([&] {
    services_at(std::string(exclusions_header) +
                    "payroll,,,BP-CUTOFF,Not named in soc1_objectives\n"  // not in scope
                    "insights,,,ITGC-ACCESS,\n"                           // no reason
                    "new-one,New,,CC6.1,Wrong framework\n",               // a criterion
                "2026-02-01");
  });
  const auto msgs = all_messages(e);
  // Columns count characters: each message points at its cell.
  EXPECT_TRUE(mentions(e, 2, 11, "BP-CUTOFF is not in this service's SOC 1 scope")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 24, "an excluded objective needs its reason")) << msgs;
  EXPECT_TRUE(mentions(e, 4, 14, "CC6.1 is a Trust Services Criterion")) << msgs;
  EXPECT_EQ(e.total(), 3u) << msgs;
  EXPECT_EQ(state(), before);
}

}  // namespace
}  // namespace socready::import::testing

// Runs of missing periods by hand: which consecutive periods of one control become one row of a
// deviations table (and one item of the `score` JSON), and where that row sits.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "scoring/missing_runs.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using testing::day;

Deviation missing(const char* control, const char* first_day, const char* period) {
  return {control, day(first_day), std::nullopt, period, {}, {}, "", {}};
}

std::vector<std::pair<std::size_t, std::size_t>> pairs(const std::vector<MissingRun>& runs) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& r : runs) out.emplace_back(r.first, r.last);
  return out;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

TEST(MissingRuns, ThreeOrMoreInARowAreOneRunFewerStayApart) {
  // Months: 01 alone; 03, 04 (two in a row); 06, 07, 08 (three); a gap; 10, 11, 12, 2027-01
  // (four, across the year).
  const std::vector<Deviation> d = {
      missing("A", "2026-01-01", "2026-01"), missing("A", "2026-03-01", "2026-03"),
      missing("A", "2026-04-01", "2026-04"), missing("A", "2026-06-01", "2026-06"),
      missing("A", "2026-07-01", "2026-07"), missing("A", "2026-08-01", "2026-08"),
      missing("A", "2026-10-01", "2026-10"), missing("A", "2026-11-01", "2026-11"),
      missing("A", "2026-12-01", "2026-12"), missing("A", "2027-01-01", "2027-01")};
  std::vector<const Deviation*> p;
  for (const auto& x : d) p.push_back(&x);
  const auto runs = missing_runs(p, PeriodKind::month);
  EXPECT_EQ(pairs(runs), (Pairs{{0, 0}, {1, 1}, {2, 2}, {3, 5}, {6, 9}}));
  EXPECT_EQ(runs[3].periods(), 3u);
  EXPECT_EQ(run_label(*p[3], *p[5]), "2026-06 to 2026-08");
  EXPECT_EQ(run_label(*p[0], *p[0]), "2026-01");
  // Without a period kind (an automated control) no two periods are consecutive.
  EXPECT_EQ(pairs(missing_runs(p, std::nullopt)).size(), 10u);
  // Weeks: ISO week 1 of 2026 begins on Monday 2025-12-29, week 2 on 2026-01-05.
  const std::vector<Deviation> w = {missing("B", "2025-12-22", "2025-W52"),
                                    missing("B", "2025-12-29", "2026-W01"),
                                    missing("B", "2026-01-05", "2026-W02")};
  const std::vector<const Deviation*> pw = {&w[0], &w[1], &w[2]};
  EXPECT_EQ(pairs(missing_runs(pw, PeriodKind::iso_week)), (Pairs{{0, 2}}));
  EXPECT_TRUE(missing_runs({}, PeriodKind::month).empty());
}

TEST(MissingRuns, TwoControlsInterleavedCollapseEachOnItsOwn) {
  // By date then control, as deviations_of gives them: A (monthly) misses January to April and
  // failed a test on 2026-02-10; B (weekly) misses weeks 2 and 3 only, and then 2026-W10 to W12.
  auto entry = [](Deviation d, bool key) { return ReadinessDeviation{d, {"CC1.1"}, key}; };
  Deviation test{"A", day("2026-02-10"), TestResult::fail, "", 25, 1, "", {}};
  const std::vector<ReadinessDeviation> list = {
      entry(missing("A", "2026-01-01", "2026-01"), true),
      entry(missing("B", "2026-01-05", "2026-W02"), false),
      entry(missing("B", "2026-01-12", "2026-W03"), false),
      entry(missing("A", "2026-02-01", "2026-02"), true),
      entry(test, true),
      entry(missing("A", "2026-03-01", "2026-03"), true),
      entry(missing("B", "2026-03-02", "2026-W10"), false),
      entry(missing("B", "2026-03-09", "2026-W11"), false),
      entry(missing("B", "2026-03-16", "2026-W12"), false),
      entry(missing("A", "2026-04-01", "2026-04"), true)};
  const auto rows = deviation_rows(list, [](std::string_view c) {
    return c == "A" ? std::optional(PeriodKind::month) : std::optional(PeriodKind::iso_week);
  });
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].deviation->control, "A");
  EXPECT_EQ(rows[0].deviation->date, day("2026-01-01"));
  EXPECT_EQ(rows[0].periods, 4u);
  EXPECT_EQ(rows[0].missing_label(), "2026-01 to 2026-04 (4 periods)");
  EXPECT_TRUE(rows[0].key_control);
  EXPECT_EQ(rows[1].missing_label(), "2026-W02");
  EXPECT_EQ(rows[2].missing_label(), "2026-W03");
  EXPECT_EQ(rows[3].deviation->result, TestResult::fail);
  EXPECT_EQ(rows[4].deviation->control, "B");
  EXPECT_EQ(rows[4].deviation->date, day("2026-03-02"));
  EXPECT_EQ(rows[4].missing_label(), "2026-W10 to 2026-W12 (3 periods)");
  EXPECT_EQ(*rows[4].requirements, std::vector<std::string>{"CC1.1"});
}

ControlScore weekly_control(const char* key) {
  ControlScore c;
  c.key = key;
  c.nature = Nature::manual;
  c.frequency = Frequency::weekly;
  c.type = ReportType::type2;
  return c;
}

TEST(ControlDeviationRows, RunsCollapseInTheControlsOwnOrder) {
  // Tests first, then the missing periods by date, as scoring lists them: weeks 2 to 4 are one
  // run, week 7 stands alone.
  ControlScore c = weekly_control("A");
  c.deviations = {{"A", day("2026-02-10"), TestResult::fail, "", 25, 1, "", {}},
                  missing("A", "2026-01-05", "2026-W02"),
                  missing("A", "2026-01-12", "2026-W03"),
                  missing("A", "2026-01-19", "2026-W04"),
                  missing("A", "2026-02-09", "2026-W07")};
  const auto rows = control_deviation_rows(c);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].deviation, &c.deviations[0]);
  EXPECT_EQ(rows[0].last, nullptr);
  EXPECT_EQ(rows[1].deviation, &c.deviations[1]);
  EXPECT_EQ(rows[1].last, &c.deviations[3]);
  EXPECT_EQ(rows[1].missing_label(), "2026-W02 to 2026-W04 (3 periods)");
  EXPECT_EQ(rows[2].missing_label(), "2026-W07");
  // An automated control misses single records, never periods in a row.
  c.nature = Nature::automated;
  EXPECT_EQ(control_deviation_rows(c).size(), 5u);
}

TEST(DeviatingControls, EachControlOnceWithEveryRequirementItAddresses) {
  auto a = std::make_shared<const ControlScore>([] {
    ControlScore c = weekly_control("A");
    c.deviations = {missing("A", "2026-01-05", "2026-W02")};
    return c;
  }());
  auto clean = std::make_shared<const ControlScore>(weekly_control("B"));
  Readiness r;
  r.type = ReportType::type2;
  r.requirements.resize(2);
  r.requirements[0].code = "CC1.1";
  hold_controls(r.requirements[0], {a, clean});
  r.requirements[1].code = "CC2.1";
  hold_controls(r.requirements[1], {a});
  const auto controls = deviating_controls(r);
  ASSERT_EQ(controls.size(), 1u);
  EXPECT_EQ(controls[0].control, a.get());
  EXPECT_EQ(controls[0].requirements, (std::vector<std::string>{"CC1.1", "CC2.1"}));
  // Type I has no window, so no deviations to list.
  r.type = ReportType::type1;
  EXPECT_TRUE(deviating_controls(r).empty());
}

}  // namespace
}  // namespace socready::scoring

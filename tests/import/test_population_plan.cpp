// The plan of a populations import, without a database: what is new, on file, listed twice, or
// overlapping another record of its control.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/population_plan.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Date day(const char* iso) { return *Date::parse(iso); }

PopulationRow row(std::int64_t control, const char* key, const char* start, const char* end,
                  int count, std::size_t line) {
  return {control, {key, day(start), day(end), count}, {"p.csv", line, 7}};
}

store::StoredPopulation stored(std::int64_t control, const char* key, const char* start,
                               const char* end, int count) {
  return {control, {key, day(start), day(end), count}};
}

TEST(PopulationPlan, NewRecordsAreAddedInKeyOrder) {
  const std::vector<PopulationRow> rows = {
      row(2, "IAM-03", "2026-07-01", "2026-09-30", 9, 2),
      row(1, "HR-01", "2026-04-01", "2026-06-30", 9, 3),
      row(1, "HR-01", "2026-01-01", "2026-03-31", 8, 4),
      row(1, "HR-01", "2026-07-01", "2026-07-01", 0, 5),  // a day right after: no overlap
  };
  const auto plan = plan_populations({}, rows);
  EXPECT_THAT(plan.overlaps, IsEmpty());
  EXPECT_THAT(plan.added, ElementsAre(2u, 1u, 3u, 0u));
  EXPECT_EQ(plan.unchanged, 0);
  EXPECT_EQ(plan.repeated, 0);
}

TEST(PopulationPlan, TheSameRecordTwiceIsOneRecord) {
  const std::vector<PopulationRow> rows = {
      row(1, "HR-01", "2026-01-01", "2026-03-31", 8, 2),
      row(1, "HR-01", "2026-04-01", "2026-06-30", 9, 3),
      row(1, "HR-01", "2026-01-01", "2026-03-31", 8, 4),  // repeats line 2
      row(1, "HR-01", "2026-04-01", "2026-06-30", 9, 5),  // on file
  };
  const auto plan = plan_populations({stored(1, "HR-01", "2026-04-01", "2026-06-30", 9)}, rows);
  EXPECT_THAT(plan.overlaps, IsEmpty());
  EXPECT_THAT(plan.added, ElementsAre(0u));
  EXPECT_EQ(plan.unchanged, 2);  // lines 3 and 5
  EXPECT_EQ(plan.repeated, 1);   // line 4
}

TEST(PopulationPlan, OverlapsInTheFileNameBothRecords) {
  const std::vector<PopulationRow> rows = {
      row(1, "HR-01", "2026-01-01", "2026-03-31", 8, 2),
      row(2, "IAM-03", "2026-01-01", "2026-12-31", 30, 3),  // another control: fine
      row(1, "HR-01", "2026-03-31", "2026-06-30", 9, 4),    // shares 03-31 with line 2
      row(1, "HR-01", "2026-01-01", "2026-03-31", 7, 5),    // same period, another count
  };
  const auto plan = plan_populations({}, rows);
  ASSERT_EQ(plan.overlaps.size(), 2u);
  EXPECT_EQ(plan.overlaps[0].row, 2u);
  EXPECT_EQ(plan.overlaps[0].message,
            "HR-01 2026-03-31 to 2026-06-30 overlaps HR-01 2026-01-01 to 2026-03-31 (count 8) on "
            "line 2; the population periods of one control may not overlap, or their instances "
            "would count twice");
  // Reported at the later line, naming the earlier one.
  EXPECT_EQ(plan.overlaps[1].row, 3u);
  EXPECT_THAT(plan.overlaps[1].message,
              ::testing::StartsWith("HR-01 2026-01-01 to 2026-03-31 overlaps HR-01 2026-01-01 to "
                                    "2026-03-31 (count 8) on line 2;"));
}

TEST(PopulationPlan, OverlapsWithRecordsOnFileAreReportedAtTheFileRow) {
  const std::vector<store::StoredPopulation> on_file = {
      stored(1, "HR-01", "2026-01-01", "2026-03-31", 8),
      stored(1, "HR-01", "2026-04-01", "2026-06-30", 9),
  };
  // A correction of a count on file, and a record that starts before one on file and ends in it.
  const std::vector<PopulationRow> rows = {
      row(1, "HR-01", "2026-04-01", "2026-06-30", 10, 2),
      row(1, "HR-01", "2025-12-01", "2026-01-15", 3, 3),
  };
  const auto plan = plan_populations(on_file, rows);
  ASSERT_EQ(plan.overlaps.size(), 2u);
  EXPECT_EQ(plan.overlaps[0].row, 0u);
  EXPECT_THAT(plan.overlaps[0].message,
              ::testing::StartsWith("HR-01 2026-04-01 to 2026-06-30 overlaps HR-01 2026-04-01 to "
                                    "2026-06-30 (count 9) already on file;"));
  EXPECT_EQ(plan.overlaps[1].row, 1u);
  EXPECT_THAT(plan.overlaps[1].message,
              ::testing::StartsWith("HR-01 2025-12-01 to 2026-01-15 overlaps HR-01 2026-01-01 to "
                                    "2026-03-31 (count 8) already on file;"));
}

TEST(PopulationPlan, ARecordInsideALongerOneIsCaughtWhateverTheOrder) {
  // The long record ends last, so every later one of its control is compared with it.
  const std::vector<PopulationRow> rows = {
      row(1, "HR-01", "2026-05-01", "2026-05-31", 2, 2),
      row(1, "HR-01", "2026-08-01", "2026-08-31", 2, 3),
      row(1, "HR-01", "2026-01-01", "2026-12-31", 20, 4),
  };
  const auto plan = plan_populations({}, rows);
  ASSERT_EQ(plan.overlaps.size(), 2u);
  EXPECT_EQ(plan.overlaps[0].row, 2u);
  EXPECT_EQ(plan.overlaps[1].row, 2u);
}

}  // namespace
}  // namespace socready::import

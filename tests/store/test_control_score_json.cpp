#include <gtest/gtest.h>

#include <algorithm>

#include "core/error.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"
#include "store/control_score_json.hpp"

namespace socready::scoring {
namespace {

using nlohmann::json;
using namespace store;

std::vector<ControlScore> some_scores() {
  std::vector<ControlScore> out;
  for (const auto& r : score(testing::random_inventory(7, 4, 60), {testing::random_as_of(), 6}))
    for (Framework f : all_frameworks)
      for (ReportType t : all_report_types)
        for (const auto& q : r.readiness(f, t).requirements)
          for (const auto& c : q.controls) out.push_back(*c);
  return out;
}

TEST(ControlScoreJson, ObjectAndRowRoundTripExactly) {
  const auto scores = some_scores();
  ASSERT_GT(scores.size(), 50u);
  const ControlScoreRowReader reader(control_score_columns());
  for (const auto& c : scores) {
    EXPECT_EQ(control_score_from_json(json::parse(control_score_json(c).dump())), c) << c.key;
    EXPECT_EQ(reader.read(json::parse(control_score_row(c).dump())), c) << c.key;
  }
}

TEST(ControlScoreJson, RowsAreReadByColumnNameInAnyOrder) {
  const auto c = some_scores().front();
  json columns = control_score_columns();
  json row = control_score_row(c);
  // Reverse both, and add a column this version does not know.
  std::reverse(columns.begin(), columns.end());
  std::reverse(row.begin(), row.end());
  columns.push_back("added_later");
  row.push_back(42);
  EXPECT_EQ(ControlScoreRowReader(columns).read(row), c);
}

TEST(ControlScoreJson, MissingColumnsAndShortRowsAreErrors) {
  json columns = control_score_columns();
  columns.erase(columns.begin() + 3);
  EXPECT_THROW(ControlScoreRowReader{columns}, Error);
  EXPECT_THROW(ControlScoreRowReader{json::object()}, Error);

  const ControlScoreRowReader reader(control_score_columns());
  json row = control_score_row(some_scores().front());
  row.erase(row.end() - 1);
  EXPECT_THROW(reader.read(row), Error);
  json bad = control_score_row(some_scores().front());
  bad[3] = "brilliant";  // status
  EXPECT_THROW(reader.read(bad), Error);
  json object = control_score_json(some_scores().front());
  object.erase("score");
  EXPECT_THROW(control_score_from_json(object), Error);
}

// A period without evidence is a [date, period] pair; a test, or a missing period with more to
// say, stays an object. Periods frozen before migration 0015 are objects and still read.
TEST(ControlScoreJson, MissingPeriodsAreCompactPairsAndTheOldObjectsStillRead) {
  ControlScore c = some_scores().front();
  c.deviations.clear();
  Deviation missing;
  missing.control = c.key;
  missing.date = *Date::parse("2026-03-30");
  missing.period = "2026-W14";
  Deviation answered = missing;
  answered.management_response = "backup job moved";
  Deviation failed;
  failed.control = c.key;
  failed.date = *Date::parse("2026-04-02");
  failed.result = TestResult::fail;
  failed.sample_size = 25;
  failed.deviations = 2;
  c.deviations = {missing, answered, failed};

  const json row = control_score_row(c);
  const json columns = control_score_columns();
  const auto at = std::find(columns.begin(), columns.end(), "deviations") - columns.begin();
  const json& written = row[static_cast<std::size_t>(at)];
  EXPECT_EQ(written[0], json::array({"2026-03-30", "2026-W14"}));
  EXPECT_TRUE(written[1].is_object());
  EXPECT_TRUE(written[2].is_object());
  const ControlScoreRowReader reader(columns);
  EXPECT_EQ(reader.read(json::parse(row.dump())), c);
  EXPECT_EQ(control_score_from_json(json::parse(control_score_json(c).dump())), c);

  json old = row;
  old[static_cast<std::size_t>(at)][0] = {{"control", c.key},          {"date", "2026-03-30"},
                                          {"result", nullptr},         {"period", "2026-W14"},
                                          {"sample_size", nullptr},    {"deviations", nullptr},
                                          {"management_response", ""}, {"remediated_on", nullptr}};
  EXPECT_EQ(reader.read(old), c);

  json bad = row;
  bad[static_cast<std::size_t>(at)][0] = json::array({"2026-03-30"});
  EXPECT_THROW(reader.read(bad), Error);
}

}  // namespace
}  // namespace socready::scoring

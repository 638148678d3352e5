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

}  // namespace
}  // namespace socready::scoring

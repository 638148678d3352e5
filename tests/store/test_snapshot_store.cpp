#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/error.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"
#include "store/database.hpp"
#include "store/snapshot_store.hpp"

namespace socready::store {
namespace {

using scoring::ServiceResult;

std::vector<ServiceResult> some_results() {
  return scoring::score(scoring::testing::random_inventory(5),
                        {scoring::testing::random_as_of(), 6});
}

// The message of the DatabaseError `f` throws (exit 3), or "" when it throws none.
template <typename F>
std::string database_error(F&& f) {
  try {
    f();
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.code(), ExitCode::internal);
    return e.what();
  }
  return "";
}

TEST(SnapshotStore, ReadsBackWhatItFroze) {
  Database db(":memory:");
  const auto results = some_results();
  ASSERT_GT(results.size(), 2u);
  const Date as_of = scoring::testing::random_as_of();
  save_snapshot(db, {"2026-Q3", as_of, 6, ""}, results, {});

  const auto snapshot = load_snapshot(db, "2026-Q3");
  ASSERT_TRUE(snapshot);
  EXPECT_EQ(snapshot->info.period, "2026-Q3");
  EXPECT_EQ(snapshot->info.as_of, as_of);
  EXPECT_EQ(snapshot->info.window_months, 6);
  ASSERT_EQ(snapshot->services.size(), results.size());
  for (const auto& original : results) {
    auto it = std::find_if(snapshot->services.begin(), snapshot->services.end(),
                           [&](const ServiceResult& r) { return r.service == original.service; });
    ASSERT_NE(it, snapshot->services.end()) << original.service;
    EXPECT_EQ(*it, original) << original.service;
  }
  EXPECT_FALSE(load_snapshot(db, "2026-Q2"));
  EXPECT_EQ(latest_frozen_quarter(db), (Quarter{2026, 3}));
}

TEST(SnapshotStore, HistoryKeepsTheBand) {
  Database db(":memory:");
  const auto results = some_results();
  save_snapshot(db, {"2026-Q3", scoring::testing::random_as_of(), 6, ""}, results, {});
  const auto points = load_history(db);
  ASSERT_EQ(points.size(), 4 * results.size());
  for (const auto& p : points) {
    auto it = std::find_if(results.begin(), results.end(),
                           [&](const ServiceResult& r) { return r.service == p.service; });
    ASSERT_NE(it, results.end());
    EXPECT_EQ(p.band, it->readiness(p.framework, p.type).band) << p.service;
  }
}

TEST(SnapshotStore, NoFrozenQuarterIsNone) {
  Database db(":memory:");
  EXPECT_FALSE(latest_frozen_quarter(db));
  EXPECT_TRUE(list_snapshots(db).empty());
}

TEST(SnapshotStore, AnUnreadableDateNamesTheTableAndRow) {
  Database db(":memory:");
  db.sql().exec(
      "INSERT INTO snapshot (period, as_of, window_months, created_at) "
      "VALUES ('2026-Q2', '2026-06-31', 6, '')");
  const std::string message = database_error([&] { list_snapshots(db); });
  EXPECT_NE(message.find("table snapshot, row period 2026-Q2"), std::string::npos) << message;
  EXPECT_NE(message.find("as_of '2026-06-31'"), std::string::npos) << message;
  EXPECT_EQ(database_error([&] { load_snapshot(db, "2026-Q2"); }), message);
}

TEST(SnapshotStore, AnUnreadablePeriodNamesTheTableAndRow) {
  Database db(":memory:");
  db.sql().exec(
      "INSERT INTO snapshot (period, as_of, window_months, created_at) "
      "VALUES ('summer', '2026-06-30', 6, '')");
  const std::string message = database_error([&] { latest_frozen_quarter(db); });
  EXPECT_NE(message.find("table snapshot, row period summer"), std::string::npos) << message;
}

TEST(SnapshotStore, AnUnknownBandNamesTheTableAndRow) {
  Database db(":memory:");
  save_snapshot(db, {"2026-Q3", scoring::testing::random_as_of(), 6, ""}, some_results(), {});
  db.sql().exec(
      "INSERT INTO snapshot_score (snapshot_id, service_slug, framework, type, applies, "
      "readiness, band, in_scope, covered, blockers) "
      "SELECT id, 'zz-last', 'SOC2', 'II', 1, 50.0, 'Brilliant', 1, 1, 0 FROM snapshot");
  const std::string message = database_error([&] { load_history(db); });
  EXPECT_NE(message.find("table snapshot_score, row snapshot_id 1, service_slug zz-last, "
                         "framework SOC2, type II: cannot read band 'Brilliant'"),
            std::string::npos)
      << message;
}

}  // namespace
}  // namespace socready::store

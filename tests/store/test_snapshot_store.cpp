#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

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

// Read back by product line (byte order, services without one last), then slug, whatever order
// they were frozen in.
TEST(SnapshotStore, ReadsServicesBackByProductLineThenSlug) {
  Database db(":memory:");
  auto results = some_results();
  ASSERT_GE(results.size(), 5u);
  const std::vector<std::pair<std::string, std::string>> frozen{
      {"", "aaa"}, {"b-line", "x"}, {"B-line", "z"}, {"b-line", "a"}, {"", "0"}};
  for (std::size_t i = 0; i < frozen.size(); ++i)
    std::tie(results[i].product_line, results[i].service) = frozen[i];
  results.resize(frozen.size());
  save_snapshot(db, {"2026-Q3", scoring::testing::random_as_of(), 6, ""}, results, {});
  const auto snapshot = load_snapshot(db, "2026-Q3");
  ASSERT_TRUE(snapshot);
  std::vector<std::string> order;
  for (const auto& r : snapshot->services) order.push_back(r.product_line + "/" + r.service);
  EXPECT_EQ(order, (std::vector<std::string>{"B-line/z", "b-line/a", "b-line/x", "/0", "/aaa"}));
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

// A second snapshot, 2026-Q2, made of the first one's rows with `controls` and `service` as
// SQL expressions of the first's `detail`.
void copy_snapshot(Database& db, const std::string& controls, const std::string& service) {
  db.sql().exec(
      "INSERT INTO snapshot (id, period, as_of, window_months, created_at) "
      "VALUES (2, '2026-Q2', '2026-06-30', 6, '')");
  db.sql().exec("INSERT INTO snapshot_controls (snapshot_id, detail) SELECT 2, " + controls +
                " FROM snapshot_controls WHERE snapshot_id = 1");
  db.sql().exec(
      "INSERT INTO snapshot_service (snapshot_id, service_slug, product_line, detail) "
      "SELECT 2, service_slug, product_line, " +
      service + " FROM snapshot_service WHERE snapshot_id = 1");
}

Database frozen_once() {
  Database db(":memory:");
  save_snapshot(db, {"2026-Q3", scoring::testing::random_as_of(), 6, ""}, some_results(), {});
  return db;
}

TEST(SnapshotStore, ACopyOfAFrozenSnapshotReadsTheSame) {
  Database db = frozen_once();
  copy_snapshot(db, "detail", "detail");
  EXPECT_EQ(load_snapshot(db, "2026-Q2")->services, load_snapshot(db, "2026-Q3")->services);
}

// Text that does not parse: the database's fault, naming the period. The copy's shared scores
// and service details are the originals rewritten by the SQL expressions given.
void expect_unreadable_copy(const char* shared, const char* service) {
  Database db = frozen_once();
  copy_snapshot(db, shared, service);
  const std::string message = database_error([&] { load_snapshot(db, "2026-Q2"); });
  EXPECT_NE(message.find("snapshot 2026-Q2 is unreadable"), std::string::npos) << message;
}

TEST(SnapshotStore, TruncatedSharedScoresAreADatabaseError) {
  expect_unreadable_copy("substr(detail, 1, length(detail) / 2)", "detail");
}

// An empty row is not the absence of one (frozen before scores were shared).
TEST(SnapshotStore, AnEmptySharedScoresRowIsADatabaseError) {
  expect_unreadable_copy("''", "detail");
}

TEST(SnapshotStore, ATruncatedServiceIsADatabaseError) {
  expect_unreadable_copy("detail", "substr(detail, 1, length(detail) - 1)");
}

// JSON that parses but is not what the writers wrote: an internal error, as before.
TEST(SnapshotStore, AServiceOfTheWrongShapeIsMalformed) {
  Database db = frozen_once();
  copy_snapshot(db, "detail", "'{\"service\": 7}'");
  try {
    load_snapshot(db, "2026-Q2");
    ADD_FAILURE() << "no error";
  } catch (const DatabaseError& e) {
    ADD_FAILURE() << e.what();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::internal);
    EXPECT_NE(std::string(e.what()).find("malformed scoring result JSON"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace socready::store

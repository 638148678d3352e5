// A snapshot's systems (migration 0014): what freezing stores for each system (as on file, its
// score and its plan) reads back equal, a snapshot without systems reads back as none on file,
// and one frozen before snapshots held systems as "not frozen".
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <string>

#include "core/error.hpp"
#include "report/plan_output.hpp"
#include "scoring/plan.hpp"
#include "scoring/readiness.hpp"
#include "scoring/system_score.hpp"
#include "scoring/testing_fixtures.hpp"
#include "store/database.hpp"
#include "store/snapshot_store.hpp"

namespace socready::store {
namespace {

using scoring::testing::day;

System platform() {
  System s;
  s.key = "platform";
  s.name = "The | Platform";
  s.services = {"svc-0", "svc-1", "svc-2"};
  s.description = "Hosted *time* tracking";
  s.commitments = "99.5% a month";
  // SOC 1's period has ended on the as-of date (2026-09-30); SOC 2's is running.
  s.soc1 = PlannedReport{ReportType::type2, day("2026-01-01"), day("2026-06-30")};
  s.soc2 = PlannedReport{ReportType::type2, day("2026-07-01"), day("2026-12-31")};
  s.valid_from = day("2026-02-01");
  return s;
}

// A plan with every field set, which the random inventory's blockers would leave empty.
scoring::Plan full_plan() {
  using namespace scoring;
  Plan p;
  p.system = "platform";
  p.name = "The | Platform";
  p.as_of = day("2026-09-30");
  p.window_months = 6;
  FrameworkPlan soc1;
  soc1.framework = Framework::soc1;
  soc1.blockers = {{"BP-CUTOFF", "no control addresses it"}};
  soc1.no_date_reason = "the annual controls never meet in one window";
  soc1.requirements = 8;
  FrameworkPlan soc2;
  soc2.framework = Framework::soc2;
  soc2.earliest_end = day("2026-12-01");
  soc2.window_opens = day("2026-06-01");
  soc2.deciding = {{"RISK-01", "annual: last run 2025-12-01, next due 2026-12-01", {"CC1.2"}}};
  soc2.planned = PlannedPeriod{day("2026-07-01"), day("2026-12-31")};
  soc2.must_happen = {
      {MustHappenKind::annual_run, "RISK-01", "not yet run in the period; next due 2026-12-01"},
      {MustHappenKind::vendor_report, "host", "no bridge letter runs to 2026-12-31"},
      {MustHappenKind::population, "CHG-01", "no population for 2026-Q3"}};
  soc2.requirements = 33;
  p.frameworks = {soc1, soc2};
  return p;
}

ScoredSystem scored(unsigned seed) {
  auto inventory = scoring::testing::random_inventory(seed);
  scoring::testing::add_random_vendors(inventory, seed);
  const System system = platform();
  return {system, scoring::score_system(inventory, system, {day("2026-09-30"), 6}), full_plan()};
}

void expect_same_score(const scoring::SystemResult& a, const scoring::SystemResult& b) {
  EXPECT_EQ(a.system, b.system);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.services, b.services);
  EXPECT_EQ(a.as_of, b.as_of);
  EXPECT_EQ(a.window_months, b.window_months);
  ASSERT_EQ(a.applicability.size(), b.applicability.size());
  for (std::size_t i = 0; i < a.applicability.size(); ++i) {
    EXPECT_EQ(a.applicability[i].service, b.applicability[i].service);
    EXPECT_EQ(a.applicability[i].applicability, b.applicability[i].applicability);
  }
  ASSERT_EQ(a.frameworks.size(), b.frameworks.size());
  for (std::size_t i = 0; i < a.frameworks.size(); ++i) {
    const auto &x = a.frameworks[i], &y = b.frameworks[i];
    EXPECT_EQ(x.framework, y.framework);
    EXPECT_EQ(x.planned, y.planned);
    EXPECT_EQ(x.applies_to, y.applies_to);
    EXPECT_EQ(x.report, y.report);
    EXPECT_EQ(x.source, y.source);
    EXPECT_EQ(x.window.opens, y.window.opens);
    EXPECT_EQ(x.window.closes, y.window.closes);
    EXPECT_EQ(x.window.projection, y.window.projection);
    EXPECT_EQ(x.type1, y.type1);
    EXPECT_EQ(x.type2, y.type2);
  }
}

TEST(SystemSnapshot, ASystemReadsBackAsItWasFrozen) {
  Database db(":memory:");
  const ScoredSystem original = scored(7);
  // Both planned frameworks are scored, SOC 1 then SOC 2.
  ASSERT_EQ(original.score.frameworks.size(), 2u);
  save_snapshot(db, {"2026-Q3", day("2026-09-30"), 6, ""}, {}, {original});

  const auto snapshot = load_snapshot(db, "2026-Q3");
  ASSERT_TRUE(snapshot);
  ASSERT_TRUE(snapshot->systems);
  ASSERT_EQ(snapshot->systems->size(), 1u);
  const ScoredSystem& back = snapshot->systems->front();
  EXPECT_TRUE(back.system.same_content(original.system));
  EXPECT_EQ(back.system.valid_from, day("2026-02-01"));
  expect_same_score(back.score, original.score);
  // plan_json (socready plan --format json) writes every field of a plan.
  EXPECT_EQ(report::plan_json(back.plan), report::plan_json(original.plan));

  // By hand, from the planned periods and the as-of date 2026-09-30 (SPEC §4b): SOC 1's period
  // ended, so Type II is over the whole of it; SOC 2's runs, a projection from its start.
  const auto& soc1 = back.score.frameworks[0];
  EXPECT_EQ(soc1.source, scoring::WindowSource::period);
  EXPECT_EQ(soc1.window.opens, day("2026-01-01"));
  EXPECT_EQ(soc1.window.closes, day("2026-06-30"));
  EXPECT_FALSE(soc1.window.projection);
  const auto& soc2 = back.score.frameworks[1];
  EXPECT_EQ(soc2.source, scoring::WindowSource::projection);
  EXPECT_EQ(soc2.window.opens, day("2026-07-01"));
  EXPECT_EQ(soc2.window.closes, day("2026-09-30"));
  EXPECT_TRUE(soc2.window.projection);
  ASSERT_EQ(back.plan.frameworks.size(), 2u);
  EXPECT_EQ(back.plan.frameworks[1].earliest_end, day("2026-12-01"));
  ASSERT_EQ(back.plan.frameworks[1].must_happen.size(), 3u);
  EXPECT_EQ(back.plan.frameworks[1].must_happen[1].kind, scoring::MustHappenKind::vendor_report);
}

TEST(SystemSnapshot, ManySeedsRoundTrip) {
  for (unsigned seed = 1; seed <= 8; ++seed) {
    Database db(":memory:");
    const ScoredSystem original = scored(seed);
    save_snapshot(db, {"2026-Q3", day("2026-09-30"), 6, ""}, {}, {original});
    const auto snapshot = load_snapshot(db, "2026-Q3");
    ASSERT_TRUE(snapshot && snapshot->systems && snapshot->systems->size() == 1u) << seed;
    expect_same_score(snapshot->systems->front().score, original.score);
  }
}

TEST(SystemSnapshot, NoSystemOnFileIsFrozenAsNone) {
  Database db(":memory:");
  save_snapshot(db, {"2026-Q3", day("2026-09-30"), 6, ""}, {}, {});
  const auto snapshot = load_snapshot(db, "2026-Q3");
  ASSERT_TRUE(snapshot);
  ASSERT_TRUE(snapshot->systems);  // frozen: there were none
  EXPECT_TRUE(snapshot->systems->empty());
}

TEST(SystemSnapshot, ASnapshotFrozenBeforeSystemsWereHasNone) {
  Database db(":memory:");
  // As a version before migration 0014 froze it: no snapshot_systems row.
  db.sql().exec(
      "INSERT INTO snapshot (period, as_of, window_months, created_at) "
      "VALUES ('2026-Q2', '2026-06-30', 6, '')");
  const auto snapshot = load_snapshot(db, "2026-Q2");
  ASSERT_TRUE(snapshot);
  EXPECT_FALSE(snapshot->systems);
}

TEST(SystemSnapshot, FrozenSystemsNeverChange) {
  Database db(":memory:");
  save_snapshot(db, {"2026-Q3", day("2026-09-30"), 6, ""}, {}, {scored(3)});
  EXPECT_THROW(db.sql().exec("UPDATE snapshot_systems SET detail = '{}'"), SQLite::Exception);
  EXPECT_THROW(db.sql().exec("DELETE FROM snapshot_systems"), SQLite::Exception);
}

TEST(SystemSnapshot, AnUnreadableSystemNamesThePeriod) {
  Database db(":memory:");
  db.sql().exec(R"sql(
    INSERT INTO snapshot (id, period, as_of, window_months, created_at)
    VALUES (1, '2026-Q2', '2026-06-30', 6, '');
    INSERT INTO snapshot_systems (snapshot_id, detail) VALUES (1, '{"systems": [{"system": 1}]}');
  )sql");
  try {
    load_snapshot(db, "2026-Q2");
    ADD_FAILURE() << "no error";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("snapshot 2026-Q2's systems are unreadable"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace socready::store

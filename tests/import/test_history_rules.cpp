// The import-wide rules that keep history from being bent (docs/reliability.md, "Hardening
// promises"): decided from what is on file, before any row is read.
#include <gtest/gtest.h>

#include "import/history_rules.hpp"
#include "import/import_fixture.hpp"
#include "store/snapshot_store.hpp"

namespace socready::import::testing {
namespace {

Date day(const char* iso) { return *Date::parse(iso); }

ImportOptions options_at(const char* effective, bool replace = false) {
  return ImportOptions{day(effective), kToday, false, replace, "test"};
}

std::string joined(const std::vector<std::string>& messages) {
  std::string s;
  for (const auto& m : messages) s += m + "\n";
  return s;
}

TEST(HistoryRules, AnEffectiveDateAfterTodayIsRefused) {
  const HistoryOnFile none;
  EXPECT_TRUE(history_problems(Entity::controls, options_at("2026-11-26"), none).empty());
  const auto refused = history_problems(Entity::evidence, options_at("9999-12-31"), none);
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_NE(refused[0].find("--effective 9999-12-31 is after today (2026-11-26)"),
            std::string::npos)
      << refused[0];
}

TEST(HistoryRules, AnImportOnOrBeforeAFrozenAsOfDateIsRefusedNamingThePeriod) {
  HistoryOnFile h;
  h.latest_frozen = FrozenPeriod{"2026-Q4", day("2026-11-20")};
  for (const char* date : {"2026-10-01", "2026-11-20"}) {
    const auto refused = history_problems(Entity::controls, options_at(date), h);
    ASSERT_EQ(refused.size(), 1u) << joined(refused);
    EXPECT_NE(refused[0].find("frozen period 2026-Q4"), std::string::npos) << refused[0];
    EXPECT_NE(refused[0].find("--effective 2026-11-21 or later"), std::string::npos) << refused[0];
  }
  EXPECT_TRUE(history_problems(Entity::controls, options_at("2026-11-21"), h).empty());
  // CUECs, vendors, service facts and systems are versions too: a frozen quarter's pages list
  // them as of its date.
  for (auto kind : {Entity::cuecs, Entity::subservice, Entity::services, Entity::systems}) {
    SCOPED_TRACE(std::string(name(kind)));
    EXPECT_EQ(history_problems(kind, options_at("2026-11-20"), h).size(), 1u);
    EXPECT_TRUE(history_problems(kind, options_at("2026-11-21"), h).empty());
  }
  // Evidence and tests are not valid from their effective date: no period changes.
  for (auto kind : {Entity::evidence, Entity::tests}) {
    SCOPED_TRACE(std::string(name(kind)));
    EXPECT_TRUE(history_problems(kind, options_at("2026-11-20"), h).empty());
  }
}

TEST(HistoryRules, AReplaceDatedBeforeALaterControlsImportIsRefused) {
  HistoryOnFile h;
  h.latest_controls_effective = day("2026-10-01");
  const auto refused = history_problems(Entity::controls, options_at("2026-02-01", true), h);
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_NE(refused[0].find("--replace effective 2026-02-01 would retire controls"),
            std::string::npos)
      << refused[0];
  // The same date, a later one, or no --replace at all: allowed.
  EXPECT_TRUE(history_problems(Entity::controls, options_at("2026-10-01", true), h).empty());
  EXPECT_TRUE(history_problems(Entity::controls, options_at("2026-11-01", true), h).empty());
  EXPECT_TRUE(history_problems(Entity::controls, options_at("2026-02-01"), h).empty());
}

const std::string kHeader = "control_id,title,services,tsc,status\n";

using HistoryImport = ImportFixture;

TEST_F(HistoryImport, HistoryOnFileHasTheLatestFrozenPeriodAndControlsImport) {
  controls(kHeader + "AC-01,A,*,CC6.1,implemented\n", "2026-01-01");
  controls(kHeader + "AC-01,A,*,CC6.1,implemented\n", "2026-07-01");
  evidence("control_id,collected_on\nAC-01,2026-01-05\n");
  store::save_snapshot(db, {"2026-Q1", day("2026-03-31"), 6, ""}, {}, {});
  store::save_snapshot(db, {"2026-Q2", day("2026-05-20"), 6, ""}, {}, {});
  const auto h = history_on_file(db);
  ASSERT_TRUE(h.latest_frozen);
  EXPECT_EQ(h.latest_frozen->period, "2026-Q2");
  EXPECT_EQ(h.latest_frozen->as_of, day("2026-05-20"));
  EXPECT_EQ(h.latest_controls_effective, day("2026-07-01"));
}

TEST_F(HistoryImport, ABackDatedReplaceWritesNothing) {
  controls(kHeader + "AC-01,A,*,CC6.1,implemented\nAC-02,B,*,CC6.2,implemented\n", "2026-01-01");
  controls(kHeader + "AC-01,A,*,CC6.1,implemented\nAC-02,B,*,CC6.2,implemented\n", "2026-04-01");
  const auto before = state();
  auto e = failure([&] { controls(kHeader, "2026-02-01", true); });
  EXPECT_NE(all_messages(e).find("controls.csv: error: --replace effective 2026-02-01"),
            std::string::npos)
      << all_messages(e);
  EXPECT_EQ(state(), before);
}

TEST_F(HistoryImport, AnImportIntoAFrozenPeriodWritesNothing) {
  controls(kHeader + "AC-01,A,*,CC6.1,implemented\n", "2026-01-01");
  store::save_snapshot(db, {"2026-Q1", day("2026-03-31"), 6, ""}, {}, {});
  const auto before = state();
  auto e = failure([&] { controls(kHeader + "AC-01,A,*,CC6.1,planned\n", "2026-03-01"); });
  EXPECT_NE(all_messages(e).find("frozen period 2026-Q1"), std::string::npos) << all_messages(e);
  EXPECT_EQ(state(), before);
  EXPECT_EQ(controls(kHeader + "AC-01,A,*,CC6.1,planned\n", "2026-04-01").changed, 1);
}

}  // namespace
}  // namespace socready::import::testing

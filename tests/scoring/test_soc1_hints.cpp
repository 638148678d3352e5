// A SOC 1 objective that is a blocker while controls tagged with its criteria exist says how many
// could address it, in explain and from the scored result alone.
#include <gtest/gtest.h>

#include "scoring/explain.hpp"
#include "scoring/readiness.hpp"
#include "scoring/soc1_hints.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::scoring {
namespace {

using testing::day;

ControlFacts effective(std::string key, std::vector<std::string> requirements,
                       std::vector<std::string> services = {"invoicing"},
                       Status status = Status::implemented) {
  auto c = testing::control(std::move(key), status, std::move(requirements), std::move(services));
  c.version.implemented_on = day("2024-01-01");
  c.evidence = testing::monthly_from(day("2025-09-01"), day("2026-09-01"));
  return c;
}

// invoicing needs SOC 1 (the 7 defaults); SOC 2 scope is Security only (no uptime commitment,
// no transactions), so A1.2 is not among its scored criteria.
Inventory hint_inventory(Status access_status = Status::implemented) {
  Inventory inv;
  inv.catalog = testing::spec_catalog();
  Service s = testing::service("invoicing");
  s.affects_financial_reporting = true;
  s.availability_commitment = false;
  s.processes_transactions = false;
  inv.services = {s};
  inv.controls = {
      effective("AC-01", {"CC6.1", "CC6.2"}),
      effective("AC-02", {"CC6.3", "ITGC-ACCESS"}, {"invoicing"}, access_status),
      effective("BK-01", {"A1.2"}),
      effective("CM-01", {"CC8.1"}, {}),
      effective("MON-01", {"CC7.2"}),
      effective("PL-01", {"CC6.6"}, {"invoicing"}, Status::planned),
  };
  return inv;
}

const Options options{day("2026-09-30")};

struct Row {
  std::string objective;
  std::vector<std::string> criteria, controls;
  friend bool operator==(const Row&, const Row&) = default;
};

std::vector<Row> rows(const std::vector<Soc1Hint>& hints) {
  std::vector<Row> out;
  for (const auto& h : hints) out.push_back({h.objective, h.criteria, h.controls});
  return out;
}

TEST(Soc1Hints, NameTheControlsOfEachBlockersCriteria) {
  const auto result = score(hint_inventory(), options).at(0);
  // ITGC-ACCESS is covered by AC-02: no hint. BK-01's A1.2 is not scored for this service.
  const std::vector<Row> expected = {
      {"ITGC-CHANGE", {"CC8.1"}, {"CM-01"}},
      {"ITGC-OPS", {"CC7.2"}, {"MON-01"}},
      {"ITGC-SDLC", {"CC8.1"}, {"CM-01"}},
  };
  EXPECT_EQ(rows(soc1_hints(result)), expected);
}

TEST(Soc1Hints, LeaveOutControlsAlreadyMappedToTheBlocker) {
  // AC-02 planned: ITGC-ACCESS becomes a blocker; AC-02 is mapped already, PL-01 (planned) could
  // still be mapped.
  const auto result = score(hint_inventory(Status::planned), options).at(0);
  const auto hints = soc1_hints(result);
  ASSERT_FALSE(hints.empty());
  EXPECT_EQ(rows({hints.front()}),
            (std::vector<Row>{{"ITGC-ACCESS", {"CC6.1", "CC6.2", "CC6.6"}, {"AC-01", "PL-01"}}}));
  EXPECT_EQ(hint_text(hints.front()),
            "2 controls tagged with CC6.1, CC6.2, CC6.6 could address it (AC-01, PL-01)");
}

TEST(Soc1Hints, TextShowsFiveKeysAndCountsTheRest) {
  const Soc1Hint hint{"ITGC-ACCESS", {"CC6.1"}, {"A", "B", "C", "D", "E", "F", "G"}};
  EXPECT_EQ(hint_text(hint),
            "7 controls tagged with CC6.1 could address it (A, B, C, D, E and 2 more)");
  EXPECT_EQ(suggest_command("invoicing"), "socready suggest soc1 invoicing");
}

TEST(Soc1Hints, ExplainSaysItUnderTheBlockerAndNamesTheCommand) {
  const auto result = score(hint_inventory(), options).at(0);
  const std::string line =
      "    1 control tagged with CC8.1 could address it (CM-01): review with 'socready suggest "
      "soc1 invoicing'\n";
  const std::string one = explain(result, Framework::soc1, std::string("ITGC-CHANGE"), options);
  EXPECT_NE(one.find("blocker: no control in scope addresses it\n" + line), std::string::npos)
      << one;
  const std::string all = explain(result, Framework::soc1, std::nullopt, options);
  EXPECT_NE(all.find(line), std::string::npos);
  EXPECT_NE(all.find("(MON-01): review with"), std::string::npos);
  // Not for a covered objective, nor under SOC 2.
  EXPECT_EQ(explain(result, Framework::soc1, std::string("ITGC-ACCESS"), options)
                .find("could address it"),
            std::string::npos);
  EXPECT_EQ(explain(result, Framework::soc2, std::nullopt, options).find("could address it"),
            std::string::npos);
}

}  // namespace
}  // namespace socready::scoring

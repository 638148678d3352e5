// The deviations section built from cells made once per control and shared by every page.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/parallel.hpp"
#include "report/deviations_table.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::report {
namespace {

using scoring::ControlScore;
using scoring::Deviation;
using scoring::Readiness;
using socready::scoring::testing::day;

Deviation missing(const char* control, const char* first_day, const char* period) {
  return {control, day(first_day), std::nullopt, period, {}, {}, "", {}};
}

std::shared_ptr<const ControlScore> weekly(const char* key, std::vector<Deviation> deviations) {
  ControlScore c;
  c.key = key;
  c.nature = Nature::manual;
  c.frequency = Frequency::weekly;
  c.type = ReportType::type2;
  c.deviations = std::move(deviations);
  return std::make_shared<const ControlScore>(std::move(c));
}

Readiness type2(std::vector<std::pair<std::string, std::shared_ptr<const ControlScore>>> reqs) {
  Readiness r;
  r.type = ReportType::type2;
  for (auto& [code, control] : reqs) {
    r.requirements.emplace_back();
    r.requirements.back().code = code;
    scoring::hold_controls(r.requirements.back(), {control});
  }
  return r;
}

// Each table row's cells, unpadded, the header and delimiter rows left out.
std::vector<std::vector<std::string>> table_rows(const std::string& section) {
  std::vector<std::vector<std::string>> out;
  std::size_t at = 0;
  for (std::size_t nl; (nl = section.find('\n', at)) != std::string::npos; at = nl + 1) {
    const std::string line = section.substr(at, nl - at);
    if (!line.starts_with("| ") || line.starts_with("| Control") || line.starts_with("| ---"))
      continue;
    std::vector<std::string> cells;
    for (std::size_t from = 1, bar; (bar = line.find('|', from)) != std::string::npos;
         from = bar + 1) {
      std::string cell = line.substr(from, bar - from);
      cell.erase(0, cell.find_first_not_of(' '));
      cell.erase(cell.find_last_not_of(' ') + 1);
      cells.push_back(cell);
    }
    out.push_back(cells);
  }
  return out;
}

using Cells = std::vector<std::string>;

TEST(DeviationCells, EachControlsCellsAreMadeOnceAndShared) {
  const auto a = weekly("CTL-A", {missing("CTL-A", "2026-01-05", "2026-W02")});
  const auto b = weekly("CTL-B", {missing("CTL-B", "2026-01-05", "2026-W02")});
  DeviationCells cells;
  const auto* first = &cells.rows_of(*a);
  EXPECT_EQ(&cells.rows_of(*a), first);
  EXPECT_NE(&cells.rows_of(*b), first);
  // From every core at once, one list all the same.
  std::vector<const std::vector<DeviationCells::Row>*> seen(64);
  DeviationCells shared;
  parallel_for(seen.size(), [&](std::size_t i) { seen[i] = &shared.rows_of(*a); });
  for (const auto* s : seen) EXPECT_EQ(s, seen.front());
  ASSERT_EQ(first->size(), 1u);
  using Row = DeviationCells::Row;
  EXPECT_EQ(first->front().cells[Row::result], "no evidence for 2026-W02");
  EXPECT_EQ(first->front().cells[Row::control], "CTL-A");
  EXPECT_EQ(first->front().widths[Row::result], 24u);
}

TEST(DeviationCells, PagesSharingAControlListItUnderTheirOwnRequirements) {
  // CTL-Z misses weeks 2 to 4 (one row) and failed a test; CTL-A misses week 3. By date, then
  // control: Z's run (01-05), A's week (01-12), Z's test (02-10).
  const auto shared =
      weekly("CTL-Z", {{"CTL-Z", day("2026-02-10"), TestResult::fail, "", 25, 2, "fixed", {}},
                       missing("CTL-Z", "2026-01-05", "2026-W02"),
                       missing("CTL-Z", "2026-01-12", "2026-W03"),
                       missing("CTL-Z", "2026-01-19", "2026-W04")});
  const auto own = weekly("CTL-A", {missing("CTL-A", "2026-01-12", "2026-W03")});
  DeviationCells cells;
  std::string one, two;
  append_deviations(one, type2({{"CC1.1", shared}, {"CC2.1", own}}), cells);
  append_deviations(two, type2({{"CC7.2", shared}}), cells);
  EXPECT_EQ(table_rows(one),
            (std::vector<Cells>{
                {"CTL-Z", "CC1.1", "2026-01-05", "no evidence for 2026-W02 to 2026-W04 (3 periods)",
                 "—", "—", "—", "—"},
                {"CTL-A", "CC2.1", "2026-01-12", "no evidence for 2026-W03", "—", "—", "—", "—"},
                {"CTL-Z", "CC1.1", "2026-02-10", "fail", "25", "2", "fixed", "—"}}))
      << one;
  EXPECT_EQ(
      table_rows(two),
      (std::vector<Cells>{{"CTL-Z", "CC7.2", "2026-01-05",
                           "no evidence for 2026-W02 to 2026-W04 (3 periods)", "—", "—", "—", "—"},
                          {"CTL-Z", "CC7.2", "2026-02-10", "fail", "25", "2", "fixed", "—"}}))
      << two;
}

TEST(DeviationCells, NoDeviationsSaysSo) {
  DeviationCells cells;
  std::string out;
  append_deviations(out, type2({{"CC1.1", weekly("CTL-A", {})}}), cells);
  EXPECT_NE(out.find("None: no test in the Type II window found a deviation"), std::string::npos);
}

}  // namespace
}  // namespace socready::report

// End-to-end: `socready gaps` and the owners page on the example year.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "csv/reader.hpp"
#include "support/example_year.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

namespace fs = std::filesystem;
using testing::run_socready;

class Gaps : public testing::ExampleYearTest {
 protected:
  static testing::RunResult gaps(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "example.db", "gaps", "--as-of", "2026-11-20"});
    return run_socready(args, folder());
  }
};

struct CsvRows {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

CsvRows read_csv(const std::string& text) {
  std::istringstream in(text);
  csv::Reader reader(in, "gaps.csv");
  CsvRows out;
  while (reader.next()) {
    std::vector<std::string> row;
    for (std::size_t i = 0; i < reader.size(); ++i) row.emplace_back(reader.field(i));
    if (out.header.empty())
      out.header = row;
    else
      out.rows.push_back(row);
  }
  return out;
}

TEST_F(Gaps, CsvHasOneRowPerOpenGapMatchingTheJson) {
  const auto csv = gaps({"--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const auto json = gaps({"--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto items = nlohmann::json::parse(json.out);
  const auto table = read_csv(csv.out);
  ASSERT_EQ(table.header.front(), "service");
  ASSERT_EQ(table.rows.size(), items.size());
  ASSERT_FALSE(items.empty());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    ASSERT_EQ(table.rows[i].size(), table.header.size());
    EXPECT_EQ(table.rows[i][0], items[i]["service"]);
    // One row per gap: no requirement of a service and framework twice.
    if (items[i]["kind"] == "gap") {
      EXPECT_TRUE(
          seen.insert(table.rows[i][0] + "/" + table.rows[i][3] + "/" + table.rows[i][1]).second)
          << table.rows[i][1];
    }
  }
  // Most urgent first: no blocker after a gap that blocks nothing.
  bool past_blockers = false;
  for (const auto& item : items) {
    if (item["kind"] != "gap") continue;
    if (!item["blocker"].get<bool>()) past_blockers = true;
    EXPECT_FALSE(past_blockers && item["blocker"].get<bool>()) << item.dump();
  }
}

TEST_F(Gaps, OwnerAndServiceFilters) {
  const auto all = nlohmann::json::parse(gaps({"--format", "json"}).out);
  std::string owner;
  for (const auto& item : all)
    if (!item["owners"].empty()) owner = item["owners"][0];
  ASSERT_FALSE(owner.empty());
  const auto mine = gaps({"--format", "json", "--owner", owner});
  ASSERT_EQ(mine.exit_code, 0) << mine.err;
  const auto items = nlohmann::json::parse(mine.out);
  ASSERT_FALSE(items.empty());
  EXPECT_LT(items.size(), all.size());
  for (const auto& item : items) {
    const auto owners = item["owners"].get<std::vector<std::string>>();
    EXPECT_NE(std::find(owners.begin(), owners.end(), owner), owners.end()) << item.dump();
  }
  const std::string service = all[0]["service"];
  const auto one = nlohmann::json::parse(gaps({"--format", "json", "--service", service}).out);
  ASSERT_FALSE(one.empty());
  for (const auto& item : one) EXPECT_EQ(item["service"], service);
}

TEST_F(Gaps, RefusesAnUnknownFormat) {
  const auto r = gaps({"--format", "xml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("gaps --help"), std::string::npos) << r.err;
}

TEST_F(Gaps, OwnersPageListsEveryOwnerWithOpenWork) {
  const auto r = run_socready(
      {"--db", "example.db", "report", "--period", "2026-Q4", "--out", "reports"}, folder());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string page = testing::read_file(folder() / "reports" / "2026-Q4" / "owners.md");
  const auto items = nlohmann::json::parse(gaps({"--format", "json"}).out);
  std::set<std::string> owners;
  for (const auto& item : items)
    for (const auto& o : item["owners"]) owners.insert(o.get<std::string>());
  ASSERT_FALSE(owners.empty());
  for (const auto& o : owners) EXPECT_NE(page.find("## " + o + "\n"), std::string::npos) << o;
  EXPECT_NE(testing::read_file(folder() / "reports" / "2026-Q4" / "README.md").find("(owners.md)"),
            std::string::npos);
}

}  // namespace
}  // namespace socready

// End-to-end: service facts dated by `--effective` (issue 12, "done when"): a service whose
// financial fact changes on 2026-07-01 is SOC 2 only as of 2026-03-31 and SOC 1 + SOC 2 as of
// 2026-09-30, in `applicability --as-of`, `score --as-of` and frozen snapshots; and an objective
// excluded with its reason.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "support/test_support.hpp"

namespace socready {
namespace {

using ::testing::HasSubstr;
using testing::run_socready;
using testing::TempDir;

// Customers ask about security, the service holds their data; whether it affects their
// financial reporting is the fact that changes.
constexpr const char* header =
    "service,name,affects_financial_reporting,handles_customer_data,clients_ask_security,"
    "clients_ask_sox,capabilities\n";
constexpr const char* before_july = "hub,Client Hub,no,yes,yes,no,crm\n";
constexpr const char* from_july = "hub,Client Hub,yes,yes,yes,no,crm;billing\n";

class DatedServiceFacts : public ::testing::Test {
 protected:
  TempDir dir;
  testing::RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", "t.db"});
    return run_socready(args, dir.path());
  }
  void ok(std::vector<std::string> args) {
    const auto r = run(args);
    ASSERT_EQ(r.exit_code, 0) << args.at(0) << ": " << r.err;
  }
  nlohmann::json json_of(std::vector<std::string> args) {
    args.insert(args.end(), {"--format", "json"});
    const auto r = run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  // The verdict of `applicability hub --as-of DATE`.
  std::string verdict_as_of(const std::string& date) {
    const auto j = json_of({"applicability", "hub", "--as-of", date});
    return j.at(0).at("verdict").get<std::string>();
  }
  // The frameworks `score hub --as-of DATE` says apply.
  std::set<std::string> applying_as_of(const std::string& date) {
    std::set<std::string> out;
    for (const auto& e : json_of({"score", "hub", "--as-of", date}))
      if (e.at("applies").get<bool>()) out.insert(e.at("framework").get<std::string>());
    return out;
  }
  // The frameworks each frozen period lists for the hub.
  std::set<std::pair<std::string, std::string>> frozen() {
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& e : json_of({"history", "hub"}))
      out.emplace(e.at("period").get<std::string>(), e.at("framework").get<std::string>());
    return out;
  }

  void SetUp() override {
    ok({"init"});
    dir.write("services.csv", std::string(header) + before_july);
    dir.write("services-q3.csv", std::string(header) + from_july);
    ok({"import", "services", "services.csv", "--effective", "2026-01-01"});
    ok({"snapshot", "--period", "2026-Q1"});
  }
};

TEST_F(DatedServiceFacts, AFinancialFactChangedOnJulyFirstGivesSoc1FromThenOnly) {
  const auto imported = run({"import", "services", "services-q3.csv", "--effective", "2026-07-01"});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_THAT(imported.out, HasSubstr("0 added, 1 changed, 0 unchanged"));

  EXPECT_EQ(verdict_as_of("2026-03-31"), "SOC 2 only");
  EXPECT_EQ(verdict_as_of("2026-06-30"), "SOC 2 only");
  EXPECT_EQ(verdict_as_of("2026-09-30"), "SOC 1 + SOC 2");
  // Without --as-of: the facts valid today.
  EXPECT_EQ(json_of({"applicability", "hub"}).at(0).at("verdict"), "SOC 1 + SOC 2");

  EXPECT_EQ(applying_as_of("2026-03-31"), (std::set<std::string>{"SOC2"}));
  EXPECT_EQ(applying_as_of("2026-09-30"), (std::set<std::string>{"SOC1", "SOC2"}));

  // Q1 was frozen before the change and stays SOC 2 only; Q2 and Q3, frozen after it, follow
  // the facts of their own dates.
  ok({"snapshot", "--period", "2026-Q2"});
  ok({"snapshot", "--period", "2026-Q3"});
  EXPECT_EQ(
      frozen(),
      (std::set<std::pair<std::string, std::string>>{
          {"2026-Q1", "SOC2"}, {"2026-Q2", "SOC2"}, {"2026-Q3", "SOC1"}, {"2026-Q3", "SOC2"}}));
  ok({"report", "--period", "2026-Q1", "--out", "out"});
  EXPECT_THAT(testing::read_file(dir.path() / "out" / "2026-Q1" / "services" / "hub.md"),
              HasSubstr("This service needs **SOC 2 only**"));
}

TEST_F(DatedServiceFacts, AChangeDatedIntoAFrozenPeriodOrBeforeTheLatestVersionIsRefused) {
  auto r = run({"import", "services", "services-q3.csv", "--effective", "2026-03-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("the as-of date of the frozen period 2026-Q1"));
  ok({"import", "services", "services-q3.csv", "--effective", "2026-07-01"});
  r = run({"import", "services", "services.csv", "--effective", "2026-05-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("hub has a version from 2026-07-01; an import effective 2026-05-01 "
                               "would rewrite its history"));
  EXPECT_EQ(verdict_as_of("2026-05-31"), "SOC 2 only");  // nothing was written
}

TEST_F(DatedServiceFacts, AServiceNotYetImportedOnTheDateIsNotListed) {
  EXPECT_TRUE(json_of({"applicability", "--as-of", "2025-12-31"}).empty());
  EXPECT_EQ(json_of({"applicability", "--as-of", "2026-01-01"}).size(), 1u);
  const auto bad = run({"applicability", "--as-of", "2026-02-30"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("--as-of '2026-02-30'"));
}

TEST_F(DatedServiceFacts, AnExcludedObjectiveIsShownWithItsReasonAndExplained) {
  dir.write("excluded.csv",
            "service,name,affects_financial_reporting,soc1_objectives_excluded,"
            "soc1_exclusion_reason\n"
            "hub,,yes,BP-AUTHORIZATION,The hub initiates no transactions of its own\n");
  ok({"import", "services", "excluded.csv", "--effective", "2026-07-01"});
  const auto a = json_of({"applicability", "hub"}).at(0);
  const auto objectives = a.at("soc1_objectives").get<std::vector<std::string>>();
  EXPECT_EQ(std::count(objectives.begin(), objectives.end(), "BP-AUTHORIZATION"), 0);
  EXPECT_EQ(objectives.size(), 6u);  // the seven defaults but one
  EXPECT_EQ(a.at("soc1_exclusions"), nlohmann::json::parse(R"([{"objective": "BP-AUTHORIZATION",
                                      "reason": "The hub initiates no transactions of its own"}])"));
  const auto explained = run({"explain", "hub", "--framework", "soc1", "BP-AUTHORIZATION"});
  ASSERT_EQ(explained.exit_code, 0) << explained.err;
  EXPECT_THAT(explained.out,
              HasSubstr("BP-AUTHORIZATION is excluded from the SOC 1 scope of hub: The hub "
                        "initiates no transactions of its own"));
  ok({"report", "--period", "2026-Q4", "--out", "out"});
  EXPECT_THAT(testing::single_spaced(
                  testing::read_file(dir.path() / "out" / "2026-Q4" / "services" / "hub.md")),
              HasSubstr("| BP-AUTHORIZATION | The hub initiates no transactions of its own |"));
  // Exported and imported back: nothing changes.
  const auto exported = run({"export", "services"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  dir.write("again.csv", exported.out);
  EXPECT_THAT(run({"import", "services", "again.csv", "--effective", "2026-08-01"}).out,
              HasSubstr("0 added, 0 changed, 1 unchanged"));
}

}  // namespace
}  // namespace socready

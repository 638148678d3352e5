#include <gtest/gtest.h>

#include "cli/option_values.hpp"
#include "cli/scoring_options.hpp"
#include "support/option_parsing.hpp"
#include "support/test_support.hpp"

namespace socready::cli {
namespace {

using testing::parse_group;
using testing::usage_error_of;

TEST(OptionValues, OneOfTextJoinsTheLastChoiceWithOr) {
  EXPECT_EQ(one_of_text({}), "");
  EXPECT_EQ(one_of_text({"json"}), "json");
  EXPECT_EQ(one_of_text({"table", "json"}), "table or json");
  EXPECT_EQ(one_of_text({"table", "csv", "json"}), "table, csv or json");
}

TEST(OptionValues, ADateOptionNotGivenIsItsFallback) {
  const Date fallback = *Date::parse("2026-09-30");
  EXPECT_EQ(parse_date_option("snapshot", "as-of", "", fallback).iso(), "2026-09-30");
  EXPECT_EQ(parse_date_option("snapshot", "as-of", "2026-08-15", fallback).iso(), "2026-08-15");
  const auto error =
      usage_error_of([&] { parse_date_option("import", "effective", "2026-13-01", fallback); });
  EXPECT_EQ(error.rfind("--effective '2026-13-01' ", 0), 0u) << error;
  EXPECT_NE(error.find("\nSee 'socready import --help'."), std::string::npos) << error;
}

TEST(OptionValues, OutMustNameAFileNotAFolder) {
  const socready::testing::TempDir dir;
  EXPECT_EQ(usage_error_of([&] { check_out_file("suggest", dir.path().string()); }),
            "--out " + dir.path().string() +
                " is a folder; name the file to write\nSee 'socready suggest --help'.");
  EXPECT_EQ(usage_error_of([&] { check_out_file("suggest", (dir / "new.csv").string()); }), "");
  EXPECT_EQ(usage_error_of([&] { check_out_file("suggest", ""); }), "");
}

// The date and window after parsing `args`.
scoring::Options scoring_options(const std::vector<std::string>& args) {
  ScoringOptions scoring;
  parse_group(scoring, args, "gaps");
  return scoring.value();
}

TEST(ScoringOptions, KeepsTheDateAndWindowItResolved) {
  const auto o = scoring_options({"--as-of", "2026-06-30", "--window-months", "9"});
  EXPECT_EQ(o.as_of.iso(), "2026-06-30");
  EXPECT_EQ(o.window_months, 9);
  EXPECT_EQ(scoring_options({"--as-of", "2026-06-30"}).window_months, 6);
}

TEST(ScoringOptions, RefusesAWindowOutsideThreeToTwelveMonths) {
  EXPECT_EQ(usage_error_of([] {
              scoring_options({"--window-months", "2"});
            }),
            "--window-months 2 is outside 3 to 12\nSee 'socready gaps --help'.");
  EXPECT_EQ(usage_error_of([] { scoring_options({"--window-months", "12"}); }), "");
  EXPECT_NE(usage_error_of([] { scoring_options({"--window-months", "13"}); }), "");
}

}  // namespace
}  // namespace socready::cli

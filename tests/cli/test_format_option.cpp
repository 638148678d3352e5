#include <gtest/gtest.h>

#include <sstream>

#include "cli/format_option.hpp"
#include "support/option_parsing.hpp"

namespace socready::cli {
namespace {

using testing::parse_group;
using testing::usage_error_of;

// The format `args` select (a usage error names plan).
OutputFormat parsed(FormatOption& format, const std::vector<std::string>& args) {
  parse_group(format, args, "plan");
  return format.value();
}

TEST(FormatOption, WithoutTheOptionItIsTheFirstFormatAccepted) {
  FormatOption text_or_json{OutputFormat::text, OutputFormat::json};
  EXPECT_EQ(parsed(text_or_json, {}), OutputFormat::text);
  FormatOption three{OutputFormat::table, OutputFormat::csv, OutputFormat::json};
  EXPECT_EQ(parsed(three, {}), OutputFormat::table);
}

TEST(FormatOption, ReadsEachFormatItAccepts) {
  FormatOption for_csv{OutputFormat::table, OutputFormat::csv, OutputFormat::json};
  EXPECT_EQ(parsed(for_csv, {"--format", "csv"}), OutputFormat::csv);
  FormatOption for_json{OutputFormat::table, OutputFormat::csv, OutputFormat::json};
  EXPECT_EQ(parsed(for_json, {"--format=json"}), OutputFormat::json);
  FormatOption for_text{OutputFormat::text, OutputFormat::json};
  EXPECT_EQ(parsed(for_text, {"--format", "text"}), OutputFormat::text);
}

TEST(FormatOption, RefusesAFormatTheCommandDoesNotAcceptNamingTheOnesItDoes) {
  FormatOption format{OutputFormat::table, OutputFormat::json};
  EXPECT_EQ(usage_error_of([&] {
              parsed(format, {"--format", "csv"});
            }),
            "--format 'csv' is not one of: table, json\nSee 'socready plan --help'.");
  FormatOption log_formats{OutputFormat::text, OutputFormat::json};
  EXPECT_EQ(usage_error_of([&] {
              parsed(log_formats, {"--format", "table"});
            }),
            "--format 'table' is not one of: text, json\nSee 'socready plan --help'.");
  // Names are exact: no case folding.
  FormatOption exact{OutputFormat::table, OutputFormat::json};
  EXPECT_NE(usage_error_of([&] { parsed(exact, {"--format", "JSON"}); }), "");
}

TEST(FormatOption, HelpListsTheFormatsAndTheDefault) {
  FormatOption format{OutputFormat::table, OutputFormat::csv, OutputFormat::json};
  po::options_description options;
  format.add_to(options);
  std::ostringstream help;
  help << options;
  EXPECT_NE(help.str().find("--format arg (=table)"), std::string::npos) << help.str();
  EXPECT_NE(help.str().find("table, csv or json"), std::string::npos) << help.str();
}

TEST(FormatOption, NamesEachFormat) {
  EXPECT_EQ(format_name(OutputFormat::table), "table");
  EXPECT_EQ(format_name(OutputFormat::csv), "csv");
  EXPECT_EQ(format_name(OutputFormat::json), "json");
  EXPECT_EQ(format_name(OutputFormat::text), "text");
}

}  // namespace
}  // namespace socready::cli

#include <gtest/gtest.h>

#include <array>

#include "cli/kind_argument.hpp"
#include "support/option_parsing.hpp"

namespace socready::cli {
namespace {

using testing::parse_args;
using testing::usage_error_of;

struct Kind {
  std::string_view kind;
  int number = 0;
};

constexpr auto kinds = std::to_array<Kind>({{"services", 1}, {"controls", 2}, {"cuecs", 3}});

// The argument after parsing `args`, with a second positional argument after KIND as import has.
void parse_kind(KindArgument<Kind>& kind, const std::vector<std::string>& args) {
  po::options_description options;
  po::positional_options_description positional;
  std::string file;
  kind.add_to(options, positional, "what to read");
  options.add_options()("file", po::value(&file), "the file");
  positional.add("file", 1);
  parse_args(options, positional, args);
}

TEST(KindArgument, TheFirstWordNamesAnEntryOfTheTable) {
  KindArgument<Kind> kind{kinds};
  parse_kind(kind, {"controls", "controls.csv"});
  EXPECT_EQ(kind.text(), "controls");
  ASSERT_NE(kind.entry(), nullptr);
  EXPECT_EQ(kind.entry()->number, 2);
}

TEST(KindArgument, AWordOutsideTheTableOrNoneNamesNoEntry) {
  KindArgument<Kind> unknown{kinds};
  parse_kind(unknown, {"oscal"});
  EXPECT_EQ(unknown.text(), "oscal");
  EXPECT_EQ(unknown.entry(), nullptr);
  KindArgument<Kind> none{kinds};
  parse_kind(none, {});
  EXPECT_EQ(none.entry(), nullptr);
}

TEST(KindArgument, NamesTheKindsInTheTablesOrder) {
  const KindArgument<Kind> kind{kinds};
  EXPECT_EQ(kind.names(), (std::vector<std::string_view>{"services", "controls", "cuecs"}));
}

TEST(KindArgument, RefusalSaysWhatWasExpectedWithTheCommandAsVerb) {
  const std::vector<std::string_view> names{"services", "controls", "cuecs"};
  EXPECT_EQ(usage_error_of([&] { refuse_kind("import", "", names); }),
            "expected what to import: services, controls or cuecs\n"
            "See 'socready import --help'.");
  EXPECT_EQ(usage_error_of([&] { refuse_kind("export", "tests", names); }),
            "cannot export 'tests'; expected services, controls or cuecs\n"
            "See 'socready export --help'.");
}

}  // namespace
}  // namespace socready::cli

// End-to-end: errors name what the command was doing, once, above the message.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.hpp"

namespace socready {
namespace {

using testing::run_socready;
using testing::TempDir;

TEST(ErrorContext, AReportPageThatCannotBeWrittenIsNamed) {
  TempDir dir;
  const auto examples = testing::source_dir() / "examples";
  for (const char* kind : {"objectives", "services"}) {
    const auto r = run_socready(
        {"--db", "e.db", "import", kind, (examples / (std::string(kind) + ".csv")).string(),
         "--effective", "2026-01-01"},
        dir.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // A file where the services folder should be.
  std::filesystem::create_directories(dir / "out" / "2026-Q4");
  std::ofstream(dir / "out" / "2026-Q4" / "services") << "in the way";

  const auto r = run_socready({"--db", "e.db", "report", "--out", "out"}, dir.path());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err.rfind("socready: while writing the report page services/", 0), 0u) << r.err;
  EXPECT_NE(r.err.find(".md:\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: "), std::string::npos) << r.err;
}

TEST(ErrorContext, TheWindowRangeIsTheSameForEveryCommand) {
  TempDir dir;
  for (const char* command : {"report", "snapshot", "score"}) {
    std::vector<std::string> args{"--db", "e.db", command, "--window-months", "13"};
    if (std::string(command) == "snapshot") args.insert(args.end(), {"--period", "2026-Q3"});
    const auto r = run_socready(args, dir.path());
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_NE(r.err.find("--window-months 13 is outside 3 to 12"), std::string::npos)
        << command << ": " << r.err;
  }
}

}  // namespace
}  // namespace socready

// The bash completion, driven as bash drives it, against the real binary and a real database.
#include <gtest/gtest.h>

#include <cstdlib>

#include "support/test_support.hpp"

namespace socready {
namespace {

namespace fs = std::filesystem;
using testing::run_socready;
using testing::TempDir;

// The completions bash would offer for `words`, the last being the word under the cursor.
std::string complete(const TempDir& dir, const std::string& words) {
  const fs::path script = testing::source_dir() / "completion" / "socready.bash";
  const fs::path out = dir / "completions.txt";
  const std::string command =
      "cd '" + dir.path().string() + "' && SOCREADY_TODAY=2026-11-26 bash -c '" + "source \"" +
      script.string() + "\" && COMP_WORDS=(\"" + SOCREADY_BINARY + "\" " + words +
      ") && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) && _socready && " +
      "printf \"%s\\n\" \"${COMPREPLY[@]}\" | sort | tr \"\\n\" \" \"' >'" + out.string() +
      "' 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0) << testing::read_file(out);
  return testing::read_file(out);
}

TEST(Completion, CommandsOptionsAndKindsComeFromTheHelp) {
  TempDir dir;
  EXPECT_EQ(complete(dir, "sn"), "snapshot ");
  EXPECT_EQ(complete(dir, "--db x.db sc"), "score ");
  EXPECT_EQ(complete(dir, "import \"\""),
            "capabilities controls cuecs evidence objectives populations services subservice "
            "systems tests ");
  EXPECT_EQ(complete(dir, "export \"\""),
            "capabilities controls cuecs objectives oscal populations services subservice "
            "systems ");
  EXPECT_EQ(complete(dir, "catalog --fo"), "--format ");
  EXPECT_EQ(complete(dir, "catalog --format \"\""), "csv json table ");
  EXPECT_EQ(complete(dir, "explain x --framework \"\""), "soc1 soc2 ");
  // A single word in lower case is offered like a list of choices.
  EXPECT_EQ(complete(dir, "suggest \"\""), "soc1 ");
  EXPECT_EQ(complete(dir, "suggest soc1 --format \"\""), "json table ");
}

TEST(Completion, ServicesAndPeriodsComeFromTheDatabase) {
  TempDir dir;
  for (const char* kind : {"objectives", "services"}) {
    const auto file = testing::source_dir() / "examples" / (std::string(kind) + ".csv");
    // Services facts are dated: effective before the period frozen below, so that it lists them.
    ASSERT_EQ(
        run_socready({"--db", "c.db", "import", kind, file.string(), "--effective", "2026-01-01"},
                     dir.path())
            .exit_code,
        0);
  }
  const auto frozen = run_socready({"--db", "c.db", "snapshot", "--period", "2026-Q3"}, dir.path());
  ASSERT_EQ(frozen.exit_code, 0) << frozen.err;
  EXPECT_EQ(complete(dir, "--db c.db score \"\""),
            "auto-invoicing client-hub insights-api insights-app payroll-engine tax-filing "
            "timekeeper ");
  EXPECT_EQ(complete(dir, "--db c.db log --service t"), "tax-filing timekeeper ");
  EXPECT_EQ(complete(dir, "--db c.db report --period \"\""), "2026-Q3 ");
  const auto systems = (testing::source_dir() / "examples" / "systems.csv").string();
  ASSERT_EQ(run_socready({"--db", "c.db", "import", "systems", systems}, dir.path()).exit_code, 0);
  EXPECT_EQ(complete(dir, "--db c.db plan \"\""), "payroll timekeeper-platform ");
  EXPECT_EQ(complete(dir, "--db c.db plan x --format \"\""), "json table ");
  // Without a database there is nothing to offer, no error, and no database is created.
  EXPECT_EQ(complete(dir, "--db missing.db score \"\""), " ");
  EXPECT_FALSE(fs::exists(dir / "missing.db"));
}

}  // namespace
}  // namespace socready

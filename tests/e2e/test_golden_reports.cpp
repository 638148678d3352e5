// Golden files: the main job on examples/ must reproduce reports/ byte for byte.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

#include "support/test_support.hpp"

namespace socready {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::set<std::string> files_under(const fs::path& root) {
  std::set<std::string> out;
  if (!fs::exists(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) out.insert(fs::relative(e.path(), root).string());
  return out;
}

void run_main_job(const fs::path& out) {
  const std::string command = "bash '" +
                              (testing::source_dir() / "scripts" / "main-job.sh").string() + "' '" +
                              SOCREADY_BINARY + "' '" + out.string() + "' >'" +
                              (out.parent_path() / "main-job.log").string() + "' 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0)
      << testing::read_file(out.parent_path() / "main-job.log");
}

TEST(GoldenReports, MainJobReproducesTheCommittedReports) {
  TempDir dir;
  run_main_job(dir / "reports");
  const auto golden_root = testing::source_dir() / "reports";
  const auto expected = files_under(golden_root);
  const auto actual = files_under(dir / "reports");
  ASSERT_FALSE(expected.empty()) << "no golden reports committed in reports/";
  EXPECT_EQ(actual, expected);
  for (const auto& f : expected) {
    if (!actual.count(f)) continue;
    EXPECT_EQ(testing::read_file(dir / "reports" / f), testing::read_file(golden_root / f))
        << f << " differs; if the change is intended, run scripts/main-job.sh to regenerate";
  }
}

TEST(GoldenReports, TwoRunsWriteTheSameBytes) {
  TempDir a, b;
  run_main_job(a / "reports");
  run_main_job(b / "reports");
  const auto files = files_under(a / "reports");
  ASSERT_FALSE(files.empty());
  EXPECT_EQ(files, files_under(b / "reports"));
  for (const auto& f : files)
    EXPECT_EQ(testing::read_file(a / "reports" / f), testing::read_file(b / "reports" / f)) << f;
}

}  // namespace
}  // namespace socready

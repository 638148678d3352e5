#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "report/render.hpp"
#include "report/report_fixtures.hpp"
#include "support/test_support.hpp"

namespace socready::report {
namespace {

namespace fs = std::filesystem;
using socready::testing::read_file;
using socready::testing::TempDir;

std::vector<std::string> folder_listing(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    out.push_back(fs::relative(e.path(), dir).generic_string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ReportWrite, WritesEveryFileAndCreatesFolders) {
  TempDir tmp;
  const fs::path out = tmp / "reports/2026-Q4";
  const auto files = render_reports(testing::sample_input());
  write_reports(files, out);
  EXPECT_EQ(
      folder_listing(out),
      (std::vector<std::string>{"README.md", "owners.md", "services", "services/api-gateway.md",
                                "services/billing.md", "services/payroll.md"}));
  for (const auto& f : files) EXPECT_EQ(read_file(out / f.relative_path), f.content);
}

TEST(ReportWrite, RewritingReplacesContentAndLeavesNoTemporaryFiles) {
  TempDir tmp;
  write_reports({{"README.md", "old\n"}, {"services/a.md", "a1\n"}}, tmp.path());
  write_reports({{"README.md", "new\n"}, {"services/a.md", "a2\n"}}, tmp.path());
  EXPECT_EQ(read_file(tmp / "README.md"), "new\n");
  EXPECT_EQ(read_file(tmp / "services/a.md"), "a2\n");
  EXPECT_EQ(folder_listing(tmp.path()),
            (std::vector<std::string>{"README.md", "services", "services/a.md"}));
}

TEST(ReportWrite, RemovesStaleServiceFilesOnly) {
  TempDir tmp;
  tmp.write("services/removed.md", "gone\n");
  tmp.write("services/notes.txt", "not a report\n");
  tmp.write("other.md", "outside services\n");
  write_reports({{"README.md", "r\n"}, {"services/kept.md", "k\n"}}, tmp.path());
  EXPECT_FALSE(fs::exists(tmp / "services/removed.md"));
  EXPECT_TRUE(fs::exists(tmp / "services/kept.md"));
  EXPECT_TRUE(fs::exists(tmp / "services/notes.txt"));
  EXPECT_TRUE(fs::exists(tmp / "other.md"));
}

TEST(ReportWrite, RefusesPathsThatLeaveTheFolderBeforeWritingAnything) {
  TempDir tmp;
  const fs::path out = tmp / "out";
  tmp.write("out/services/existing.md", "kept\n");
  for (const std::string bad : {"../escape.md", "services/../../escape.md", "services/..",
                                "/tmp/abs.md", "", "services/"}) {
    EXPECT_THROW(write_reports({{"README.md", "r\n"}, {bad, "x\n"}}, out), InputError) << bad;
  }
  EXPECT_FALSE(fs::exists(tmp / "escape.md"));
  EXPECT_FALSE(fs::exists(out / "README.md"));            // nothing written
  EXPECT_TRUE(fs::exists(out / "services/existing.md"));  // nothing removed
}

TEST(ReportWrite, RefusesDuplicatePaths) {
  TempDir tmp;
  EXPECT_THROW(write_reports({{"services/a.md", "1\n"}, {"services/./a.md", "2\n"}}, tmp.path()),
               InputError);
}

TEST(ReportWrite, RefusesASymbolicLinkOutOfTheFolder) {
  TempDir tmp;
  fs::create_directories(tmp / "elsewhere");
  fs::create_directories(tmp / "out");
  fs::create_directory_symlink(tmp / "elsewhere", tmp / "out/services");
  EXPECT_THROW(write_reports({{"services/a.md", "x\n"}}, tmp / "out"), InputError);
  EXPECT_FALSE(fs::exists(tmp / "elsewhere/a.md"));
}

TEST(ReportWrite, TrailingSlashOnTheFolderIsFine) {
  TempDir tmp;
  write_reports({{"README.md", "r\n"}}, fs::path(tmp.path().string() + "/"));
  EXPECT_EQ(read_file(tmp / "README.md"), "r\n");
}

}  // namespace
}  // namespace socready::report

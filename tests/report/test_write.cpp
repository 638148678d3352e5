#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <iterator>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "report/render.hpp"
#include "report/report_fixtures.hpp"
#include "report/report_folder.hpp"
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
  EXPECT_EQ(folder_listing(out),
            (std::vector<std::string>{".socready-pages", "README.md", "owners.md", "services",
                                      "services/api-gateway.md", "services/billing.md",
                                      "services/payroll.md"}));
  for (const auto& f : files) EXPECT_EQ(read_file(out / f.relative_path), f.content);
}

TEST(ReportWrite, WritingStraightFromTheInputWritesWhatRenderingMakes) {
  TempDir tmp;
  const auto input = testing::sample_input();
  const auto files = render_reports(input);
  EXPECT_EQ(render_reports_into(input, tmp / "streamed"), files.size());
  write_reports(files, tmp / "rendered");
  EXPECT_EQ(folder_listing(tmp / "streamed"), folder_listing(tmp / "rendered"));
  for (const auto& f : files) EXPECT_EQ(read_file(tmp / "streamed" / f.relative_path), f.content);
  EXPECT_EQ(read_file(tmp / "streamed/.socready-pages"),
            read_file(tmp / "rendered/.socready-pages"));
}

TEST(ReportWrite, APageThatCannotBeMadeLeavesThePreviousReportWhole) {
  TempDir tmp;
  const fs::path out = tmp / "out";
  write_reports({{"README.md", "before\n"}, {"services/a.md", "a\n"}}, out);
  const auto before = folder_listing(out);
  // Pages are made on every core; of two that fail, the first one's error is the one reported,
  // whichever failed first.
  const std::vector<Page> pages{
      {"README.md", [] { return std::string("after\n"); }},
      {"services/a.md", []() -> std::string { throw InputError("page a cannot be made"); }},
      {"services/b.md", []() -> std::string { throw InputError("page b cannot be made"); }}};
  try {
    replace_report_folder(out, pages);
    ADD_FAILURE() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.diagnostics().at(0).message, "page a cannot be made");
  }
  EXPECT_EQ(folder_listing(out), before);
  EXPECT_EQ(read_file(out / "README.md"), "before\n");
  EXPECT_EQ(folder_listing(tmp.path()).size(), before.size() + 1);  // no fresh folder left
}

TEST(ReportWrite, RewritingReplacesContentAndLeavesNoTemporaryFiles) {
  TempDir tmp;
  write_reports({{"README.md", "old\n"}, {"services/a.md", "a1\n"}}, tmp.path());
  write_reports({{"README.md", "new\n"}, {"services/a.md", "a2\n"}}, tmp.path());
  EXPECT_EQ(read_file(tmp / "README.md"), "new\n");
  EXPECT_EQ(read_file(tmp / "services/a.md"), "a2\n");
  EXPECT_EQ(folder_listing(tmp.path()), (std::vector<std::string>{".socready-pages", "README.md",
                                                                  "services", "services/a.md"}));
}

TEST(ReportWrite, RemovesOnlyPagesItWroteAndKeepsEverythingElse) {
  TempDir tmp;
  const fs::path out = tmp / "out";
  write_reports({{"README.md", "r\n"}, {"services/removed.md", "gone\n"}}, out);
  EXPECT_EQ(read_file(out / ".socready-pages"), "README.md\nservices/removed.md\n");
  // A user's files beside the pages, one of them under services/ and named like a page.
  tmp.write("out/services/my-notes.md", "mine\n");
  tmp.write("out/services/notes.txt", "not a report\n");
  tmp.write("out/other.md", "outside services\n");
  tmp.write("out/drafts/q4.md", "draft\n");
  fs::create_symlink("/nonexistent", out / "a-link");
  write_reports({{"README.md", "r2\n"}, {"services/kept.md", "k\n"}}, out);
  EXPECT_EQ(folder_listing(out),
            (std::vector<std::string>{".socready-pages", "README.md", "a-link", "drafts",
                                      "drafts/q4.md", "other.md", "services", "services/kept.md",
                                      "services/my-notes.md", "services/notes.txt"}));
  EXPECT_EQ(read_file(out / "services/my-notes.md"), "mine\n");
  EXPECT_EQ(read_file(out / "drafts/q4.md"), "draft\n");
  EXPECT_EQ(fs::read_symlink(out / "a-link"), fs::path("/nonexistent"));
  EXPECT_EQ(read_file(out / "README.md"), "r2\n");
  // Nothing left beside the folder.
  EXPECT_EQ(folder_listing(tmp.path()).front(), "out");
}

TEST(ReportWrite, AFolderWithoutAManifestLosesOnlyThePagesWrittenNow) {
  TempDir tmp;
  tmp.write("out/README.md", "old\n");
  tmp.write("out/services/old-service.md", "perhaps the user's\n");
  write_reports({{"README.md", "new\n"}}, tmp / "out");
  EXPECT_EQ(read_file(tmp / "out/README.md"), "new\n");
  EXPECT_EQ(read_file(tmp / "out/services/old-service.md"), "perhaps the user's\n");
}

TEST(ReportWrite, RefusesASymlinkedPeriodFolderAndTouchesNothingThere) {
  TempDir tmp;
  tmp.write("elsewhere/README.md", "precious\n");
  tmp.write("elsewhere/services/precious.md", "precious\n");
  fs::create_directories(tmp / "out");
  fs::create_directory_symlink(tmp / "elsewhere", tmp / "out/2026-Q4");
  try {
    write_reports({{"README.md", "r\n"}, {"services/a.md", "a\n"}}, tmp / "out/2026-Q4");
    ADD_FAILURE() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.diagnostics().at(0).message).find("is a symbolic link"),
              std::string::npos);
  }
  EXPECT_EQ(read_file(tmp / "elsewhere/README.md"), "precious\n");
  EXPECT_EQ(read_file(tmp / "elsewhere/services/precious.md"), "precious\n");
  EXPECT_TRUE(fs::is_symlink(tmp / "out/2026-Q4"));
  EXPECT_EQ(std::distance(fs::directory_iterator(tmp / "out"), fs::directory_iterator{}), 1);
}

TEST(ReportWrite, ADanglingServicesLinkIsNamedAsSuch) {
  TempDir tmp;
  fs::create_directories(tmp / "out");
  fs::create_directory_symlink(tmp / "nowhere", tmp / "out/services");
  try {
    write_reports({{"services/a.md", "a\n"}}, tmp / "out");
    ADD_FAILURE() << "expected an InputError";
  } catch (const InputError& e) {
    const auto text = format_diagnostic(e.diagnostics().at(0));
    EXPECT_NE(text.find("out/services: error: is a symbolic link to nothing"), std::string::npos)
        << text;
  }
}

TEST(ReportWrite, AFailedRunLeavesThePreviousReportWhole) {
  TempDir tmp;
  const fs::path out = tmp / "out";
  write_reports({{"README.md", "before\n"}, {"services/a.md", "a\n"}}, out);
  const auto before = folder_listing(out);
  // A file size limit makes the second page's write fail as a full disk would.
  struct rlimit old_limit {};
  ::getrlimit(RLIMIT_FSIZE, &old_limit);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = old_limit;
  small.rlim_cur = 4096;
  ::setrlimit(RLIMIT_FSIZE, &small);
  EXPECT_THROW(
      write_reports({{"README.md", "after\n"}, {"services/a.md", std::string(8192, 'x')}}, out),
      FileWriteError);
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(folder_listing(out), before);
  EXPECT_EQ(read_file(out / "README.md"), "before\n");
  EXPECT_EQ(folder_listing(tmp.path()).size(), before.size() + 1);  // no fresh folder left
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

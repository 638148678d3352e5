#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

namespace fs = std::filesystem;

// The exit code `f` fails with (ok when it does not throw).
template <typename F>
ExitCode exit_code_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return ExitCode::ok;
}

TEST(AtomicFile, WritesTheWholeFile) {
  testing::TempDir dir;
  write_file_atomically(dir / "a.txt", [](std::ostream& out) { out << "hello"; });
  EXPECT_EQ(testing::read_file(dir / "a.txt"), "hello");
}

// A failed write (as on a full disk) is the machine's failure, not bad input: exit 3, and
// neither the target nor a temporary file is left behind.
TEST(AtomicFile, AFailedWriteIsExit3) {
  testing::TempDir dir;
  const auto code = exit_code_of([&] {
    write_file_atomically(dir / "a.txt", [](std::ostream& out) {
      out << "partial";
      out.setstate(std::ios::badbit);
    });
  });
  EXPECT_EQ(code, ExitCode::internal);
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(AtomicFile, AFailedRenameIsExit3) {
  testing::TempDir dir;
  fs::create_directories(dir / "taken" / "inside");
  const auto code = exit_code_of(
      [&] { write_file_atomically(dir / "taken", [](std::ostream& out) { out << 1; }); });
  EXPECT_EQ(code, ExitCode::internal);
  EXPECT_TRUE(fs::is_directory(dir / "taken" / "inside"));
}

TEST(AtomicFile, AFolderThatCannotBeWrittenIsBadInput) {
  testing::TempDir dir;
  const auto code = exit_code_of([&] {
    write_file_atomically(dir / "missing" / "a.txt", [](std::ostream& out) { out << 1; });
  });
  EXPECT_EQ(code, ExitCode::bad_input);
}

// A link planted under the name the temporary file once had (".NAME.tmp-PID") is never written
// through, and a link at the target is replaced, not followed.
TEST(AtomicFile, PlantedLinksAreNeitherFollowedNorLeft) {
  testing::TempDir dir;
  const auto victim = dir.write("victim.txt", "precious");
  for (int pid = ::getpid() - 5; pid <= ::getpid() + 5; ++pid)
    fs::create_symlink(victim, dir / fmt::format(".a.txt.tmp-{}", pid));
  fs::create_symlink(victim, dir / "a.txt");
  write_file_atomically(dir / "a.txt", [](std::ostream& out) { out << "report"; });
  EXPECT_EQ(testing::read_file(victim), "precious");
  EXPECT_FALSE(fs::is_symlink(dir / "a.txt"));
  EXPECT_EQ(testing::read_file(dir / "a.txt"), "report");
}

TEST(NewFile, WritesTheWholeContentWithTheUsualPermissions) {
  testing::TempDir dir;
  const mode_t mask = ::umask(027);
  write_new_file(dir / "a.md", std::string(100'000, 'x') + "end");
  ::umask(mask);
  EXPECT_EQ(testing::read_file(dir / "a.md"), std::string(100'000, 'x') + "end");
  struct stat st {};
  ASSERT_EQ(::stat((dir / "a.md").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

// The file is the one made here: neither a file already there nor a link planted in its place is
// ever written, and either is the path's problem (exit 2).
TEST(NewFile, RefusesAnExistingFileOrLinkAndWritesNothingThrough) {
  testing::TempDir dir;
  const auto victim = dir.write("victim.txt", "precious");
  fs::create_symlink(victim, dir / "linked.md");
  EXPECT_EQ(exit_code_of([&] { write_new_file(dir / "linked.md", "report"); }),
            ExitCode::bad_input);
  EXPECT_EQ(exit_code_of([&] { write_new_file(victim, "report"); }), ExitCode::bad_input);
  EXPECT_EQ(testing::read_file(victim), "precious");
  EXPECT_TRUE(fs::is_symlink(dir / "linked.md"));
}

TEST(NewFile, AFolderThatIsNotThereIsBadInput) {
  testing::TempDir dir;
  EXPECT_EQ(exit_code_of([&] { write_new_file(dir / "missing" / "a.md", "x"); }),
            ExitCode::bad_input);
}

}  // namespace
}  // namespace socready

#pragma once
// Shared helpers for tests: a temporary folder per test and running the real binary.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace socready::testing {

// A fresh folder under the system temp dir, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  // Writes `content` to a file in the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the socready binary with `args` (no shell), with SOCREADY_TODAY fixed unless `today`
// is empty, and the working folder `cwd`.
RunResult run_socready(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                       const std::string& today = "2026-11-26", const std::string& stdin_text = "");

std::string read_file(const std::filesystem::path& p);
// The text with every run of spaces made one: Markdown tables pad their cells to line up.
std::string single_spaced(std::string_view text);
std::filesystem::path source_dir();  // the project's root folder

}  // namespace socready::testing

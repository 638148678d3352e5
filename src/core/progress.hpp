#pragma once
// A one-line progress display for long imports. It only ever draws on a terminal, so piped
// output, CI logs and tests see nothing, and it is cheap enough to call once per row.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace socready {

class Progress {
 public:
  // `automatic` draws when `out` is a terminal and SOCREADY_NO_PROGRESS is unset; tests use
  // `always` to see the output on a plain file.
  enum class Mode { automatic, always, never };

  // `total_bytes` is the input size for the percentage; 0 when unknown, which omits it.
  Progress(std::string label, std::uint64_t total_bytes, std::FILE* out = stderr,
           Mode mode = Mode::automatic);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Redraws "LABEL  42%  123,456 rows  210,345 rows/s" at most about 8 times a second.
  void update(std::uint64_t bytes_done, std::uint64_t rows);
  // Clears the line, so whatever prints next starts on a clean line. Also done on destruction,
  // so an error thrown mid-import is not printed after a half-drawn line.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;

  std::string label_;
  std::uint64_t total_bytes_;
  std::FILE* out_;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_;
  Clock::time_point next_draw_;
  std::uint64_t next_check_rows_ = 0;
  std::uint32_t calls_since_check_ = 0;
};

}  // namespace socready

#include "core/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

namespace socready {

namespace {

// Reading the clock costs far more than counting, so the clock is looked at only after this
// many rows (or calls, for callers that do not count rows).
constexpr std::uint64_t rows_between_checks = 4096;
constexpr std::uint32_t calls_between_checks = 4096;
constexpr auto redraw_interval = std::chrono::milliseconds(125);

bool wanted(std::FILE* out, Progress::Mode mode) {
  switch (mode) {
    case Progress::Mode::always:
      return out != nullptr;
    case Progress::Mode::never:
      return false;
    case Progress::Mode::automatic:
      break;
  }
  return out != nullptr && ::isatty(::fileno(out)) == 1 &&
         std::getenv("SOCREADY_NO_PROGRESS") == nullptr;
}

// 1234567 -> "1,234,567", independent of the C++ locale.
std::string with_thousands(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

Progress::Progress(std::string label, std::uint64_t total_bytes, std::FILE* out, Mode mode)
    : label_(std::move(label)),
      total_bytes_(total_bytes),
      out_(out),
      enabled_(wanted(out, mode)),
      start_(Clock::now()),
      next_draw_(start_ + redraw_interval) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t bytes_done, std::uint64_t rows) {
  if (!enabled_) return;
  if (rows < next_check_rows_ && ++calls_since_check_ < calls_between_checks) return;
  next_check_rows_ = rows + rows_between_checks;
  calls_since_check_ = 0;
  const auto now = Clock::now();
  if (now < next_draw_) return;
  next_draw_ = now + redraw_interval;

  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::string line = "\r\x1b[K" + label_;
  if (total_bytes_ > 0) {
    const std::uint64_t done = bytes_done < total_bytes_ ? bytes_done : total_bytes_;
    line += fmt::format("  {}%", done * 100 / total_bytes_);
  }
  line += fmt::format("  {} rows", with_thousands(rows));
  if (seconds > 0)
    line += fmt::format(
        "  {} rows/s",
        with_thousands(static_cast<std::uint64_t>(static_cast<double>(rows) / seconds)));
  std::fputs(line.c_str(), out_);
  std::fflush(out_);
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", out_);
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace socready

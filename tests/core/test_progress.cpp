#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <thread>

#include "core/progress.hpp"

namespace socready {
namespace {

std::string contents(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string s;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, f)) s.append(buf, n);
  return s;
}

void feed(Progress& p, std::uint64_t rows, std::uint64_t bytes_per_row) {
  for (std::uint64_t r = 1; r <= rows; ++r) p.update(r * bytes_per_row, r);
}

TEST(Progress, DrawsPercentRowsAndRateThenClearsTheLine) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    Progress p("importing controls.csv", 1000000, f, Progress::Mode::always);
    feed(p, 5000, 10);
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    feed(p, 50000, 10);  // rows restart at 1: the clock is checked again after 4096 of them
    p.finish();
  }
  const auto out = contents(f);
  std::fclose(f);
  EXPECT_NE(out.find("importing controls.csv"), std::string::npos) << out;
  EXPECT_NE(out.find("% "), std::string::npos) << out;
  EXPECT_NE(out.find(" rows/s"), std::string::npos) << out;
  EXPECT_NE(out.find(","), std::string::npos) << "thousands separators: " << out;
  // The last thing written clears the line, so the summary starts clean.
  EXPECT_EQ(out.substr(out.size() - 4), "\r\x1b[K") << out;
}

TEST(Progress, SilentWhenNotATerminal) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    Progress p("importing", 100, f, Progress::Mode::automatic);  // a file is not a terminal
    feed(p, 10000, 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    feed(p, 10000, 1);
  }
  EXPECT_EQ(contents(f), "");
  std::fclose(f);
}

}  // namespace
}  // namespace socready

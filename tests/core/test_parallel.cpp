#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/parallel.hpp"

namespace socready {
namespace {

TEST(ParallelFor, RunsEveryJobOnceIntoItsOwnSlot) {
  for (unsigned threads : {1u, 2u, 4u, 0u}) {
    std::vector<int> out(1000, 0);
    parallel_for(
        out.size(), [&](std::size_t i) { out[i] += static_cast<int>(i) * 2; }, threads);
    for (std::size_t i = 0; i < out.size(); ++i) ASSERT_EQ(out[i], static_cast<int>(i) * 2) << i;
  }
}

TEST(ParallelFor, NothingToDoIsNotAnError) {
  bool called = false;
  parallel_for(
      0, [&](std::size_t) { called = true; }, 4);
  EXPECT_FALSE(called);
}

TEST(ParallelFor, RethrowsTheLowestFailingJobAsALoopWould) {
  for (unsigned threads : {1u, 2u, 4u}) {
    std::atomic<int> ran{0};
    try {
      parallel_for(
          64,
          [&](std::size_t i) {
            ++ran;
            if (i == 7 || i == 9) throw std::runtime_error("job " + std::to_string(i));
          },
          threads);
      FAIL() << "no exception with " << threads << " threads";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "job 7") << threads << " threads";
    }
    // No job starts after a failure is seen: fewer than all ran (one per thread at most beyond).
    EXPECT_LT(ran.load(), 64) << threads << " threads";
  }
}

}  // namespace
}  // namespace socready

#include <gtest/gtest.h>

#include <string>

#include "store/key_filter.hpp"

namespace socready::store {
namespace {

std::string key(int i) { return "CTL-" + std::to_string(i); }

TEST(KeyFilter, AnEmptyFilterHoldsNothing) {
  KeyFilter f;
  EXPECT_FALSE(f.maybe_contains("CTL-1"));
  EXPECT_FALSE(f.maybe_contains(""));
  EXPECT_EQ(f.size(), 0u);
}

TEST(KeyFilter, EveryKeyAddedIsFoundAcrossItsGrowth) {
  KeyFilter f;
  constexpr int n = 100000;  // several levels
  for (int i = 0; i < n; ++i) f.add(key(i));
  EXPECT_EQ(f.size(), static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) ASSERT_TRUE(f.maybe_contains(key(i))) << key(i);
}

TEST(KeyFilter, KeysNeverAddedAreAlmostAlwaysAbsent) {
  KeyFilter f;
  constexpr int n = 100000;
  for (int i = 0; i < n; ++i) f.add(key(i));
  int false_positives = 0;
  for (int i = n; i < 2 * n; ++i) false_positives += f.maybe_contains(key(i)) ? 1 : 0;
  EXPECT_LT(false_positives, n / 1000);  // about 0.02% a level (0.04% here) is expected
}

}  // namespace
}  // namespace socready::store

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/suggest.hpp"

namespace socready {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("abc", "abc"), 0u);
  EXPECT_EQ(edit_distance("abc", "abd"), 1u);
  EXPECT_EQ(edit_distance("abc", "abcd"), 1u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(EditDistance, CountsAnAdjacentSwapAsOneEdit) {
  EXPECT_EQ(edit_distance("ab", "ba"), 1u);
  EXPECT_EQ(edit_distance("titel", "title"), 1u);
  EXPECT_EQ(edit_distance("cnotrol_id", "control_id"), 1u);
}

TEST(EditDistance, IsOptimalStringAlignmentNotFullDamerau) {
  // Full Damerau-Levenshtein gives 2 (swap, then insert into the swapped pair); OSA may not
  // edit a substring twice, so it gives 3.
  EXPECT_EQ(edit_distance("ca", "abc"), 3u);
}

TEST(EditDistance, IgnoresAsciiCase) {
  EXPECT_EQ(edit_distance("Title", "title"), 0u);
  EXPECT_EQ(edit_distance("CONTROL_ID", "control_ib"), 1u);
}

TEST(EditDistance, IsSymmetric) {
  const std::vector<std::string> words = {"", "a", "ab", "ba", "abc", "title", "titel", "owner"};
  for (const auto& a : words)
    for (const auto& b : words)
      EXPECT_EQ(edit_distance(a, b), edit_distance(b, a)) << a << "|" << b;
}

TEST(ClosestMatch, FindsTheNearestCandidate) {
  const std::vector<std::string> names = {"control_id", "title", "description", "owner"};
  EXPECT_EQ(closest_match("titel", names), "title");
  EXPECT_EQ(closest_match("descripton", names), "description");
  EXPECT_EQ(closest_match("ownr", names), "owner");
}

TEST(ClosestMatch, ReturnsTheCandidateSpellingIgnoringCase) {
  const std::vector<std::string> names = {"control_id", "title"};
  EXPECT_EQ(closest_match("TITLE", names), "title");
  EXPECT_EQ(closest_match("Control_Id", names), "control_id");
}

TEST(ClosestMatch, NothingWhenTooFar) {
  const std::vector<std::string> names = {"control_id", "title"};
  EXPECT_EQ(closest_match("zzzzzz", names), std::nullopt);
  EXPECT_EQ(closest_match("tXXXe", names), std::nullopt);  // three edits
  EXPECT_EQ(closest_match("tXXXe", names, 3), "title");
  EXPECT_EQ(closest_match("titel", names, 0), std::nullopt);
  EXPECT_EQ(closest_match("title", names, 0), "title");
}

TEST(ClosestMatch, NothingFromNoCandidates) {
  EXPECT_EQ(closest_match("title", std::vector<std::string>{}), std::nullopt);
  EXPECT_EQ(closest_match("title", std::vector<std::string_view>{}), std::nullopt);
}

TEST(ClosestMatch, TiesGoToTheFirstCandidate) {
  EXPECT_EQ(closest_match("tile", std::vector<std::string>{"tale", "tilt"}), "tale");
  EXPECT_EQ(closest_match("tile", std::vector<std::string>{"tilt", "tale"}), "tilt");
}

TEST(ClosestMatch, PrefersTheSmallestDistanceOverOrder) {
  EXPECT_EQ(closest_match("import", std::vector<std::string>{"export", "imports"}), "imports");
}

TEST(ClosestMatch, AcceptsStringViewCandidates) {
  static constexpr std::string_view names[] = {"services", "controls", "evidence", "tests"};
  EXPECT_EQ(closest_match("controsl", names), "controls");
  EXPECT_EQ(closest_match("test", names), "tests");
  EXPECT_EQ(closest_match("policies", names), std::nullopt);
}

}  // namespace
}  // namespace socready

#include <gtest/gtest.h>

#include "scoring/applicability_text.hpp"

namespace socready::scoring {
namespace {

TEST(ApplicabilityText, DecisionHeading) {
  EXPECT_EQ(decision_heading(Framework::soc1, {true, {}}), "SOC 1 applies");
  EXPECT_EQ(decision_heading(Framework::soc2, {false, {"no customer data"}}),
            "SOC 2 does not apply");
}

TEST(ApplicabilityText, CategoryLinesInOrder) {
  ApplicabilityResult a;
  a.soc2_categories = {{Category::security, "always in scope"},
                       {Category::privacy, "it holds personal data"}};
  EXPECT_EQ(category_lines(a), (std::vector<std::string>{"Security: always in scope",
                                                         "Privacy: it holds personal data"}));
  EXPECT_TRUE(category_lines(ApplicabilityResult{}).empty());
}

TEST(ApplicabilityText, ListText) {
  EXPECT_EQ(list_text({"A", "B", "C"}), "A, B, C");
  EXPECT_EQ(list_text({"A"}), "A");
  EXPECT_EQ(list_text({}), "");
  EXPECT_EQ(list_text({}, "(none)"), "(none)");
}

}  // namespace
}  // namespace socready::scoring

#include <gtest/gtest.h>

#include "scoring/applicability_text.hpp"

namespace socready::scoring {
namespace {

TEST(ApplicabilityText, DecisionHeading) {
  EXPECT_EQ(decision_heading(Framework::soc1, {Outcome::applies, {}}), "SOC 1 applies");
  EXPECT_EQ(decision_heading(Framework::soc2, {Outcome::does_not_apply, {"no customer data"}}),
            "SOC 2 does not apply");
  EXPECT_EQ(decision_heading(Framework::soc2, {Outcome::undetermined, {}}), "SOC 2 undetermined");
}

TEST(ApplicabilityText, UndeterminedLineNamesTheQuestionsToAnswer) {
  const FrameworkDecision d{Outcome::undetermined, {}, {"Q1?", "Q4?"}};
  EXPECT_EQ(undetermined_line(Framework::soc1, d), "SOC 1: undetermined — answer: Q1? Q4?");
}

TEST(ApplicabilityText, NotesListOnlyWhatIsThereInOrder) {
  ApplicabilityResult a;
  EXPECT_TRUE(applicability_notes(a, true).empty());
  a.unknowns = {"Q2?"};
  a.contradictions = {"check Q1"};
  a.to_confirm = {{"Q1?", "capability 'billing'"}};
  const auto notes = applicability_notes(a, true);
  ASSERT_EQ(notes.size(), 3u);
  EXPECT_EQ(notes[0].heading, "To confirm (inferred answers)");
  EXPECT_EQ(notes[0].items,
            std::vector<std::string>{"Q1? yes, inferred from capability 'billing'"});
  EXPECT_EQ(notes[1].heading, "Contradictions to check");
  EXPECT_EQ(notes[2].heading, still_to_answer);
  EXPECT_EQ(applicability_notes(a, false).size(), 2u);
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

#pragma once
// The wording of an applicability decision, written once for the three places that show it:
// `explain`, the `applicability` command and the service report. Each lays the pieces out in
// its own format (indented text, escaped Markdown); the words and lists come from here.

#include <string>
#include <string_view>
#include <vector>

#include "scoring/result.hpp"

namespace socready::scoring {

// "SOC 1 applies", "SOC 2 does not apply", "SOC 2 undetermined".
std::string decision_heading(Framework framework, const FrameworkDecision& decision);

// "SOC 2: undetermined — answer: Does it …? Do customers …?" for an undetermined framework.
std::string undetermined_line(Framework framework, const FrameworkDecision& decision);

// "Does the service affect …? yes, inferred from capability 'billing'".
std::string to_confirm_line(const Inference& inference);

// "Security: always in scope", one per category in scope, in canonical order.
std::vector<std::string> category_lines(const ApplicabilityResult& applicability);

// The lists under a decision that are not empty, in the order shown: to confirm, contradictions,
// and (with `unknowns`) the questions still to answer.
struct NoteList {
  std::string_view heading;
  std::vector<std::string> items;
};
std::vector<NoteList> applicability_notes(const ApplicabilityResult& applicability, bool unknowns);

// "A, B, C"; `none` when the list is empty.
std::string list_text(const std::vector<std::string>& items, std::string_view none = "");

// The heading of the unanswered questions.
inline constexpr std::string_view still_to_answer = "Still to answer";

}  // namespace socready::scoring

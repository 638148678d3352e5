#include "scoring/applicability_text.hpp"

#include <fmt/format.h>

namespace socready::scoring {

std::string decision_heading(Framework framework, const FrameworkDecision& decision) {
  std::string_view outcome = decision.outcome == Outcome::applies          ? "applies"
                             : decision.outcome == Outcome::does_not_apply ? "does not apply"
                                                                           : "undetermined";
  return fmt::format("{} {}", label(framework), outcome);
}

std::string undetermined_line(Framework framework, const FrameworkDecision& decision) {
  std::string questions;
  for (const auto& q : decision.to_answer) questions += (questions.empty() ? "" : " ") + q;
  return fmt::format("{}: undetermined — answer: {}", label(framework), questions);
}

std::string to_confirm_line(const Inference& inference) {
  return fmt::format("{} yes, inferred from {}", inference.question, inference.from);
}

std::vector<NoteList> applicability_notes(const ApplicabilityResult& applicability, bool unknowns) {
  std::vector<NoteList> out;
  std::vector<std::string> confirm;
  for (const auto& i : applicability.to_confirm) confirm.push_back(to_confirm_line(i));
  if (!confirm.empty()) out.push_back({"To confirm (inferred answers)", std::move(confirm)});
  if (!applicability.contradictions.empty())
    out.push_back({"Contradictions to check", applicability.contradictions});
  if (unknowns && !applicability.unknowns.empty())
    out.push_back({still_to_answer, applicability.unknowns});
  return out;
}

std::vector<std::string> category_lines(const ApplicabilityResult& applicability) {
  std::vector<std::string> out;
  out.reserve(applicability.soc2_categories.size());
  for (const auto& c : applicability.soc2_categories)
    out.push_back(fmt::format("{}: {}", name(c.category), c.reason));
  return out;
}

// By hand rather than fmt::join: fmt 9's runtime spec parsing trips a false GCC 12 warning at -O3.
std::string list_text(const std::vector<std::string>& items, std::string_view none) {
  if (items.empty()) return std::string(none);
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return out;
}

}  // namespace socready::scoring

#include "scoring/applicability_text.hpp"

#include <fmt/format.h>

namespace socready::scoring {

std::string decision_heading(Framework framework, const FrameworkDecision& decision) {
  return fmt::format("{} {}", label(framework), decision.applies ? "applies" : "does not apply");
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

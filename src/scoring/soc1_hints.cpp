#include "scoring/soc1_hints.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace socready::scoring {

namespace {

// Enough keys to find them in the inventory; the suggestion file lists them all.
constexpr std::size_t hint_keys_shown = 5;

}  // namespace

std::vector<Soc1Hint> soc1_hints(const ServiceResult& result,
                                 std::span<const ObjectiveCriteria> extra) {
  const Crosswalk crosswalk(extra);
  const Readiness& soc1 = result.soc1_type2;
  const Readiness& soc2 = result.soc2_type1;
  std::vector<Soc1Hint> out;
  for (const auto& objective : soc1.requirements) {
    if (!objective.blocker) continue;
    const auto mapped = [&](const std::string& key) {
      return std::any_of(objective.controls.begin(), objective.controls.end(),
                         [&](const auto& c) { return c->key == key; });
    };
    Soc1Hint hint{objective.code, {}, {}};
    for (const auto& criterion : crosswalk.criteria_of(objective.code)) {
      const RequirementScore* r = soc2.find(criterion);
      if (!r) continue;
      bool named = false;
      for (const auto& c : r->controls) {
        if (mapped(c->key)) continue;
        hint.controls.push_back(c->key);
        named = true;
      }
      if (named) hint.criteria.push_back(criterion);
    }
    std::sort(hint.controls.begin(), hint.controls.end());
    hint.controls.erase(std::unique(hint.controls.begin(), hint.controls.end()),
                        hint.controls.end());
    if (!hint.controls.empty()) out.push_back(std::move(hint));
  }
  return out;
}

std::string hint_text(const Soc1Hint& hint) {
  const auto n = hint.controls.size();
  const auto shown = std::min(n, hint_keys_shown);
  std::string keys = fmt::format(
      "{}",
      fmt::join(hint.controls.begin(), hint.controls.begin() + static_cast<long>(shown), ", "));
  if (n > shown) keys += fmt::format(" and {} more", n - shown);
  return fmt::format("{} control{} tagged with {} could address it ({})", n, n == 1 ? "" : "s",
                     fmt::join(hint.criteria, ", "), keys);
}

std::string suggest_command(const std::string& service) {
  return "socready suggest soc1 " + service;
}

}  // namespace socready::scoring

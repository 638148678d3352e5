#include "scoring/crosswalk.hpp"

#include <algorithm>

namespace socready::scoring {

std::string_view name(Strength s) { return s == Strength::strong ? "strong" : "weaker"; }

Crosswalk::Crosswalk(std::span<const ObjectiveCriteria> extra) {
  auto add = [&](std::string_view criterion, std::string_view objective, Strength strength) {
    auto& targets = by_criterion_[std::string(criterion)];
    auto it = std::find_if(targets.begin(), targets.end(),
                           [&](const Target& t) { return t.objective == objective; });
    // A user's entry repeating the table's makes it strong, never a second suggestion.
    if (it != targets.end()) {
      it->strength = std::min(it->strength, strength);
      return;
    }
    targets.push_back({std::string(objective), strength});
    entries_.emplace_back(criterion, objective);
  };
  for (const auto& e : policy::crosswalk) add(e.criterion, e.objective, e.strength);
  for (const auto& o : extra)
    for (const auto& c : o.criteria) add(c, o.objective, Strength::strong);
}

const std::vector<Crosswalk::Target>& Crosswalk::objectives_of(std::string_view criterion) const {
  static const std::vector<Target> none;
  const auto it = by_criterion_.find(criterion);
  return it == by_criterion_.end() ? none : it->second;
}

std::vector<std::string> Crosswalk::criteria_of(std::string_view objective) const {
  std::vector<std::string> out;
  for (const auto& [criterion, o] : entries_)
    if (o == objective) out.push_back(criterion);
  return out;
}

std::optional<Strength> Crosswalk::strength(std::string_view criterion,
                                            std::string_view objective) const {
  for (const auto& t : objectives_of(criterion))
    if (t.objective == objective) return t.strength;
  return std::nullopt;
}

}  // namespace socready::scoring

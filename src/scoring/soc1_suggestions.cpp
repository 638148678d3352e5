#include "scoring/soc1_suggestions.hpp"

#include <algorithm>
#include <unordered_map>

#include "scoring/applicability.hpp"

namespace socready::scoring {

namespace {

// One flag per SOC 1 objective of the catalog, by its position among them.
using Flags = std::vector<char>;

void add_flags(Flags& into, const Flags& from) {
  for (std::size_t i = 0; i < into.size(); ++i) into[i] = static_cast<char>(into[i] | from[i]);
}

bool any_flag(const Flags& f) { return std::find(f.begin(), f.end(), 1) != f.end(); }

struct Found {
  std::size_t objective = 0;
  const std::string* criterion = nullptr;
  Strength strength = Strength::strong;
};

}  // namespace

Soc1Suggestions suggest_soc1(const SuggestionInput& input, std::span<const std::string> named,
                             std::span<const ObjectiveCriteria> extra) {
  const Crosswalk crosswalk(extra);
  std::vector<const Requirement*> objectives;
  std::unordered_map<std::string_view, std::size_t> objective_at;
  for (const auto& r : input.catalog)
    if (r.framework == Framework::soc1) {
      objective_at.emplace(r.code, objectives.size());
      objectives.push_back(&r);
    }
  const std::size_t n = objectives.size();

  Soc1Suggestions out;
  std::vector<Flags> scope;  // per service considered: its objectives in scope
  std::unordered_map<std::string_view, std::size_t> service_at;
  Flags any_scope(n, 0);  // in scope for at least one service considered
  for (const auto& s : input.services) {
    const bool is_named = std::find(named.begin(), named.end(), s.slug) != named.end();
    if (!named.empty() && !is_named) continue;
    const auto applicability = decide_applicability(s, input.catalog);
    if (!applicability.soc1.applies()) {
      if (named.empty()) continue;
      out.not_applying.push_back(s.slug);
    }
    Flags flags(n, 0);
    for (const auto& code : applicability.soc1_objectives)
      if (const auto it = objective_at.find(code); it != objective_at.end()) flags[it->second] = 1;
    add_flags(any_scope, flags);
    service_at.emplace(s.slug, out.services.size());
    out.services.push_back(s.slug);
    scope.push_back(std::move(flags));
  }

  struct Tally {
    int already = 0, strong = 0, weaker = 0;
  };
  std::vector<Tally> tally(n);
  std::vector<Flags> covered(out.services.size(), Flags(n, 0));  // after the suggestions
  Flags covered_everywhere(n, 0);                                // by entity-level controls
  Flags reach(n), after(n);
  std::vector<Found> found;
  for (const auto& c : input.controls) {
    if (c.status == Status::not_applicable) continue;
    // The objectives in scope for the services considered that this control covers.
    if (c.all_services) {
      reach = any_scope;
    } else {
      std::fill(reach.begin(), reach.end(), 0);
      for (const auto& slug : c.services)
        if (const auto it = service_at.find(slug); it != service_at.end())
          add_flags(reach, scope[it->second]);
    }
    if (!any_flag(reach)) continue;

    std::fill(after.begin(), after.end(), 0);
    for (const auto& code : c.requirements)
      if (const auto it = objective_at.find(code); it != objective_at.end() && reach[it->second]) {
        after[it->second] = 1;
        ++tally[it->second].already;
      }
    found.clear();
    for (const auto& code : c.requirements)
      for (const auto& target : crosswalk.objectives_of(code)) {
        const auto it = objective_at.find(target.objective);
        if (it == objective_at.end() || !reach[it->second]) continue;
        if (std::find(c.requirements.begin(), c.requirements.end(), target.objective) !=
            c.requirements.end())
          continue;  // already addressed: never suggested again
        found.push_back({it->second, &code, target.strength});
      }
    // By objective in catalog order; each objective's criteria keep the control's order.
    std::stable_sort(found.begin(), found.end(),
                     [](const Found& a, const Found& b) { return a.objective < b.objective; });
    for (std::size_t i = 0; i < found.size();) {
      Soc1Suggestion s{c.key, objectives[found[i].objective]->code, {}, Strength::weaker};
      const std::size_t objective = found[i].objective;
      for (; i < found.size() && found[i].objective == objective; ++i) {
        s.from.push_back(*found[i].criterion);
        s.strength = std::min(s.strength, found[i].strength);
      }
      ++(s.strength == Strength::strong ? tally[objective].strong : tally[objective].weaker);
      after[objective] = 1;
      out.suggestions.push_back(std::move(s));
    }
    if (!found.empty()) out.controls.push_back(c.key);

    if (c.all_services) {
      add_flags(covered_everywhere, after);
    } else {
      for (const auto& slug : c.services)
        if (const auto it = service_at.find(slug); it != service_at.end())
          add_flags(covered[it->second], after);
    }
  }

  for (std::size_t i = 0; i < n; ++i) {
    if (!any_scope[i]) continue;
    ObjectiveOutlook o{objectives[i]->code,
                       objectives[i]->title,
                       tally[i].already,
                       tally[i].strong,
                       tally[i].weaker,
                       {},
                       0};
    for (std::size_t s = 0; s < out.services.size(); ++s) {
      if (!scope[s][i]) continue;
      ++o.in_scope;
      if (!covered[s][i] && !covered_everywhere[i]) o.uncovered.push_back(out.services[s]);
    }
    out.objectives.push_back(std::move(o));
  }
  return out;
}

}  // namespace socready::scoring

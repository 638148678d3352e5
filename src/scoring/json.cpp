#include "scoring/json.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_set>

namespace socready::scoring {

using nlohmann::json;

namespace {

json decision_json(const FrameworkDecision& d) {
  return {{"applies", d.applies()},
          {"applicability", std::string(name(d.outcome))},
          {"rationale", d.rationale},
          {"to_answer", d.to_answer}};
}

json to_confirm_json(const ApplicabilityResult& a) {
  json out = json::array();
  for (const auto& i : a.to_confirm)
    out.push_back({{"question", i.question}, {"inferred", "yes"}, {"from", i.from}});
  return out;
}

json categories_json(const ApplicabilityResult& a) {
  json out = json::array();
  for (const auto& c : a.soc2_categories)
    out.push_back({{"category", std::string(name(c.category))}, {"reason", c.reason}});
  return out;
}

// SPEC §6's `deviations`: the tests of the window that found a deviation, once per control and
// date. Missing periods are left to explain and the report: a portfolio whose entity-level
// controls miss weeks would repeat thousands of them under every service.
json test_deviations_json(const Readiness& r) {
  std::vector<const Deviation*> found;
  std::unordered_set<std::string_view> seen;
  if (r.type == ReportType::type2)
    for (const auto& q : r.requirements)
      for (const auto& c : q.controls) {
        auto is_test = [](const Deviation& d) { return !d.missing(); };
        if (std::none_of(c->deviations.begin(), c->deviations.end(), is_test)) continue;
        if (!seen.insert(c->key).second) continue;
        for (const auto& d : c->deviations)
          if (is_test(d)) found.push_back(&d);
      }
  std::stable_sort(found.begin(), found.end(), [](const Deviation* a, const Deviation* b) {
    return std::tie(a->date, a->control) < std::tie(b->date, b->control);
  });
  json out = json::array();
  for (const Deviation* d : found)
    out.push_back({{"control", d->control}, {"date", d->date.iso()}, {"result", d->result_name()}});
  return out;
}

}  // namespace

json applicability_body_json(const ApplicabilityResult& a) {
  json soc2 = decision_json(a.soc2);
  soc2["categories"] = categories_json(a);
  return {{"verdict", a.verdict},
          {"soc1", decision_json(a.soc1)},
          {"soc2", std::move(soc2)},
          {"soc1_objectives", a.soc1_objectives},
          {"unknowns", a.unknowns},
          {"to_confirm", to_confirm_json(a)},
          {"contradictions", a.contradictions}};
}

json score_json(const ServiceResult& result, Framework framework, ReportType type) {
  const Readiness& r = result.readiness(framework, type);
  json out = {{"service", result.service},
              {"product_line", result.product_line},
              {"framework", std::string(name(framework))},
              {"applies", r.applies()},
              {"applicability", std::string(name(r.applicability))},
              {"type", std::string(name(type))},
              {"readiness", r.display_readiness()},
              {"band", std::string(name(r.band))},
              {"in_scope", r.in_scope},
              {"covered", r.covered},
              {"blockers", r.blockers}};
  out["deviations"] = test_deviations_json(r);
  if (framework == Framework::soc2) {
    json names = json::array();
    for (const auto& c : result.applicability.soc2_categories)
      names.push_back(std::string(name(c.category)));
    out["categories"] = std::move(names);
  }
  return out;
}

json applicability_json(const ServiceResult& result) {
  json out = {
      {"service", result.service}, {"name", result.name}, {"product_line", result.product_line}};
  out.update(applicability_body_json(result.applicability));
  return out;
}

}  // namespace socready::scoring

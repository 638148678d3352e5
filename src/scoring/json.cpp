#include "scoring/json.hpp"

#include <string>

namespace socready::scoring {

using nlohmann::json;

namespace {

json decision_json(const FrameworkDecision& d) {
  return {{"applies", d.applies}, {"rationale", d.rationale}};
}

json categories_json(const ApplicabilityResult& a) {
  json out = json::array();
  for (const auto& c : a.soc2_categories)
    out.push_back({{"category", std::string(name(c.category))}, {"reason", c.reason}});
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
          {"unknowns", a.unknowns}};
}

json score_json(const ServiceResult& result, Framework framework, ReportType type) {
  const Readiness& r = result.readiness(framework, type);
  json out = {{"service", result.service},
              {"product_line", result.product_line},
              {"framework", std::string(name(framework))},
              {"applies", r.applies},
              {"type", std::string(name(type))},
              {"readiness", r.display_readiness()},
              {"band", std::string(name(r.band))},
              {"in_scope", r.in_scope},
              {"covered", r.covered},
              {"blockers", r.blockers}};
  json deviations = json::array();
  for (const auto& d : deviations_of(r)) {
    json one = {{"control", d.deviation.control},
                {"date", d.deviation.date.iso()},
                {"result", d.deviation.result_name()}};
    if (d.deviation.missing()) one["period"] = d.deviation.period;
    deviations.push_back(std::move(one));
  }
  out["deviations"] = std::move(deviations);
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

#include "oscal/catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace socready::oscal {

namespace {

struct Series {
  std::string id;
  std::string title;
  std::vector<const scoring::RequirementScore*> requirements;
};

// Every service lists its requirements in catalog order; the union keeps the order of first
// sight, so series and requirements come out as the catalog has them for the common case.
std::vector<Series> series_of(const Snapshot& s, Framework f) {
  std::vector<Series> out;
  std::set<std::string> seen;
  for (const auto& service : s.services)
    for (const auto& r : requirements(service, f)) {
      if (!seen.insert(r.code).second) continue;
      auto it =
          std::find_if(out.begin(), out.end(), [&](const Series& x) { return x.id == r.series; });
      if (it == out.end()) {
        const std::string title = !r.series_title.empty() ? r.series_title
                                  : !r.series.empty()     ? r.series
                                                          : r.category;
        out.push_back({r.series, title, {}});
        it = out.end() - 1;
      }
      it->requirements.push_back(&r);
    }
  return out;
}

Json control(Framework f, const scoring::RequirementScore& r) {
  Json c;
  c["id"] = requirement_id(f, r.code);
  c["class"] = f == Framework::soc1 ? "objective" : "criterion";
  c["title"] = one_line(r.title.empty() ? r.code : r.title);
  Json props = Json::array();
  props.push_back(Json{{"name", "label"}, {"value", one_line(r.code)}});
  add_prop(props, "category", r.category);
  c["props"] = props;
  return c;
}

}  // namespace

Json catalog(const Snapshot& s) {
  Json groups = Json::array();
  for (Framework f : scoring::all_frameworks) {
    const auto series = series_of(s, f);
    if (series.empty()) continue;
    const std::string fw = f == Framework::soc1 ? "soc1" : "soc2";
    Json sub = Json::array();
    for (const auto& x : series) {
      Json controls = Json::array();
      for (const auto* r : x.requirements) controls.push_back(control(f, *r));
      Json g;
      g["id"] = requirement_id(f, x.id.empty() ? "series" : x.id) + "-series";
      g["class"] = "series";
      g["title"] = one_line(!x.title.empty() ? x.title : !x.id.empty() ? x.id : "Requirements");
      g["controls"] = controls;
      sub.push_back(std::move(g));
    }
    Json g;
    g["id"] = fw;
    g["class"] = "framework";
    g["title"] = f == Framework::soc1 ? "SOC 1 control objectives" : "SOC 2 criteria";
    g["groups"] = sub;
    groups.push_back(std::move(g));
  }
  Json c;
  c["uuid"] = uuid_for(s, "catalog");
  c["metadata"] = metadata(s, fmt::format("socready requirements, {}", s.period));
  c["metadata"]["remarks"] =
      "The requirements socready scores, in its own short wording. These titles are not the "
      "text of the AICPA Trust Services Criteria or of any auditor's control objectives.";
  c["groups"] = groups;
  return Json{{"catalog", c}};
}

}  // namespace socready::oscal

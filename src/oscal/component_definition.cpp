#include "oscal/component_definition.hpp"

#include <fmt/format.h>

#include <map>

namespace socready::oscal {

namespace {

constexpr std::string_view owner_role = "control-owner";

struct ControlUse {
  const scoring::ControlScore* control = nullptr;
  std::map<Framework, std::vector<const scoring::RequirementScore*>> addresses;
};

std::string control_description(const scoring::ControlScore& c) {
  std::string text = fmt::format("{}: {}", c.key, c.title.empty() ? c.key : c.title);
  text += fmt::format(". Status {}", name(c.status));
  if (c.frequency) text += fmt::format(", {}", name(*c.frequency));
  return one_line(text + ".");
}

Json component(const Snapshot& s, const scoring::ServiceResult& service, const ControlUse& use,
               const std::string& catalog_href) {
  const scoring::ControlScore& c = *use.control;
  const std::string base =
      fmt::format("component-definition/{}/control/{}", service.service, c.key);
  Json j;
  j["uuid"] = uuid_for(s, base);
  j["type"] = "process-procedure";
  j["title"] = one_line(fmt::format("{} {}", c.key, c.title));
  j["description"] = control_description(c);
  Json props = Json::array();
  add_prop(props, "control-id", c.key);
  add_prop(props, "status", name(c.status));
  if (c.frequency) add_prop(props, "frequency", name(*c.frequency));
  j["props"] = props;
  if (!c.owner.empty())
    j["responsible-roles"] = Json::array(
        {Json{{"role-id", owner_role}, {"party-uuids", Json::array({party_uuid(s, c.owner)})}}});
  Json implementations = Json::array();
  for (const auto& [f, list] : use.addresses) {
    Json requirements = Json::array();
    for (const auto* r : list) {
      Json req;
      req["uuid"] = uuid_for(s, fmt::format("{}/{}", base, requirement_id(f, r->code)));
      req["control-id"] = requirement_id(f, r->code);
      req["description"] = one_line(fmt::format("{} addresses {} {}.", c.key, r->code, r->title));
      requirements.push_back(std::move(req));
    }
    Json impl;
    impl["uuid"] = uuid_for(s, fmt::format("{}/{}", base, label(f)));
    impl["source"] = catalog_href;
    impl["description"] = fmt::format("The {} requirements control {} addresses for {}.", label(f),
                                      c.key, service.service);
    impl["implemented-requirements"] = requirements;
    implementations.push_back(std::move(impl));
  }
  j["control-implementations"] = implementations;
  return j;
}

}  // namespace

std::vector<Framework> applicable_frameworks(const scoring::ServiceResult& service) {
  std::vector<Framework> out;
  for (Framework f : scoring::all_frameworks)
    if (service.applicability.decision(f).applies()) out.push_back(f);
  return out;
}

std::string party_uuid(const Snapshot& s, const std::string& owner) {
  return uuid_for(s, "party/" + owner);
}

Json component_definition(const Snapshot& s, const scoring::ServiceResult& service,
                          const std::string& catalog_href) {
  std::map<std::string, ControlUse> controls;  // by key, so components come in key order
  for (Framework f : applicable_frameworks(service))
    for (const auto& r : requirements(service, f))
      for (const auto& c : r.controls) {
        if (!c) continue;
        auto& use = controls[c->key];
        use.control = c;
        use.addresses[f].push_back(&r);
      }

  Json meta = metadata(s, fmt::format("Controls of {} ({}), {}",
                                      service.name.empty() ? service.service : service.name,
                                      service.service, s.period));
  add_prop(meta["props"], "service", service.service);
  add_prop(meta["props"], "product-line", service.product_line);
  std::map<std::string, std::string> owners;  // name -> party UUID, sorted by name
  for (const auto& [key, use] : controls)
    if (!use.control->owner.empty())
      owners.emplace(use.control->owner, party_uuid(s, use.control->owner));
  if (!owners.empty()) {
    meta["roles"] = Json::array({Json{{"id", owner_role}, {"title", "Control owner"}}});
    Json parties = Json::array();
    for (const auto& [owner, uuid] : owners)
      parties.push_back(Json{{"uuid", uuid}, {"type", "person"}, {"name", one_line(owner)}});
    meta["parties"] = parties;
  }

  Json d;
  d["uuid"] = uuid_for(s, "component-definition/" + service.service);
  d["metadata"] = meta;
  if (!controls.empty()) {
    Json components = Json::array();
    for (const auto& [key, use] : controls)
      components.push_back(component(s, service, use, catalog_href));
    d["components"] = components;
  }
  return Json{{"component-definition", d}};
}

}  // namespace socready::oscal

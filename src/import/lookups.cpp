#include "import/lookups.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/capabilities.hpp"
#include "core/suggest.hpp"
#include "import/vocabulary.hpp"
#include "store/capability_store.hpp"
#include "store/catalog_store.hpp"
#include "store/service_store.hpp"

namespace socready::import {

std::string suggestion(std::string_view word, const std::vector<std::string>& candidates) {
  return did_you_mean(word, candidates);
}

Lookups Lookups::load(store::Database& db) {
  Lookups l;
  for (auto& [slug, id] : store::service_ids(db)) {
    l.service_slugs.push_back(slug);
    l.services.emplace(slug, id);
  }
  const auto ids = store::requirement_ids(db);
  for (const auto& r : store::load_catalog(db)) {
    l.requirements.emplace(r.code, RequirementRef{ids.at(r.code), r.framework});
    (r.framework == Framework::soc2 ? l.criteria : l.objectives).push_back(r.code);
    if (r.framework == Framework::soc1 && r.is_default) l.default_objectives.push_back(r.code);
  }
  l.set_capabilities(store::load_capabilities(db));
  return l;
}

void Lookups::set_capabilities(std::vector<Capability> user) {
  capabilities = std::move(user);
  capability_names.clear();
  for (const auto& c : capabilities) capability_names.push_back(c.name);
  for (const auto& c : builtin_capabilities()) capability_names.push_back(c.name);
}

std::vector<std::int64_t> Lookups::requirements_of(std::string_view list, Framework framework,
                                                   const Cell& cell,
                                                   std::vector<std::string>* codes) const {
  std::vector<std::int64_t> out;
  for (auto item : split_list(list)) {
    std::string code(item);  // codes are short: no allocation
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    auto it = requirements.find(code);
    if (it == requirements.end()) {
      const bool soc2 = framework == Framework::soc2;
      cell.problem(fmt::format("{}: {} is not a {}{}", cell.header, item,
                               soc2 ? "Trust Services Criterion" : "SOC 1 control objective",
                               suggestion(code, soc2 ? criteria : objectives)));
      continue;
    }
    if (it->second.framework != framework) {
      cell.problem(fmt::format(
          "{}: {} is a {}; list it under {}", cell.header, code,
          framework == Framework::soc2 ? "SOC 1 control objective" : "Trust Services Criterion",
          framework == Framework::soc2 ? "soc1_objectives" : "tsc"));
      continue;
    }
    out.push_back(it->second.id);
    if (codes) codes->push_back(code);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  if (codes) {
    std::sort(codes->begin(), codes->end());
    codes->erase(std::unique(codes->begin(), codes->end()), codes->end());
  }
  return out;
}

std::optional<std::int64_t> Lookups::service(std::string_view slug, const Cell& cell) const {
  auto it = services.find(slug);
  if (it != services.end()) return it->second;
  cell.problem(
      fmt::format("services: no service '{}'; import it with 'socready import "
                  "services' first{}",
                  slug, suggestion(slug, service_slugs)));
  return std::nullopt;
}

bool Lookups::is_default_objective(std::string_view code) const {
  return std::find(default_objectives.begin(), default_objectives.end(), code) !=
         default_objectives.end();
}

}  // namespace socready::import

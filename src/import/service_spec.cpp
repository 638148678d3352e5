#include "import/service_spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/capabilities.hpp"
#include "import/lookups.hpp"
#include "import/spec_reading.hpp"
#include "import/vocabulary.hpp"

namespace socready::import {

namespace {

using S = Service;
using nlohmann::ordered_json;

template <std::string Service::*M>
constexpr Column<S> audited_text_column(std::string_view header) {
  return {header,
          Need::optional,
          [](S& s, const Cell& c) { s.*M = free_text(c.text); },
          [](const S& s) { return s.*M; },
          true,
          [](const S& s) -> ordered_json { return s.*M; }};
}

template <Answer Service::*M>
constexpr Column<S> answer_column(std::string_view header) {
  return {header,
          Need::optional,
          [](S& s, const Cell& c) { read_answer(c, s.*M); },
          [](const S& s) { return answer_text(s.*M); },
          false,
          [](const S& s) -> ordered_json {
            if (!(s.*M)) return nullptr;
            return *(s.*M);
          }};
}

template <Override Service::*M>
constexpr Column<S> override_column(std::string_view header) {
  return {header,
          Need::optional,
          [](S& s, const Cell& c) {
            if (auto o = override_from(c.text))
              s.*M = *o;
            else
              c.problem(
                  fmt::format("{}: '{}' is not an override; expected required, excluded or "
                              "blank",
                              c.header, trim(c.text)));
          },
          [](const S& s) { return std::string(name(s.*M)); },
          false,
          [](const S& s) -> ordered_json { return std::string(name(s.*M)); }};
}

void read_privacy_role(S& s, const Cell& c) {
  const auto text = trim(c.text);
  if (text.empty()) return;
  if (auto role = parse_privacy_role(text))
    s.privacy_role = *role;
  else
    c.problem(
        fmt::format("privacy_role: '{}' is not a privacy role; expected controller, "
                    "processor or blank (unknown)",
                    text));
}

std::string privacy_role_text(const S& s) {
  return s.privacy_role ? std::string(name(*s.privacy_role)) : std::string();
}

void read_key(S& s, const Cell& c) { s.slug = read_slug(c, "payroll-engine"); }

void read_capabilities(S& s, const Cell& c) {
  const auto& lookups = *c.context->lookups;
  for (auto item : split_list(c.text)) {
    auto cap = canonical_capability(item);
    if (find_capability(cap, lookups.capabilities))
      s.capabilities.push_back(std::move(cap));
    else
      c.problem(
          fmt::format("capabilities: '{}' is not a known capability{} (add your own with "
                      "socready import capabilities)",
                      item, suggestion(item, lookups.capability_names)));
  }
  sort_unique(s.capabilities);
}

void read_override_reason(S& s, const Cell& c) {
  s.override_reason = free_text(c.text);
  if ((s.soc1 != Override::none || s.soc2 != Override::none) && s.override_reason.empty())
    c.problem("override_reason: an override needs its reason (e.g. the contract that requires it)");
}

void read_categories(S& s, const Cell& c) {
  const auto items = split_list(c.text);
  if (items.empty()) return;
  s.soc2_categories.emplace();
  for (auto item : items) {
    if (auto cat = category_from(item))
      s.soc2_categories->push_back(*cat);
    else
      c.problem(
          fmt::format("soc2_categories: '{}' is not a category; expected Security, "
                      "Availability, Processing Integrity, Confidentiality or Privacy",
                      item));
  }
  sort_unique(*s.soc2_categories);
}

std::vector<std::string> category_names(const S& s) {
  std::vector<std::string> names;
  if (s.soc2_categories)
    for (auto c : *s.soc2_categories) names.emplace_back(name(c));
  return names;
}

void read_objectives(S& s, const Cell& c) {
  const auto& lookups = *c.context->lookups;
  std::vector<std::string> codes;
  lookups.requirements_of(c.text, Framework::soc1, c, &codes);
  // Stored objectives come back in catalog order; keep the same order to compare.
  for (const auto& code : lookups.objectives)
    if (std::find(codes.begin(), codes.end(), code) != codes.end())
      s.soc1_objectives.push_back(code);
}

// After soc1_objectives: an exclusion must name an objective of the scope it leaves (SPEC §3).
void read_exclusions(S& s, const Cell& c) {
  const auto& lookups = *c.context->lookups;
  std::vector<std::string> codes;
  lookups.requirements_of(c.text, Framework::soc1, c, &codes);
  for (const auto& code : lookups.objectives) {
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) continue;
    const bool named = std::find(s.soc1_objectives.begin(), s.soc1_objectives.end(), code) !=
                       s.soc1_objectives.end();
    if (named || lookups.is_default_objective(code))
      s.soc1_objectives_excluded.push_back(code);
    else
      c.problem(fmt::format(
          "soc1_objectives_excluded: {} is not in this service's SOC 1 scope (the default "
          "objectives and those in soc1_objectives), so there is nothing to exclude",
          code));
  }
}

void read_exclusion_reason(S& s, const Cell& c) {
  s.soc1_exclusion_reason = free_text(c.text);
  if (!s.soc1_objectives_excluded.empty() && s.soc1_exclusion_reason.empty())
    c.problem(
        "soc1_exclusion_reason: an excluded objective needs its reason (e.g. why the service "
        "has no such process)");
}

}  // namespace

// In the order of the file format.
const Spec<Service, service_columns> service_spec{{
    {"service", Need::required, read_key, [](const S& s) { return s.slug; }, false,
     [](const S& s) -> ordered_json { return s.slug; }},
    audited_text_column<&S::name>("name"),
    audited_text_column<&S::product_line>("product_line"),
    audited_text_column<&S::description>("description"),
    answer_column<&S::affects_financial_reporting>("affects_financial_reporting"),
    answer_column<&S::handles_customer_data>("handles_customer_data"),
    answer_column<&S::clients_ask_security>("clients_ask_security"),
    answer_column<&S::clients_ask_sox>("clients_ask_sox"),
    {"capabilities", Need::optional, read_capabilities,
     [](const S& s) { return joined(s.capabilities); }, false,
     [](const S& s) -> ordered_json { return s.capabilities; }},
    answer_column<&S::availability_commitment>("availability_commitment"),
    answer_column<&S::processes_transactions>("processes_transactions"),
    answer_column<&S::confidential_data>("confidential_data"),
    answer_column<&S::personal_data>("personal_data"),
    {"privacy_role", Need::optional, read_privacy_role, privacy_role_text, false,
     [](const S& s) -> ordered_json {
       if (!s.privacy_role) return nullptr;
       return privacy_role_text(s);
     }},
    override_column<&S::soc1>("soc1"),
    override_column<&S::soc2>("soc2"),
    {"override_reason", Need::optional, read_override_reason,
     [](const S& s) { return s.override_reason; }, true,
     [](const S& s) -> ordered_json { return s.override_reason; }},
    {"soc2_categories", Need::optional, read_categories,
     [](const S& s) { return joined(category_names(s)); }, false,
     [](const S& s) -> ordered_json {
       if (!s.soc2_categories) return nullptr;
       return category_names(s);
     }},
    {"soc1_objectives", Need::optional, read_objectives,
     [](const S& s) { return joined(s.soc1_objectives); }, false,
     [](const S& s) -> ordered_json { return s.soc1_objectives; }},
    {"soc1_objectives_excluded", Need::optional, read_exclusions,
     [](const S& s) { return joined(s.soc1_objectives_excluded); }, false,
     [](const S& s) -> ordered_json { return s.soc1_objectives_excluded; }},
    {"soc1_exclusion_reason", Need::optional, read_exclusion_reason,
     [](const S& s) { return s.soc1_exclusion_reason; }, true,
     [](const S& s) -> ordered_json { return s.soc1_exclusion_reason; }},
}};

namespace {

constexpr std::size_t capabilities_column = 8;
constexpr std::size_t privacy_role_column = 13;
constexpr std::size_t categories_column = 17;
constexpr std::size_t exclusions_column = 19;
constexpr std::size_t exclusion_reason_column = 20;

}  // namespace

bool read_service(Cells cells, const ReadContext& context, Service& out, Findings& findings) {
  read_columns(service_spec, cells, context, out, findings, 0, 1);
  if (!findings.empty()) return false;
  // Capabilities are checked after the yes/no answers, so problems keep the order they have
  // always been listed in.
  read_columns(service_spec, cells, context, out, findings, 1, capabilities_column);
  read_columns(service_spec, cells, context, out, findings, capabilities_column + 1, 13);
  read_columns(service_spec, cells, context, out, findings, capabilities_column,
               capabilities_column + 1);
  read_columns(service_spec, cells, context, out, findings, 13);
  return true;
}

std::string service_audit_json(const Service& s) {
  // soc2_categories, privacy_role and then the exclusions joined the trail after the others and
  // stay last, in that order, so that entries old and new line up member by member when the log
  // compares them.
  constexpr std::size_t late[] = {categories_column, privacy_role_column, exclusions_column,
                                  exclusion_reason_column};
  ordered_json j = ordered_json::object();
  for (std::size_t i = 0; i < service_spec.size(); ++i)
    if (std::find(std::begin(late), std::end(late), i) == std::end(late))
      j[std::string(service_spec[i].header)] = service_spec[i].audit(s);
  for (std::size_t i : late) j[std::string(service_spec[i].header)] = service_spec[i].audit(s);
  return j.dump();
}

}  // namespace socready::import

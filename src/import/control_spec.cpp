#include "import/control_spec.hpp"

#include <fmt/format.h>

#include "import/fingerprint.hpp"
#include "import/lookups.hpp"
#include "import/spec_reading.hpp"

namespace socready::import {

namespace {

using R = ControlRecord;

// Free text of the version: `M` a std::string member of its ControlContent.
template <auto M>
constexpr Column<R> text_column(std::string_view header) {
  return {header, Need::optional, [](R& r, const Cell& c) { r.version.*M = free_text(c.text); },
          [](const R& r) { return r.version.*M; }, true};
}

template <std::optional<Date> R::*M>
constexpr Column<R> record_date_column(std::string_view header) {
  return {header, Need::optional,
          [](R& r, const Cell& c) { r.*M = read_date(c, Need::optional, c.context->today); },
          [](const R& r) { return date_text(r.*M); }};
}

void read_key(R& r, const Cell& c) { r.key = read_control_id(c); }

void read_services(R& r, const Cell& c) {
  auto& v = r.version;
  const auto list = trim(c.text);
  const auto slugs = split_list(list);
  // Blank, "*" or a list of nothing (";") all mean every service; export writes "*".
  if (list == "*" || slugs.empty()) {
    v.all_services = true;
    return;
  }
  for (auto slug : slugs) {
    if (slug == "*") {
      c.problem("services: '*' (all services) cannot be combined with named services");
      continue;
    }
    if (auto id = c.context->lookups->service(slug, c)) v.service_ids.push_back(*id);
  }
  sort_unique(v.service_ids);
}

void read_criteria(R& r, const Cell& c) {
  r.version.requirement_ids = c.context->lookups->requirements_of(c.text, Framework::soc2, c);
}

void read_objectives(R& r, const Cell& c) {
  auto& ids = r.version.requirement_ids;
  const auto objectives = c.context->lookups->requirements_of(c.text, Framework::soc1, c);
  ids.insert(ids.end(), objectives.begin(), objectives.end());
  std::sort(ids.begin(), ids.end());
}

// A cell naming one of an enum's values (blank leaves `out` as it is).
template <typename T, typename Out>
void read_choice(const Cell& c, std::optional<T> (*parse)(std::string_view), Out& out,
                 std::string_view values) {
  const auto text = trim(c.text);
  if (text.empty()) return;
  if (auto value = parse(text))
    out = *value;
  else
    c.problem(
        fmt::format("{}: '{}' is not a {}; expected one of {}", c.header, text, c.header, values));
}

void read_status(R& r, const Cell& c) {
  read_choice(c, status_from, r.version.status, status_values);
}

void read_frequency(R& r, const Cell& c) {
  read_choice(c, frequency_from, r.version.frequency, frequency_values);
}

constexpr std::size_t last_tested_column = 14;

void read_nature(R& r, const Cell& c) {
  const auto n = trim(c.text);
  if (n.empty()) return;
  if (auto nature = parse_nature(fold(n)))
    r.version.nature = *nature;
  else
    c.problem(fmt::format("nature: '{}' is not a nature; expected manual or automated", n));
}

void read_key_control(R& r, const Cell& c) {
  Answer a;
  read_answer(c, a);
  r.version.is_key = a.value_or(false);
}

// Whether each id names a key control is for the plan to say (it may be later in the file).
void read_compensates(R& r, const Cell& c) {
  auto& ids = r.version.compensates;
  for (auto id : split_list(c.text)) {
    auto key = free_text(id);
    if (key == r.key)
      c.problem(fmt::format("compensates: {} cannot compensate itself", key));
    else
      ids.push_back(std::move(key));
  }
  sort_unique(ids);
}

void read_result(R& r, const Cell& c) {
  const auto outcome = test_outcome_from(c.text);
  if (!outcome) {
    c.problem(fmt::format("test_result: '{}' is not a test result; expected {}", trim(c.text),
                          test_result_values));
    return;
  }
  r.outcome = *outcome;
  // A last_tested that was given but bad has its own problem already.
  if (outcome->tested && !r.tested_on && !has_finding(*c.findings, last_tested_column))
    c.problem("test_result: a result needs the date it was tested in last_tested");
}

}  // namespace

// In the order of the file format.
const Spec<ControlRecord, 16> control_spec{{
    {"control_id", Need::required, read_key, [](const R& r) { return r.key; }, true},
    text_column<&store::VersionRow::title>("title"),
    text_column<&store::VersionRow::description>("description"),
    text_column<&store::VersionRow::owner>("owner"),
    {"services", Need::optional, read_services,
     [](const R& r) -> std::string { return r.version.all_services ? "*" : joined(r.services); }},
    {"tsc", Need::optional, read_criteria, [](const R& r) { return joined(r.criteria); }},
    {"soc1_objectives", Need::optional, read_objectives,
     [](const R& r) { return joined(r.objectives); }},
    {"status", Need::optional, read_status,
     [](const R& r) { return std::string(name(r.version.status)); }},
    {"frequency", Need::optional, read_frequency,
     [](const R& r) {
       return r.version.frequency ? std::string(name(*r.version.frequency)) : std::string();
     }},
    {"nature", Need::optional, read_nature,
     [](const R& r) { return std::string(name(r.version.nature)); }},
    {"key", Need::optional, read_key_control,
     [](const R& r) { return answer_text(r.version.is_key); }},
    {"compensates", Need::optional, read_compensates,
     [](const R& r) { return joined(r.version.compensates); }},
    {"implemented_on", Need::optional,
     [](R& r, const Cell& c) { r.version.implemented_on = read_date(c, Need::optional); },
     [](const R& r) { return date_text(r.version.implemented_on); }},
    record_date_column<&R::evidence_on>("evidence_date"),
    record_date_column<&R::tested_on>("last_tested"),
    {"test_result", Need::optional, read_result,
     [](const R& r) {
       return r.outcome.tested ? std::string(name(r.outcome.result)) : std::string();
     }},
}};

bool read_control(Cells cells, const ReadContext& context, ControlRecord& out, Findings& findings) {
  return read_keyed_columns(control_spec, cells, context, out, findings);
}

std::int64_t fingerprint_of(const store::VersionRow& v) {
  Fingerprint fp;
  fp.add(v.title).add(v.description).add(v.owner).add(name(v.status));
  fp.add(v.frequency ? name(*v.frequency) : "")
      .add(v.implemented_on ? v.implemented_on->iso() : "");
  fp.add(v.all_services ? 1 : 0);
  for (auto id : v.service_ids) fp.add(id);
  fp.add(-1);
  for (auto id : v.requirement_ids) fp.add(id);
  // Only when not the default, so that a control of the earlier format keeps its fingerprint
  // and an unchanged file re-imported into an earlier database changes nothing.
  if (v.nature != Nature::manual || v.is_key || !v.compensates.empty()) {
    fp.add(-2).add(name(v.nature)).add(std::int64_t{v.is_key ? 1 : 0});
    for (const auto& k : v.compensates) fp.add(k);
  }
  return fp.value();
}

}  // namespace socready::import

#include "scoring/json.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "scoring/periods.hpp"

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

// A control's missing periods as labels, a run of three or more in a row as one "FIRST to LAST"
// ("2026-W23 to 2026-W47"): a daily control without its five dates a week misses every week of
// the window, and an entity-level one repeats them under every service.
json periods_json(const ControlScore& c) {
  std::vector<const Deviation*> missing;
  for (const auto& d : c.deviations)
    if (d.missing()) missing.push_back(&d);
  const auto kind =
      c.nature == Nature::manual && c.frequency ? period_kind(*c.frequency) : std::nullopt;
  json out = json::array();
  for (std::size_t i = 0; i < missing.size();) {
    std::size_t j = i;
    if (kind)
      while (j + 1 < missing.size() &&
             period_containing(*kind, missing[j]->date).end.plus_days(1) == missing[j + 1]->date)
        ++j;
    if (j - i + 1 >= 3) {
      out.push_back(missing[i]->period + " to " + missing[j]->period);
    } else {
      for (std::size_t k = i; k <= j; ++k) out.push_back(missing[k]->period);
    }
    i = j + 1;
  }
  return out;
}

// SPEC §6's `deviations`: each test of the window that found a deviation, as
// {control, date, result}, and each control's missing periods as one entry
// {control, date (the first missing period's first day), result "missing", periods (above)},
// all by date then control, tests first on a tie. One entry per control rather than per period:
// a portfolio whose entity-level controls miss weeks repeats them under every service.
json deviations_json(const Readiness& r) {
  struct Entry {
    const ControlScore* control;
    const Deviation* first;  // a test, or the control's first missing period
  };
  std::vector<Entry> found;
  if (r.type == ReportType::type2) {
    std::unordered_set<std::string_view> seen;
    for (const auto& q : r.requirements)
      for (const auto& c : q.controls) {
        if (c->deviations.empty() || !seen.insert(c->key).second) continue;
        const Deviation* first_missing = nullptr;
        for (const auto& d : c->deviations) {
          if (!d.missing())
            found.push_back({c.get(), &d});
          else if (!first_missing || d.date < first_missing->date)
            first_missing = &d;
        }
        if (first_missing) found.push_back({c.get(), first_missing});
      }
  }
  std::stable_sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
    return std::tuple(a.first->date, a.first->control, a.first->missing()) <
           std::tuple(b.first->date, b.first->control, b.first->missing());
  });
  json out = json::array();
  for (const Entry& e : found) {
    json entry = {{"control", e.first->control},
                  {"date", e.first->date.iso()},
                  {"result", e.first->result_name()}};
    if (e.first->missing()) entry["periods"] = periods_json(*e.control);
    out.push_back(std::move(entry));
  }
  return out;
}

json exclusions_json(const ApplicabilityResult& a) {
  json out = json::array();
  for (const auto& e : a.soc1_exclusions)
    out.push_back({{"objective", e.objective}, {"reason", e.reason}});
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
          {"soc1_exclusions", exclusions_json(a)},
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
  out["deviations"] = deviations_json(r);
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

#include "scoring/json.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "scoring/missing_runs.hpp"
#include "scoring/system_score.hpp"

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
  json out = json::array();
  for (const MissingRun& r : missing_runs(missing, missing_period_kind(c)))
    out.push_back(run_label(*missing[r.first], *missing[r.last]));
  return out;
}

}  // namespace

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
            found.push_back({c, &d});
          else if (!first_missing || d.date < first_missing->date)
            first_missing = &d;
        }
        if (first_missing) found.push_back({c, first_missing});
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

namespace {

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

namespace {

// type, readiness, band, in_scope, covered, blockers and deviations, appended to `out`.
void add_readiness(json& out, const Readiness& r) {
  out["type"] = std::string(name(r.type));
  out["readiness"] = r.display_readiness();
  out["band"] = std::string(name(r.band));
  out["in_scope"] = r.in_scope;
  out["covered"] = r.covered;
  out["blockers"] = r.blockers;
  out["deviations"] = deviations_json(r);
}

}  // namespace

json score_json(const ServiceResult& result, Framework framework, ReportType type) {
  const Readiness& r = result.readiness(framework, type);
  json out = {{"service", result.service},
              {"product_line", result.product_line},
              {"framework", std::string(name(framework))},
              {"applies", r.applies()},
              {"applicability", std::string(name(r.applicability))}};
  add_readiness(out, r);
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

json system_score_json(const SystemResult& result, const SystemFramework& framework,
                       ReportType type) {
  const Readiness& r = framework.readiness(type);
  json out = {{"system", result.system},      {"name", result.name},
              {"services", result.services},  {"framework", std::string(name(framework.framework))},
              {"planned", framework.planned}, {"applies_to", framework.applies_to}};
  add_readiness(out, r);
  json period = nullptr;
  if (const auto& p = framework.report)
    period = {{"type", std::string(name(p->type))},
              {"start", p->period_start ? json(p->period_start->iso()) : json(nullptr)},
              {"end", p->period_end ? json(p->period_end->iso()) : json(nullptr)},
              {"projection", !p->period_end || result.as_of < *p->period_end}};
  out["period"] = std::move(period);
  if (type == ReportType::type2)
    out["window"] = {{"opens", framework.window.opens.iso()},
                     {"closes", framework.window.closes.iso()},
                     {"from", std::string(name(framework.source))}};
  return out;
}

}  // namespace socready::scoring

#include "oscal/assessment_results.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "oscal/component_definition.hpp"
#include "scoring/control_score.hpp"

namespace socready::oscal {

namespace {

std::string score_text(double score) { return fmt::format("{:.2f}", score); }

// A deviation an auditor would report: a test inside the window that failed or had an
// exception. Type I has no window; its results carry no deviations.
bool deviation_in_window(const scoring::ControlScore& c, Date window_start, Date as_of) {
  return c.latest_test && c.latest_test_result && *c.latest_test_result != TestResult::pass &&
         *c.latest_test >= window_start && *c.latest_test <= as_of;
}

struct ResultContext {
  const Snapshot& s;
  const scoring::ServiceResult& service;
  Framework f;
  ReportType t;
  std::string base;  // the UUID name prefix of this result
  Date start;
};

Json observation(const ResultContext& x, const std::string& name, const std::string& title,
                 const std::string& description, std::string_view type) {
  Json o;
  o["uuid"] = uuid_for(x.s, x.base + "/" + name);
  o["title"] = one_line(title);
  o["description"] = one_line(description);
  o["methods"] = Json::array({"EXAMINE"});
  o["types"] = Json::array({type});
  o["collected"] = timestamp(x.s.as_of);
  return o;
}

Json result(const ResultContext& x, Json& observations) {
  const scoring::Readiness& r = x.service.readiness(x.f, x.t);
  Json findings = Json::array();
  Json selected = Json::array();
  for (std::size_t i = 0; i < r.requirements.size(); ++i) {
    const scoring::RequirementScore& req = r.requirements[i];
    const std::string id = requirement_id(x.f, req.code);
    selected.push_back(Json{{"control-id", id}});
    Json related = Json::array();
    const auto gap = std::find_if(r.gaps.begin(), r.gaps.end(),
                                  [&](const scoring::Gap& g) { return g.requirement == i; });
    if (gap != r.gaps.end()) {
      Json o = observation(
          x, id + "/gap", fmt::format("Gap: {} {}", req.code, req.title),
          fmt::format("{} scores {} of 1{}: {}.", req.code, score_text(req.score),
                      gap->blocker ? " and blocks the report" : "", scoring::describe(gap->reason)),
          "finding");
      Json props = Json::array();
      add_prop(props, "gap-reason", scoring::name(gap->reason));
      add_prop(props, "blocker", gap->blocker ? "true" : "false");
      o["props"] = props;
      related.push_back(Json{{"observation-uuid", o["uuid"]}});
      observations.push_back(std::move(o));
    }
    bool deviation = false;
    if (x.t == ReportType::type2)
      for (const auto& c : req.controls) {
        if (!c || !deviation_in_window(*c, x.start, x.s.as_of)) continue;
        deviation = true;
        Json o = observation(
            x, id + "/deviation/" + c->key, fmt::format("Deviation: {} on {}", c->key, req.code),
            fmt::format("The test of {} on {} was '{}', inside the window {} to {}.", c->key,
                        c->latest_test->iso(), name(*c->latest_test_result), x.start.iso(),
                        x.s.as_of.iso()),
            "finding");
        Json props = Json::array();
        add_prop(props, "control-id", c->key);
        add_prop(props, "test-result", name(*c->latest_test_result));
        o["props"] = props;
        related.push_back(Json{{"observation-uuid", o["uuid"]}});
        observations.push_back(std::move(o));
      }
    const bool satisfied = req.score >= 1.0 && !deviation;
    Json finding;
    finding["uuid"] = uuid_for(x.s, x.base + "/" + id);
    finding["title"] = one_line(fmt::format("{} {}", req.code, req.title));
    finding["description"] = one_line(
        fmt::format("{} scores {} of 1{}.", req.code, score_text(req.score),
                    req.best_control.empty() ? ", with no effective control"
                                             : fmt::format(", best control {}", req.best_control)));
    Json props = Json::array();
    add_prop(props, "score", score_text(req.score));
    add_prop(props, "blocker", req.blocker ? "true" : "false");
    finding["props"] = props;
    finding["target"] =
        Json{{"type", "objective-id"},
             {"target-id", id},
             {"status", Json{{"state", satisfied ? "satisfied" : "not-satisfied"}}}};
    if (!related.empty()) finding["related-observations"] = related;
    findings.push_back(std::move(finding));
  }

  Json j;
  j["uuid"] = uuid_for(x.s, x.base);
  j["title"] = fmt::format("{} Type {} readiness of {}, {}", label(x.f), name(x.t),
                           x.service.service, x.s.period);
  j["description"] = fmt::format(
      "Readiness {:.1f} of 100 ({}), {} of {} requirements covered, {} blockers, as of {}.",
      r.display_readiness(), scoring::name(r.band), r.covered, r.in_scope, r.blockers.size(),
      x.s.as_of.iso());
  j["start"] = timestamp(x.start);
  j["end"] = timestamp(x.s.as_of);
  Json props = Json::array();
  add_prop(props, "framework", label(x.f));
  add_prop(props, "report-type", name(x.t));
  add_prop(props, "readiness", fmt::format("{:.1f}", r.display_readiness()));
  add_prop(props, "band", scoring::name(r.band));
  add_prop(props, "blockers", std::to_string(r.blockers.size()));
  if (x.t == ReportType::type2) add_prop(props, "window-months", std::to_string(x.s.window_months));
  j["props"] = props;
  // OSCAL wants a selection; with nothing in scope, "all" of nothing is the honest one.
  const Json selection = selected.empty() ? Json{{"include-all", Json::object()}}
                                          : Json{{"include-controls", selected}};
  j["reviewed-controls"] = Json{{"control-selections", Json::array({selection})}};
  if (!findings.empty()) j["findings"] = findings;
  return j;
}

}  // namespace

Json assessment_results(const Snapshot& s, const scoring::ServiceResult& service) {
  Json results = Json::array();
  for (Framework f : applicable_frameworks(service))
    for (ReportType t : scoring::all_report_types) {
      const std::string base =
          fmt::format("assessment-results/{}/{}/{}", service.service, name(f), name(t));
      // The scorer's own window, so the deviations listed are the ones it counted.
      const Date start = t == ReportType::type2
                             ? scoring::observation_window({s.as_of, s.window_months}).opens
                             : s.as_of;
      ResultContext x{s, service, f, t, base, start};
      Json observations = Json::array();
      Json r = result(x, observations);
      if (!observations.empty()) r["observations"] = observations;
      results.push_back(std::move(r));
    }
  Json d;
  d["uuid"] = uuid_for(s, "assessment-results/" + service.service);
  Json meta = metadata(s, fmt::format("Readiness of {} ({}), {}",
                                      service.name.empty() ? service.service : service.name,
                                      service.service, s.period));
  add_prop(meta["props"], "service", service.service);
  d["metadata"] = meta;
  // socready plans no assessment; OSCAL requires the reference, so it points at this document.
  d["import-ap"] =
      Json{{"href", "#"}, {"remarks", "socready computes readiness without an assessment plan."}};
  d["results"] = results;
  return Json{{"assessment-results", d}};
}

}  // namespace socready::oscal

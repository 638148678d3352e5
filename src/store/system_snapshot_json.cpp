#include "store/system_snapshot_json.hpp"

#include <string>

#include "scoring/json.hpp"
#include "store/json_reading.hpp"
#include "store/snapshot_json.hpp"

namespace socready::store {

using namespace scoring;

using nlohmann::json;
using namespace json_reading;

namespace {

// ---- The enumerations' names read back (name() writes them) ----

std::optional<WindowSource> source_named(std::string_view s) {
  for (WindowSource x : {WindowSource::trailing, WindowSource::period, WindowSource::projection,
                         WindowSource::not_started})
    if (name(x) == s) return x;
  return std::nullopt;
}

std::optional<MustHappenKind> kind_named(std::string_view s) {
  for (MustHappenKind k :
       {MustHappenKind::annual_run, MustHappenKind::vendor_report, MustHappenKind::population})
    if (name(k) == s) return k;
  return std::nullopt;
}

// ---- The system as on file ----

json planned_json(const std::optional<PlannedReport>& p) {
  if (!p) return nullptr;
  return {{"type", std::string(name(p->type))},
          {"period_start", date_or_null(p->period_start)},
          {"period_end", date_or_null(p->period_end)}};
}

std::optional<PlannedReport> planned_from(const json& j) {
  if (j.is_null()) return std::nullopt;
  return PlannedReport{parse_enum(j.at("type"), type_named, "report type"),
                       parse_optional_date(j.at("period_start")),
                       parse_optional_date(j.at("period_end"))};
}

json system_json(const System& s) {
  return {{"key", s.key},
          {"name", s.name},
          {"services", s.services},
          {"description", s.description},
          {"commitments", s.commitments},
          {"soc1", planned_json(s.soc1)},
          {"soc2", planned_json(s.soc2)},
          {"valid_from", s.valid_from.iso()}};
}

System system_from(const json& j) {
  System s;
  s.key = j.at("key").get<std::string>();
  s.name = j.at("name").get<std::string>();
  s.services = j.at("services").get<std::vector<std::string>>();
  s.description = j.at("description").get<std::string>();
  s.commitments = j.at("commitments").get<std::string>();
  s.soc1 = planned_from(j.at("soc1"));
  s.soc2 = planned_from(j.at("soc2"));
  s.valid_from = parse_date(j.at("valid_from"));
  return s;
}

// ---- Its score ----

json framework_json(const SystemFramework& f) {
  return {{"framework", std::string(name(f.framework))},
          {"planned", f.planned},
          {"applies_to", f.applies_to},
          {"report", planned_json(f.report)},
          {"source", std::string(name(f.source))},
          {"window",
           {{"opens", f.window.opens.iso()},
            {"closes", f.window.closes.iso()},
            {"projection", f.window.projection}}},
          {"type1", complete_readiness_json(f.type1)},
          {"type2", complete_readiness_json(f.type2)}};
}

SystemFramework framework_from(const json& j) {
  SystemFramework f;
  f.framework = parse_enum(j.at("framework"), framework_named, "framework");
  f.planned = j.at("planned").get<bool>();
  f.applies_to = j.at("applies_to").get<std::vector<std::string>>();
  f.report = planned_from(j.at("report"));
  f.source = parse_enum(j.at("source"), source_named, "window source");
  const json& w = j.at("window");
  f.window =
      Window{parse_date(w.at("opens")), parse_date(w.at("closes")), w.at("projection").get<bool>()};
  f.type1 = complete_readiness_from_json(j.at("type1"));
  f.type2 = complete_readiness_from_json(j.at("type2"));
  if (f.type1.framework != f.framework || f.type2.framework != f.framework ||
      f.type1.type != ReportType::type1 || f.type2.type != ReportType::type2)
    malformed("a system framework's readiness is of another framework or type");
  return f;
}

json stored_score_json(const SystemResult& r) {
  json applicability = json::array();
  for (const auto& s : r.applicability)
    applicability.push_back(
        {{"service", s.service}, {"decision", applicability_body_json(s.applicability)}});
  json frameworks = json::array();
  for (const auto& f : r.frameworks) frameworks.push_back(framework_json(f));
  return {{"system", r.system},
          {"name", r.name},
          {"services", r.services},
          {"as_of", r.as_of.iso()},
          {"window_months", r.window_months},
          {"applicability", std::move(applicability)},
          {"frameworks", std::move(frameworks)}};
}

SystemResult score_from(const json& j) {
  SystemResult r;
  r.system = j.at("system").get<std::string>();
  r.name = j.at("name").get<std::string>();
  r.services = j.at("services").get<std::vector<std::string>>();
  r.as_of = parse_date(j.at("as_of"));
  r.window_months = j.at("window_months").get<int>();
  for (const auto& s : j.at("applicability"))
    r.applicability.push_back(
        {s.at("service").get<std::string>(), applicability_from_json(s.at("decision"))});
  for (const auto& f : j.at("frameworks")) r.frameworks.push_back(framework_from(f));
  return r;
}

// ---- Its plan ----

json framework_plan_json(const FrameworkPlan& f) {
  json deciding = json::array();
  for (const auto& d : f.deciding)
    deciding.push_back(
        {{"control", d.key}, {"reason", d.reason}, {"requirements", d.requirements}});
  json blockers = json::array();
  for (const auto& b : f.blockers)
    blockers.push_back({{"requirement", b.code}, {"reason", b.reason}});
  json must_happen = json::array();
  for (const auto& m : f.must_happen)
    must_happen.push_back(
        {{"kind", std::string(name(m.kind))}, {"subject", m.subject}, {"detail", m.detail}});
  return {
      {"framework", std::string(name(f.framework))},
      {"requirements", f.requirements},
      {"earliest_end", date_or_null(f.earliest_end)},
      {"window_opens", date_or_null(f.window_opens)},
      {"deciding", std::move(deciding)},
      {"blockers", std::move(blockers)},
      {"no_date_reason", f.no_date_reason},
      {"planned_period",
       f.planned ? json{{"start", f.planned->start.iso()}, {"end", f.planned->end.iso()}} : json()},
      {"must_happen", std::move(must_happen)}};
}

FrameworkPlan framework_plan_from(const json& j) {
  FrameworkPlan f;
  f.framework = parse_enum(j.at("framework"), framework_named, "framework");
  f.requirements = j.at("requirements").get<int>();
  f.earliest_end = parse_optional_date(j.at("earliest_end"));
  f.window_opens = parse_optional_date(j.at("window_opens"));
  for (const auto& d : j.at("deciding"))
    f.deciding.push_back({d.at("control").get<std::string>(), d.at("reason").get<std::string>(),
                          d.at("requirements").get<std::vector<std::string>>()});
  for (const auto& b : j.at("blockers"))
    f.blockers.push_back(
        {b.at("requirement").get<std::string>(), b.at("reason").get<std::string>()});
  f.no_date_reason = j.at("no_date_reason").get<std::string>();
  if (const json& p = j.at("planned_period"); !p.is_null())
    f.planned = PlannedPeriod{parse_date(p.at("start")), parse_date(p.at("end"))};
  for (const auto& m : j.at("must_happen"))
    f.must_happen.push_back({parse_enum(m.at("kind"), kind_named, "must-happen kind"),
                             m.at("subject").get<std::string>(),
                             m.at("detail").get<std::string>()});
  return f;
}

json stored_plan_json(const Plan& p) {
  json frameworks = json::array();
  for (const auto& f : p.frameworks) frameworks.push_back(framework_plan_json(f));
  return {{"system", p.system},
          {"name", p.name},
          {"as_of", p.as_of.iso()},
          {"window_months", p.window_months},
          {"frameworks", std::move(frameworks)}};
}

Plan plan_from(const json& j) {
  Plan p;
  p.system = j.at("system").get<std::string>();
  p.name = j.at("name").get<std::string>();
  p.as_of = parse_date(j.at("as_of"));
  p.window_months = j.at("window_months").get<int>();
  for (const auto& f : j.at("frameworks")) p.frameworks.push_back(framework_plan_from(f));
  return p;
}

}  // namespace

json to_json(const ScoredSystem& s) {
  return {{"system", system_json(s.system)},
          {"score", stored_score_json(s.score)},
          {"plan", stored_plan_json(s.plan)}};
}

ScoredSystem scored_system_from_json(const json& j) {
  try {
    return {system_from(j.at("system")), score_from(j.at("score")), plan_from(j.at("plan"))};
  } catch (const json::exception& e) {
    malformed(std::string("system: ") + e.what());
  }
}

}  // namespace socready::store

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

std::optional<PlannedReport> planned_from(Value j) {
  if (j.is_null()) return std::nullopt;
  return PlannedReport{parse_enum(member(j, "type"), type_named, "report type"),
                       parse_optional_date(member(j, "period_start")),
                       parse_optional_date(member(j, "period_end"))};
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

System system_from(Value j) {
  System s;
  read_members(j, s, "key", &System::key, "name", &System::name, "services", &System::services,
               "description", &System::description, "commitments", &System::commitments,
               "valid_from", &System::valid_from);
  s.soc1 = planned_from(member(j, "soc1"));
  s.soc2 = planned_from(member(j, "soc2"));
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

SystemFramework framework_from(Value j) {
  SystemFramework f;
  f.framework = parse_enum(member(j, "framework"), framework_named, "framework");
  read_members(j, f, "planned", &SystemFramework::planned, "applies_to",
               &SystemFramework::applies_to);
  f.report = planned_from(member(j, "report"));
  f.source = parse_enum(member(j, "source"), source_named, "window source");
  const Value w = member(j, "window");
  f.window = Window{parse_date(member(w, "opens")), parse_date(member(w, "closes")),
                    truth(member(w, "projection"))};
  f.type1 = complete_readiness_from_json(member(j, "type1"));
  f.type2 = complete_readiness_from_json(member(j, "type2"));
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

SystemResult score_from(Value j) {
  SystemResult r;
  read_members(j, r, "system", &SystemResult::system, "name", &SystemResult::name, "services",
               &SystemResult::services, "as_of", &SystemResult::as_of, "window_months",
               &SystemResult::window_months);
  for (Value s : list(member(j, "applicability")))
    r.applicability.push_back(
        {text(member(s, "service")), applicability_from_json(member(s, "decision"))});
  for (Value f : list(member(j, "frameworks"))) r.frameworks.push_back(framework_from(f));
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

FrameworkPlan framework_plan_from(Value j) {
  FrameworkPlan f;
  f.framework = parse_enum(member(j, "framework"), framework_named, "framework");
  read_members(j, f, "requirements", &FrameworkPlan::requirements, "earliest_end",
               &FrameworkPlan::earliest_end, "window_opens", &FrameworkPlan::window_opens,
               "no_date_reason", &FrameworkPlan::no_date_reason);
  for (Value d : list(member(j, "deciding")))
    f.deciding.push_back(
        {text(member(d, "control")), text(member(d, "reason")), texts(member(d, "requirements"))});
  for (Value b : list(member(j, "blockers")))
    f.blockers.push_back({text(member(b, "requirement")), text(member(b, "reason"))});
  if (Value p = member(j, "planned_period"); !p.is_null())
    f.planned = PlannedPeriod{parse_date(member(p, "start")), parse_date(member(p, "end"))};
  for (Value m : list(member(j, "must_happen")))
    f.must_happen.push_back({parse_enum(member(m, "kind"), kind_named, "must-happen kind"),
                             text(member(m, "subject")), text(member(m, "detail"))});
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

Plan plan_from(Value j) {
  Plan p;
  read_members(j, p, "system", &Plan::system, "name", &Plan::name, "as_of", &Plan::as_of,
               "window_months", &Plan::window_months);
  for (Value f : list(member(j, "frameworks"))) p.frameworks.push_back(framework_plan_from(f));
  return p;
}

}  // namespace

json to_json(const ScoredSystem& s) {
  return {{"system", system_json(s.system)},
          {"score", stored_score_json(s.score)},
          {"plan", stored_plan_json(s.plan)}};
}

ScoredSystem scored_system_from_json(Value j) {
  try {
    return {system_from(member(j, "system")), score_from(member(j, "score")),
            plan_from(member(j, "plan"))};
  } catch (const simdjson::simdjson_error& e) {
    malformed(std::string("system: ") + e.what());
  }
}

ScoredSystem scored_system_from_json(const json& j) {
  return read_nlohmann(j, [](Value v) { return scored_system_from_json(v); });
}

}  // namespace socready::store

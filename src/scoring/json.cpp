#include "scoring/json.hpp"

#include <map>

#include "core/error.hpp"

namespace socready::scoring {

using nlohmann::json;

namespace {

// ---- Writing ----

json date_or_null(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

template <typename E>
json name_or_null(const std::optional<E>& e) {
  return e ? json(std::string(name(*e))) : json(nullptr);
}

json decision_json(const FrameworkDecision& d) {
  return {{"applies", d.applies}, {"rationale", d.rationale}};
}

json categories_json(const ApplicabilityResult& a) {
  json out = json::array();
  for (const auto& c : a.soc2_categories)
    out.push_back({{"category", std::string(name(c.category))}, {"reason", c.reason}});
  return out;
}

json applicability_body(const ApplicabilityResult& a) {
  json soc2 = decision_json(a.soc2);
  soc2["categories"] = categories_json(a);
  return {{"verdict", a.verdict},
          {"soc1", decision_json(a.soc1)},
          {"soc2", std::move(soc2)},
          {"soc1_objectives", a.soc1_objectives},
          {"unknowns", a.unknowns}};
}

json control_json(const ControlScore& c) {
  return {{"key", c.key},
          {"title", c.title},
          {"owner", c.owner},
          {"status", std::string(name(c.status))},
          {"frequency", name_or_null(c.frequency)},
          {"implemented_on", date_or_null(c.implemented_on)},
          {"valid_from", c.valid_from.iso()},
          {"type", std::string(name(c.type))},
          {"score", c.score},
          {"status_weight", c.status_weight},
          {"evidence_factor", c.evidence_factor},
          {"test_factor", c.test_factor},
          {"latest_evidence", date_or_null(c.latest_evidence)},
          {"max_evidence_age_days", c.max_evidence_age_days},
          {"latest_test", date_or_null(c.latest_test)},
          {"latest_test_result", name_or_null(c.latest_test_result)},
          {"operating_factor", c.operating_factor},
          {"sample_factor", c.sample_factor},
          {"days_operating_in_window", c.days_operating_in_window},
          {"window_days", c.window_days},
          {"evidence_in_window", c.evidence_in_window},
          {"required_sample", c.required_sample},
          {"gap", name_or_null(c.gap)},
          {"reasons", c.reasons}};
}

json requirement_json(const RequirementScore& r) {
  json keys = json::array();
  for (const auto& c : r.controls) keys.push_back(c->key);
  return {{"code", r.code},
          {"title", r.title},
          {"series", r.series},
          {"series_title", r.series_title},
          {"category", r.category},
          {"score", r.score},
          {"blocker", r.blocker},
          {"best_control", r.best_control},
          {"controls", std::move(keys)},
          {"gap", name_or_null(r.gap)}};
}

json gap_json(const Gap& g) {
  return {{"code", g.code},         {"score", g.score},
          {"blocker", g.blocker},   {"reason", std::string(name(g.reason))},
          {"controls", g.controls}, {"owners", g.owners}};
}

json readiness_json(const Readiness& r, bool with_controls = true) {
  json requirements = json::array();
  // Each control once, however many requirements it addresses; sorted by key.
  std::map<std::string_view, const ControlScore*> controls;
  for (const auto& q : r.requirements) {
    requirements.push_back(requirement_json(q));
    for (const auto& c : q.controls) controls.emplace(c->key, c.get());
  }
  json control_list = json::array();
  if (with_controls)
    for (const auto& [key, c] : controls) control_list.push_back(control_json(*c));
  json gaps = json::array();
  for (const auto& g : r.gaps) gaps.push_back(gap_json(g));
  return {{"framework", std::string(name(r.framework))},
          {"type", std::string(name(r.type))},
          {"applies", r.applies},
          {"readiness", r.readiness},
          {"band", std::string(name(r.band))},
          {"in_scope", r.in_scope},
          {"covered", r.covered},
          {"blockers", r.blockers},
          {"requirements", std::move(requirements)},
          {"gaps", std::move(gaps)},
          {"controls", with_controls ? std::move(control_list) : json(nullptr)}};
}

// ---- Reading ----

[[noreturn]] void malformed(const std::string& what) {
  throw Error(ExitCode::internal, "malformed scoring result JSON: " + what);
}

template <typename E>
E parse_enum(const json& j, std::optional<E> (*parse)(std::string_view), const char* what) {
  auto text = j.get<std::string>();
  auto value = parse(text);
  if (!value) malformed(std::string("unknown ") + what + " '" + text + "'");
  return *value;
}

template <typename E>
std::optional<E> parse_optional_enum(const json& j, std::optional<E> (*parse)(std::string_view),
                                     const char* what) {
  if (j.is_null()) return std::nullopt;
  return parse_enum(j, parse, what);
}

Date parse_date(const json& j) {
  auto text = j.get<std::string>();
  auto d = Date::parse(text);
  if (!d) malformed("bad date '" + text + "'");
  return *d;
}

std::optional<Date> parse_optional_date(const json& j) {
  if (j.is_null()) return std::nullopt;
  return parse_date(j);
}

// Canonical names only, as written above (model's parsers also accept other spellings).
std::optional<Framework> framework_named(std::string_view s) {
  for (Framework f : all_frameworks)
    if (name(f) == s) return f;
  return std::nullopt;
}

std::optional<ReportType> type_named(std::string_view s) {
  for (ReportType t : all_report_types)
    if (name(t) == s) return t;
  return std::nullopt;
}

std::optional<Status> status_named(std::string_view s) { return parse_status(s); }
std::optional<Frequency> frequency_named(std::string_view s) { return parse_frequency(s); }
std::optional<TestResult> result_named(std::string_view s) { return parse_test_result(s); }
std::optional<Category> category_named(std::string_view s) {
  for (Category c : all_categories)
    if (name(c) == s) return c;
  return std::nullopt;
}

FrameworkDecision decision_from(const json& j) {
  return {j.at("applies").get<bool>(), j.at("rationale").get<std::vector<std::string>>()};
}

ApplicabilityResult applicability_from(const json& j) {
  ApplicabilityResult a;
  a.verdict = j.at("verdict").get<std::string>();
  a.soc1 = decision_from(j.at("soc1"));
  a.soc2 = decision_from(j.at("soc2"));
  for (const auto& c : j.at("soc2").at("categories"))
    a.soc2_categories.push_back({parse_enum(c.at("category"), category_named, "category"),
                                 c.at("reason").get<std::string>()});
  a.soc1_objectives = j.at("soc1_objectives").get<std::vector<std::string>>();
  a.unknowns = j.at("unknowns").get<std::vector<std::string>>();
  return a;
}

ControlScore control_from(const json& j) {
  ControlScore c;
  c.key = j.at("key").get<std::string>();
  c.title = j.at("title").get<std::string>();
  c.owner = j.at("owner").get<std::string>();
  c.status = parse_enum(j.at("status"), status_named, "status");
  c.frequency = parse_optional_enum(j.at("frequency"), frequency_named, "frequency");
  c.implemented_on = parse_optional_date(j.at("implemented_on"));
  c.valid_from = parse_date(j.at("valid_from"));
  c.type = parse_enum(j.at("type"), type_named, "report type");
  c.score = j.at("score").get<double>();
  c.status_weight = j.at("status_weight").get<double>();
  c.evidence_factor = j.at("evidence_factor").get<double>();
  c.test_factor = j.at("test_factor").get<double>();
  c.latest_evidence = parse_optional_date(j.at("latest_evidence"));
  c.max_evidence_age_days = j.at("max_evidence_age_days").get<int>();
  c.latest_test = parse_optional_date(j.at("latest_test"));
  c.latest_test_result = parse_optional_enum(j.at("latest_test_result"), result_named, "result");
  c.operating_factor = j.at("operating_factor").get<double>();
  c.sample_factor = j.at("sample_factor").get<double>();
  c.days_operating_in_window = j.at("days_operating_in_window").get<int>();
  c.window_days = j.at("window_days").get<int>();
  c.evidence_in_window = j.at("evidence_in_window").get<int>();
  c.required_sample = j.at("required_sample").get<int>();
  c.gap = parse_optional_enum(j.at("gap"), parse_gap_reason, "gap reason");
  c.reasons = j.at("reasons").get<std::vector<std::string>>();
  return c;
}

Readiness readiness_from(const json& j, const SharedControlScores* shared) {
  Readiness r;
  r.framework = parse_enum(j.at("framework"), framework_named, "framework");
  r.type = parse_enum(j.at("type"), type_named, "report type");
  r.applies = j.at("applies").get<bool>();
  r.readiness = j.at("readiness").get<double>();
  r.band = parse_enum(j.at("band"), parse_band, "band");
  r.in_scope = j.at("in_scope").get<int>();
  r.covered = j.at("covered").get<int>();
  r.blockers = j.at("blockers").get<std::vector<std::string>>();

  std::map<std::string, std::shared_ptr<const ControlScore>, std::less<>> controls;
  const json& own = j.at("controls");
  if (!own.is_null()) {
    for (const auto& c : own) {
      auto score = std::make_shared<const ControlScore>(control_from(c));
      controls.emplace(score->key, score);
    }
  } else if (!shared) {
    malformed("a result without its control scores needs the shared ones");
  }
  for (const auto& q : j.at("requirements")) {
    RequirementScore s;
    s.code = q.at("code").get<std::string>();
    s.title = q.at("title").get<std::string>();
    s.series = q.at("series").get<std::string>();
    s.series_title = q.at("series_title").get<std::string>();
    s.category = q.at("category").get<std::string>();
    s.score = q.at("score").get<double>();
    s.blocker = q.at("blocker").get<bool>();
    s.best_control = q.at("best_control").get<std::string>();
    for (const auto& key : q.at("controls")) {
      if (own.is_null()) {
        const auto& controls_of_type = shared->by_type[r.type == ReportType::type1 ? 0 : 1];
        auto it = controls_of_type.find(key.get_ref<const std::string&>());
        if (it == controls_of_type.end())
          malformed("requirement " + s.code + " names an unknown control");
        s.controls.push_back(it->second);
        continue;
      }
      auto it = controls.find(key.get<std::string>());
      if (it == controls.end()) malformed("requirement " + s.code + " names an unknown control");
      s.controls.push_back(it->second);
    }
    s.gap = parse_optional_enum(q.at("gap"), parse_gap_reason, "gap reason");
    r.requirements.push_back(std::move(s));
  }
  for (const auto& g : j.at("gaps")) {
    Gap gap;
    gap.code = g.at("code").get<std::string>();
    gap.score = g.at("score").get<double>();
    gap.blocker = g.at("blocker").get<bool>();
    gap.reason = parse_enum(g.at("reason"), parse_gap_reason, "gap reason");
    gap.controls = g.at("controls").get<std::vector<std::string>>();
    gap.owners = g.at("owners").get<std::vector<std::string>>();
    r.gaps.push_back(std::move(gap));
  }
  return r;
}

}  // namespace

json score_json(const ServiceResult& result, Framework framework, ReportType type) {
  const Readiness& r = result.readiness(framework, type);
  json out = {{"service", result.service},
              {"product_line", result.product_line},
              {"framework", std::string(name(framework))},
              {"applies", r.applies},
              {"type", std::string(name(type))},
              {"readiness", r.display_readiness()},
              {"band", std::string(name(r.band))},
              {"in_scope", r.in_scope},
              {"covered", r.covered},
              {"blockers", r.blockers}};
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
  out.update(applicability_body(result.applicability));
  return out;
}

namespace {

json result_json(const ServiceResult& result, bool with_controls) {
  json readiness = json::array();
  for (Framework f : all_frameworks)
    for (ReportType t : all_report_types)
      readiness.push_back(readiness_json(result.readiness(f, t), with_controls));
  return {{"service", result.service},
          {"name", result.name},
          {"product_line", result.product_line},
          {"as_of", result.as_of.iso()},
          {"window_months", result.window_months},
          {"applicability", applicability_body(result.applicability)},
          {"readiness", std::move(readiness)}};
}

ServiceResult result_from(const json& j, const SharedControlScores* shared);

}  // namespace

json to_json(const ServiceResult& result) { return result_json(result, true); }

json to_json_sharing_controls(const ServiceResult& result) { return result_json(result, false); }

json control_scores_json(const std::vector<ServiceResult>& results) {
  std::map<std::pair<std::string_view, ReportType>, const ControlScore*> unique;
  for (const auto& r : results)
    for (Framework f : all_frameworks)
      for (ReportType t : all_report_types)
        for (const auto& q : r.readiness(f, t).requirements)
          for (const auto& c : q.controls)
            unique.emplace(std::pair{std::string_view(c->key), t}, c.get());
  json out = json::array();
  for (const auto& [key, c] : unique) out.push_back(control_json(*c));
  return out;
}

SharedControlScores control_scores_from_json(const json& j) {
  try {
    SharedControlScores out;
    for (const auto& c : j) {
      auto score = std::make_shared<const ControlScore>(control_from(c));
      out.by_type[score->type == ReportType::type1 ? 0 : 1].emplace(score->key, score);
    }
    return out;
  } catch (const nlohmann::json::exception& e) {
    malformed(e.what());
  }
}

ServiceResult service_result_from_json(const json& j) { return result_from(j, nullptr); }

ServiceResult service_result_from_json(const json& j, const SharedControlScores& shared) {
  return result_from(j, &shared);
}

namespace {

ServiceResult result_from(const json& j, const SharedControlScores* shared) {
  try {
    ServiceResult r;
    r.service = j.at("service").get<std::string>();
    r.name = j.at("name").get<std::string>();
    r.product_line = j.at("product_line").get<std::string>();
    r.as_of = parse_date(j.at("as_of"));
    r.window_months = j.at("window_months").get<int>();
    r.applicability = applicability_from(j.at("applicability"));
    const json& list = j.at("readiness");
    if (!list.is_array() || list.size() != 4) malformed("expected 4 readiness records");
    unsigned seen = 0;  // one bit per (framework, type), so none is missing or repeated
    for (const auto& item : list) {
      Readiness rd = readiness_from(item, shared);
      unsigned bit =
          1u << (2u * static_cast<unsigned>(rd.framework) + static_cast<unsigned>(rd.type));
      if (seen & bit) malformed("repeated readiness record");
      seen |= bit;
      Readiness& slot = r.readiness(rd.framework, rd.type);
      slot = std::move(rd);
    }
    return r;
  } catch (const nlohmann::json::exception& e) {
    malformed(e.what());
  }
}

}  // namespace

}  // namespace socready::scoring

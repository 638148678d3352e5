#include "scoring/json.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

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

using ControlList = std::vector<std::shared_ptr<const ControlScore>>;

bool by_key(const std::shared_ptr<const ControlScore>& a,
            const std::shared_ptr<const ControlScore>& b) {
  return a->key < b->key;
}

// `common`: the requirement's contributors shared by every result (nullptr in the complete
// form); only the others are written, as "own_controls".
json requirement_json(const RequirementScore& r, const ControlList* common) {
  json keys = json::array();
  if (common) {
    ControlList own;
    std::set_difference(r.controls.begin(), r.controls.end(), common->begin(), common->end(),
                        std::back_inserter(own), by_key);
    for (const auto& c : own) keys.push_back(c->key);
  } else {
    for (const auto& c : r.controls) keys.push_back(c->key);
  }
  return {{"code", r.code},
          {"title", r.title},
          {"series", r.series},
          {"series_title", r.series_title},
          {"category", r.category},
          {"score", r.score},
          {"blocker", r.blocker},
          {"best_control", r.best_control},
          {common ? "own_controls" : "controls", std::move(keys)},
          {"gap", name_or_null(r.gap)}};
}

json gap_json(const Gap& g) {
  return {{"code", g.code},         {"score", g.score},
          {"blocker", g.blocker},   {"reason", std::string(name(g.reason))},
          {"controls", g.controls}, {"owners", g.owners}};
}

std::size_t type_slot(ReportType t) { return t == ReportType::type1 ? 0 : 1; }

// `shared`: write control scores and shared contributors by reference (nullptr: complete form).
json readiness_json(const Readiness& r, const SharedControlScores* shared) {
  static const ControlList none;
  json requirements = json::array();
  // Each control once, however many requirements it addresses; sorted by key.
  std::map<std::string_view, const ControlScore*> controls;
  for (const auto& q : r.requirements) {
    if (shared) {
      const auto& common = shared->common[type_slot(r.type)];
      auto it = common.find(q.code);
      requirements.push_back(requirement_json(q, it == common.end() ? &none : &it->second));
    } else {
      requirements.push_back(requirement_json(q, nullptr));
      for (const auto& c : q.controls) controls.emplace(c->key, c.get());
    }
  }
  json control_list = json::array();
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
          {"controls", shared ? json(nullptr) : std::move(control_list)}};
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

// A requirement's contributors in the shared form: those every result shares, merged in key
// order with the result's own.
ControlList with_common_contributors(const SharedControlScores& shared, ReportType type,
                                     const std::string& code, const json& own_keys) {
  const auto& scores = shared.by_type[type_slot(type)];
  const auto& common = shared.common[type_slot(type)];
  ControlList own;
  own.reserve(own_keys.size());
  for (const auto& key : own_keys) {
    auto it = scores.find(key.get_ref<const std::string&>());
    if (it == scores.end()) malformed("requirement " + code + " names an unknown control");
    if (!own.empty() && !by_key(own.back(), it->second))
      malformed("requirement " + code + " lists its controls out of key order");
    own.push_back(it->second);
  }
  auto found = common.find(code);
  if (found == common.end()) return own;
  const ControlList& shared_list = found->second;
  if (own.empty()) return shared_list;
  // A result's own contributors are few: each is placed by binary search, the shared runs
  // between them copied whole.
  ControlList out;
  out.reserve(shared_list.size() + own.size());
  auto from = shared_list.begin();
  for (auto& c : own) {
    auto at = std::lower_bound(from, shared_list.end(), c, by_key);
    if (at != shared_list.end() && !by_key(c, *at))
      malformed("requirement " + code + " lists a shared control as its own");
    out.insert(out.end(), from, at);
    out.push_back(std::move(c));
    from = at;
  }
  out.insert(out.end(), from, shared_list.end());
  return out;
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
    if (auto listed = q.find("own_controls"); listed != q.end()) {
      if (!shared) malformed("a result without its control scores needs the shared ones");
      s.controls = with_common_contributors(*shared, r.type, s.code, *listed);
    } else {
      const auto& scores = own.is_null() ? shared->by_type[type_slot(r.type)] : controls;
      for (const auto& key : q.at("controls")) {
        auto it = scores.find(key.get_ref<const std::string&>());
        if (it == scores.end()) malformed("requirement " + s.code + " names an unknown control");
        s.controls.push_back(it->second);
      }
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

json result_json(const ServiceResult& result, const SharedControlScores* shared) {
  json readiness = json::array();
  for (Framework f : all_frameworks)
    for (ReportType t : all_report_types)
      readiness.push_back(readiness_json(result.readiness(f, t), shared));
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

json to_json(const ServiceResult& result) { return result_json(result, nullptr); }

SharedControlScores share_control_scores(const std::vector<ServiceResult>& results) {
  SharedControlScores out;
  // Requirements already met once, by type: their common list only narrows from there.
  std::set<std::string_view> seen[2];
  for (const auto& r : results)
    for (Framework f : all_frameworks)
      for (ReportType t : all_report_types)
        for (const auto& q : r.readiness(f, t).requirements) {
          auto& scores = out.by_type[type_slot(t)];
          for (const auto& c : q.controls) scores.emplace(c->key, c);
          auto& common = out.common[type_slot(t)];
          if (seen[type_slot(t)].insert(q.code).second) {
            common.emplace(q.code, q.controls);
            continue;
          }
          ControlList& list = common.find(q.code)->second;
          ControlList narrowed;
          std::set_intersection(list.begin(), list.end(), q.controls.begin(), q.controls.end(),
                                std::back_inserter(narrowed), by_key);
          list = std::move(narrowed);
        }
  return out;
}

json to_json(const SharedControlScores& shared) {
  json controls = json::array();
  json common = json::array();
  for (ReportType t : all_report_types) {
    for (const auto& [key, c] : shared.by_type[type_slot(t)]) controls.push_back(control_json(*c));
    for (const auto& [code, list] : shared.common[type_slot(t)]) {
      if (list.empty()) continue;
      json keys = json::array();
      for (const auto& c : list) keys.push_back(c->key);
      common.push_back(
          {{"type", std::string(name(t))}, {"requirement", code}, {"controls", std::move(keys)}});
    }
  }
  return {{"controls", std::move(controls)}, {"common", std::move(common)}};
}

json to_json_sharing_controls(const ServiceResult& result, const SharedControlScores& shared) {
  return result_json(result, &shared);
}

SharedControlScores shared_control_scores_from_json(const json& j) {
  try {
    SharedControlScores out;
    // Snapshots frozen before shared contributors were introduced hold a bare array of scores.
    const json& controls = j.is_array() ? j : j.at("controls");
    for (const auto& c : controls) {
      auto score = std::make_shared<const ControlScore>(control_from(c));
      auto& scores = out.by_type[type_slot(score->type)];
      auto key = score->key;
      if (!scores.emplace(std::move(key), std::move(score)).second)
        malformed("control scored twice");
    }
    if (j.is_array()) return out;
    for (const auto& item : j.at("common")) {
      ReportType t = parse_enum(item.at("type"), type_named, "report type");
      const auto& scores = out.by_type[type_slot(t)];
      ControlList list;
      for (const auto& key : item.at("controls")) {
        auto it = scores.find(key.get_ref<const std::string&>());
        if (it == scores.end()) malformed("shared contributors name an unknown control");
        if (!list.empty() && !(list.back()->key < it->second->key))
          malformed("shared contributors out of key order");
        list.push_back(it->second);
      }
      out.common[type_slot(t)].emplace(item.at("requirement").get<std::string>(), std::move(list));
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

#include "store/snapshot_json.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include "core/error.hpp"
#include "scoring/json.hpp"
#include "scoring/readiness.hpp"
#include "store/control_score_json.hpp"
#include "store/json_reading.hpp"

namespace socready::store {

using namespace scoring;

using nlohmann::json;
using namespace json_reading;

namespace {

// ---- Writing ----

using ControlList = std::vector<std::shared_ptr<const ControlScore>>;

std::size_t type_slot(ReportType t) { return t == ReportType::type1 ? 0 : 1; }

SharedScores::RequirementText requirement_text(const RequirementScore& r) {
  return {r.title, r.series, r.series_title, r.category};
}

bool by_key(const std::shared_ptr<const ControlScore>& a,
            const std::shared_ptr<const ControlScore>& b) {
  return a->key < b->key;
}

// `shared`: write the shared form (nullptr: complete). The shared form lists only the
// contributors beyond the common ones, as "own_controls", and leaves out catalog text equal to
// the shared text.
json requirement_json(const RequirementScore& r, const SharedScores* shared, ReportType type) {
  json out = {{"code", r.code},
              {"score", r.score},
              {"blocker", r.blocker},
              {"best_control", r.best_control},
              {"gap", name_or_null(r.gap)}};
  json keys = json::array();
  if (shared) {
    const auto& common = shared->common[type_slot(type)];
    auto found = common.find(r.code);
    ControlList own;
    if (found == common.end())
      own = r.controls;
    else
      std::set_difference(r.controls.begin(), r.controls.end(), found->second.begin(),
                          found->second.end(), std::back_inserter(own), by_key);
    for (const auto& c : own) keys.push_back(c->key);
    out["own_controls"] = std::move(keys);
    auto text = shared->requirements.find(r.code);
    if (text != shared->requirements.end() && text->second == requirement_text(r)) return out;
  } else {
    for (const auto& c : r.controls) keys.push_back(c->key);
    out["controls"] = std::move(keys);
  }
  out["title"] = r.title;
  out["series"] = r.series;
  out["series_title"] = r.series_title;
  out["category"] = r.category;
  return out;
}

json gap_json(const Gap& g, const Readiness& r) {
  const RequirementScore& q = r.requirement_of(g);
  return {{"code", g.code},
          {"score", g.score},
          {"blocker", g.blocker},
          {"reason", std::string(name(g.reason))},
          {"controls", control_keys(q.controls)},
          {"owners", control_owners(q.controls)}};
}

// `shared`: write control scores and shared contributors by reference (nullptr: complete form).
json readiness_json(const Readiness& r, const SharedScores* shared) {
  json requirements = json::array();
  // Each control once, however many requirements it addresses; sorted by key.
  std::map<std::string_view, const ControlScore*> controls;
  for (const auto& q : r.requirements) {
    requirements.push_back(requirement_json(q, shared, r.type));
    if (!shared)
      for (const auto& c : q.controls) controls.emplace(c->key, c.get());
  }
  json control_list = json::array();
  for (const auto& [key, c] : controls) control_list.push_back(control_score_json(*c));
  // Gaps follow from the requirements; the shared form leaves them to gaps_of().
  json gaps = shared ? json(nullptr) : json::array();
  if (!shared)
    for (const auto& g : r.gaps) gaps.push_back(gap_json(g, r));
  return {{"framework", std::string(name(r.framework))},
          {"type", std::string(name(r.type))},
          {"applies", r.applies()},
          {"applicability", std::string(name(r.applicability))},
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

// Snapshots frozen before the three outcomes of SPEC §3 hold only `applies`: true was
// "applies", false "does not apply" (what those versions printed).
Outcome outcome_from(const json& j) {
  if (auto it = j.find("applicability"); it != j.end())
    return parse_enum(*it, parse_outcome, "applicability");
  return j.at("applies").get<bool>() ? Outcome::applies : Outcome::does_not_apply;
}

template <class T>
T optional_member(const json& j, std::string_view key) {
  auto it = j.find(key);
  return it == j.end() ? T{} : it->get<T>();
}

FrameworkDecision decision_from(const json& j) {
  return {outcome_from(j), j.at("rationale").get<std::vector<std::string>>(),
          optional_member<std::vector<std::string>>(j, "to_answer")};
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
  // Snapshots frozen before exclusions (migration 0011) have none.
  if (auto it = j.find("soc1_exclusions"); it != j.end())
    for (const auto& e : *it)
      a.soc1_exclusions.push_back(
          {e.at("objective").get<std::string>(), e.at("reason").get<std::string>()});
  a.unknowns = j.at("unknowns").get<std::vector<std::string>>();
  if (auto it = j.find("to_confirm"); it != j.end())
    for (const auto& i : *it)
      a.to_confirm.push_back(
          {i.at("question").get<std::string>(), i.at("from").get<std::string>()});
  a.contradictions = optional_member<std::vector<std::string>>(j, "contradictions");
  return a;
}

// A requirement's contributors in the shared form: those every result shares, merged in key
// order with the result's own.
ControlList with_common_contributors(const SharedScores& shared, ReportType type,
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

Readiness readiness_from(const json& j, const SharedScores* shared) {
  Readiness r;
  r.framework = parse_enum(j.at("framework"), framework_named, "framework");
  r.type = parse_enum(j.at("type"), type_named, "report type");
  r.applicability = outcome_from(j);
  r.readiness = j.at("readiness").get<double>();
  r.band = parse_enum(j.at("band"), parse_band, "band");
  r.in_scope = j.at("in_scope").get<int>();
  r.covered = j.at("covered").get<int>();
  r.blockers = j.at("blockers").get<std::vector<std::string>>();

  std::map<std::string, std::shared_ptr<const ControlScore>, std::less<>> controls;
  const json& own = j.at("controls");
  if (!own.is_null()) {
    for (const auto& c : own) {
      auto score = std::make_shared<const ControlScore>(control_score_from_json(c));
      controls.emplace(score->key, score);
    }
  } else if (!shared) {
    malformed("a result without its control scores needs the shared ones");
  }
  for (const auto& q : j.at("requirements")) {
    RequirementScore s;
    s.code = q.at("code").get<std::string>();
    if (q.contains("title") || !shared) {
      s.title = q.at("title").get<std::string>();
      s.series = q.at("series").get<std::string>();
      s.series_title = q.at("series_title").get<std::string>();
      s.category = q.at("category").get<std::string>();
    } else {
      auto text = shared->requirements.find(s.code);
      if (text == shared->requirements.end())
        malformed("requirement " + s.code + " has no text, here or shared");
      s.title = text->second.title;
      s.series = text->second.series;
      s.series_title = text->second.series_title;
      s.category = text->second.category;
    }
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
  // Gaps follow from the requirements: rebuilt, as the scorer builds them. The complete form
  // lists them too (for readers of the JSON); they must be the same ones.
  r.gaps = gaps_of(r.requirements);
  const json& gaps = j.at("gaps");
  if (gaps.is_null()) {
    if (!shared) malformed("a result without its gaps needs the shared control scores");
  } else {
    if (!gaps.is_array() || gaps.size() != r.gaps.size())
      malformed("gaps do not follow from the requirements");
    for (std::size_t i = 0; i < r.gaps.size(); ++i)
      if (gaps[i].at("code") != r.gaps[i].code)
        malformed("gaps do not follow from the requirements");
  }
  return r;
}

}  // namespace

namespace {

json result_json(const ServiceResult& result, const SharedScores* shared) {
  json readiness = json::array();
  for (Framework f : all_frameworks)
    for (ReportType t : all_report_types)
      readiness.push_back(readiness_json(result.readiness(f, t), shared));
  return {{"service", result.service},
          {"name", result.name},
          {"product_line", result.product_line},
          {"as_of", result.as_of.iso()},
          {"window_months", result.window_months},
          {"applicability", applicability_body_json(result.applicability)},
          {"readiness", std::move(readiness)}};
}

ServiceResult result_from(const json& j, const SharedScores* shared);

}  // namespace

json to_json(const ServiceResult& result) { return result_json(result, nullptr); }

json complete_readiness_json(const Readiness& readiness) {
  return readiness_json(readiness, nullptr);
}

Readiness complete_readiness_from_json(const json& j) {
  try {
    return readiness_from(j, nullptr);
  } catch (const nlohmann::json::exception& e) {
    malformed(e.what());
  }
}

ApplicabilityResult applicability_from_json(const json& j) {
  try {
    return applicability_from(j);
  } catch (const nlohmann::json::exception& e) {
    malformed(e.what());
  }
}

SharedScores share_scores(const std::vector<ServiceResult>& results) {
  SharedScores out;
  for (const auto& r : results)
    for (Framework f : all_frameworks)
      for (ReportType t : all_report_types)
        for (const auto& q : r.readiness(f, t).requirements) {
          out.requirements.try_emplace(q.code, requirement_text(q));
          auto& scores = out.by_type[type_slot(t)];
          for (const auto& c : q.controls) scores.emplace(c->key, c);
          // The first result with the requirement sets its common list; the others narrow it.
          auto [it, first] = out.common[type_slot(t)].try_emplace(q.code, q.controls);
          if (first) continue;
          ControlList& list = it->second;
          ControlList narrowed;
          std::set_intersection(list.begin(), list.end(), q.controls.begin(), q.controls.end(),
                                std::back_inserter(narrowed), by_key);
          list = std::move(narrowed);
        }
  return out;
}

json to_json(const SharedScores& shared) {
  json rows = json::array();
  json common = json::array();
  for (ReportType t : all_report_types) {
    for (const auto& [key, c] : shared.by_type[type_slot(t)]) rows.push_back(control_score_row(*c));
    for (const auto& [code, list] : shared.common[type_slot(t)]) {
      if (list.empty()) continue;
      json keys = json::array();
      for (const auto& c : list) keys.push_back(c->key);
      common.push_back(
          {{"type", std::string(name(t))}, {"requirement", code}, {"controls", std::move(keys)}});
    }
  }
  json requirements = json::array();
  for (const auto& [code, text] : shared.requirements)
    requirements.push_back({{"code", code},
                            {"title", text.title},
                            {"series", text.series},
                            {"series_title", text.series_title},
                            {"category", text.category}});
  return {{"control_columns", control_score_columns()},
          {"controls", std::move(rows)},
          {"common", std::move(common)},
          {"requirements", std::move(requirements)}};
}

json to_json_sharing_controls(const ServiceResult& result, const SharedScores& shared) {
  return result_json(result, &shared);
}

SharedScores shared_scores_from_json(const json& j) {
  try {
    SharedScores out;
    auto add = [&](ControlScore score) {
      auto& scores = out.by_type[type_slot(score.type)];
      std::string key = score.key;
      if (!scores.emplace(std::move(key), std::make_shared<const ControlScore>(std::move(score)))
               .second)
        malformed("control scored twice");
    };
    // The first snapshots held a bare array of control score objects, and nothing else.
    if (j.is_array()) {
      for (const auto& c : j) add(control_score_from_json(c));
      return out;
    }
    const ControlScoreRowReader rows(j.at("control_columns"));
    for (const auto& row : j.at("controls")) add(rows.read(row));
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
    for (const auto& item : j.at("requirements"))
      out.requirements.emplace(
          item.at("code").get<std::string>(),
          SharedScores::RequirementText{
              item.at("title").get<std::string>(), item.at("series").get<std::string>(),
              item.at("series_title").get<std::string>(), item.at("category").get<std::string>()});
    return out;
  } catch (const nlohmann::json::exception& e) {
    malformed(e.what());
  }
}

ServiceResult service_result_from_json(const json& j) { return result_from(j, nullptr); }

ServiceResult service_result_from_json(const json& j, const SharedScores& shared) {
  return result_from(j, &shared);
}

namespace {

ServiceResult result_from(const json& j, const SharedScores* shared) {
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

}  // namespace socready::store

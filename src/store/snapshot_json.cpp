#include "store/snapshot_json.hpp"

#include <algorithm>
#include <deque>
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

using ControlList = std::vector<const ControlScore*>;

std::size_t type_slot(ReportType t) { return t == ReportType::type1 ? 0 : 1; }

SharedScores::RequirementText requirement_text(const RequirementScore& r) {
  return {r.title, r.series, r.series_title, r.category};
}

bool by_key(const ControlScore* a, const ControlScore* b) { return a->key < b->key; }

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
      for (const ControlScore* c : q.controls) controls.emplace(c->key, c);
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
Outcome outcome_from(Value j) {
  if (auto it = find(j, "applicability")) return parse_enum(*it, parse_outcome, "applicability");
  return truth(member(j, "applies")) ? Outcome::applies : Outcome::does_not_apply;
}

std::vector<std::string> optional_texts(Value j, std::string_view key) {
  auto it = find(j, key);
  return it ? texts(*it) : std::vector<std::string>{};
}

FrameworkDecision decision_from(Value j) {
  return {outcome_from(j), texts(member(j, "rationale")), optional_texts(j, "to_answer")};
}

ApplicabilityResult applicability_from(Value j) {
  ApplicabilityResult a;
  a.verdict = text(member(j, "verdict"));
  a.soc1 = decision_from(member(j, "soc1"));
  a.soc2 = decision_from(member(j, "soc2"));
  for (Value c : list(member(member(j, "soc2"), "categories")))
    a.soc2_categories.push_back(
        {parse_enum(member(c, "category"), category_named, "category"), text(member(c, "reason"))});
  a.soc1_objectives = texts(member(j, "soc1_objectives"));
  // Snapshots frozen before exclusions (migration 0011) have none.
  if (auto it = find(j, "soc1_exclusions"))
    for (Value e : list(*it))
      a.soc1_exclusions.push_back({text(member(e, "objective")), text(member(e, "reason"))});
  a.unknowns = texts(member(j, "unknowns"));
  if (auto it = find(j, "to_confirm"))
    for (Value i : list(*it))
      a.to_confirm.push_back({text(member(i, "question")), text(member(i, "from"))});
  a.contradictions = optional_texts(j, "contradictions");
  return a;
}

// A requirement's contributors in the shared form: those every result shares, merged in key
// order with the result's own.
ControlList with_common_contributors(const SharedScores& shared, ReportType type,
                                     const std::string& code, Value own_keys) {
  const auto& scores = shared.by_type[type_slot(type)];
  const auto& common = shared.common[type_slot(type)];
  ControlList own;
  for (Value key : list(own_keys)) {
    auto it = scores.find(text_view(key));
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
  for (const ControlScore* c : own) {
    auto at = std::lower_bound(from, shared_list.end(), c, by_key);
    if (at != shared_list.end() && !by_key(c, *at))
      malformed("requirement " + code + " lists a shared control as its own");
    out.insert(out.end(), from, at);
    out.push_back(c);
    from = at;
  }
  out.insert(out.end(), from, shared_list.end());
  return out;
}

using ScoresByKey = std::map<std::string, const ControlScore*, std::less<>>;
// Scores read back, where the lists pointing at them find them (a deque: they never move).
using HeldScores = std::deque<ControlScore>;

// The requirement's catalog text: its own, or (shared form) the shared text when it has none.
void read_requirement_text(Value q, const SharedScores* shared, RequirementScore& s) {
  if (!shared || find(q, "title")) {
    s.title = text(member(q, "title"));
    s.series = text(member(q, "series"));
    s.series_title = text(member(q, "series_title"));
    s.category = text(member(q, "category"));
    return;
  }
  auto found = shared->requirements.find(s.code);
  if (found == shared->requirements.end())
    malformed("requirement " + s.code + " has no text, here or shared");
  s.title = found->second.title;
  s.series = found->second.series;
  s.series_title = found->second.series_title;
  s.category = found->second.category;
}

// `controls`: the result's own control scores (complete form), or null (shared form).
RequirementScore requirement_from(Value q, const SharedScores* shared, ReportType type,
                                  const ScoresByKey* controls) {
  RequirementScore s;
  s.code = text(member(q, "code"));
  read_requirement_text(q, shared, s);
  s.score = number(member(q, "score"));
  s.blocker = truth(member(q, "blocker"));
  s.best_control = text(member(q, "best_control"));
  if (auto listed = find(q, "own_controls")) {
    if (!shared) malformed("a result without its control scores needs the shared ones");
    s.controls = with_common_contributors(*shared, type, s.code, *listed);
  } else {
    const auto& scores = controls ? *controls : shared->by_type[type_slot(type)];
    for (Value key : list(member(q, "controls"))) {
      auto it = scores.find(text_view(key));
      if (it == scores.end()) malformed("requirement " + s.code + " names an unknown control");
      s.controls.push_back(it->second);
    }
  }
  s.gap = parse_optional_enum(member(q, "gap"), parse_gap_reason, "gap reason");
  return s;
}

// Gaps follow from the requirements and are rebuilt, as the scorer builds them. The complete
// form lists them too (for readers of the JSON); they must be the same ones.
void check_gaps(Value gaps, const Readiness& r, const SharedScores* shared) {
  if (gaps.is_null()) {
    if (!shared) malformed("a result without its gaps needs the shared control scores");
    return;
  }
  if (!gaps.is_array() || list(gaps).size() != r.gaps.size())
    malformed("gaps do not follow from the requirements");
  std::size_t i = 0;
  for (Value g : list(gaps))
    if (text_view(member(g, "code")) != r.gaps[i++].code)
      malformed("gaps do not follow from the requirements");
}

Readiness readiness_from(Value j, const SharedScores* shared) {
  Readiness r;
  r.framework = parse_enum(member(j, "framework"), framework_named, "framework");
  r.type = parse_enum(member(j, "type"), type_named, "report type");
  r.applicability = outcome_from(j);
  r.readiness = number(member(j, "readiness"));
  r.band = parse_enum(member(j, "band"), parse_band, "band");
  r.in_scope = integer(member(j, "in_scope"));
  r.covered = integer(member(j, "covered"));
  r.blockers = texts(member(j, "blockers"));

  ScoresByKey controls;
  std::shared_ptr<const void> owner = shared ? shared->held : nullptr;
  const Value own = member(j, "controls");
  if (!own.is_null()) {
    auto held = std::make_shared<HeldScores>();
    for (Value c : list(own)) {
      const ControlScore& score = held->emplace_back(control_score_from_json(c));
      controls.emplace(score.key, &score);
    }
    owner = std::move(held);
  } else if (!shared) {
    malformed("a result without its control scores needs the shared ones");
  }
  for (Value q : list(member(j, "requirements"))) {
    r.requirements.push_back(
        requirement_from(q, shared, r.type, own.is_null() ? nullptr : &controls));
    r.requirements.back().owner = owner;
  }
  r.gaps = gaps_of(r.requirements);
  check_gaps(member(j, "gaps"), r, shared);
  return r;
}

// simdjson's own errors (none expected: the readers check every type) read as malformed too.
template <typename Read>
auto reading(Read&& read) {
  try {
    return read();
  } catch (const simdjson::simdjson_error& e) {
    malformed(e.what());
  }
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

ServiceResult result_from(Value j, const SharedScores* shared);

}  // namespace

json to_json(const ServiceResult& result) { return result_json(result, nullptr); }

json complete_readiness_json(const Readiness& readiness) {
  return readiness_json(readiness, nullptr);
}

Readiness complete_readiness_from_json(Value j) {
  return reading([&] { return readiness_from(j, nullptr); });
}

Readiness complete_readiness_from_json(const json& j) {
  return read_nlohmann(j, [](Value v) { return complete_readiness_from_json(v); });
}

ApplicabilityResult applicability_from_json(Value j) {
  return reading([&] { return applicability_from(j); });
}

ApplicabilityResult applicability_from_json(const json& j) {
  return read_nlohmann(j, [](Value v) { return applicability_from_json(v); });
}

SharedScores share_scores(const std::vector<ServiceResult>& results) {
  SharedScores out;
  // What holds the results' scores, each once: the shared scores point at them.
  auto owners = std::make_shared<std::vector<std::shared_ptr<const void>>>();
  for (const auto& r : results)
    for (Framework f : all_frameworks)
      for (ReportType t : all_report_types)
        for (const auto& q : r.readiness(f, t).requirements) {
          if (q.owner && (owners->empty() || owners->back() != q.owner) &&
              std::find(owners->begin(), owners->end(), q.owner) == owners->end())
            owners->push_back(q.owner);
          out.requirements.try_emplace(q.code, requirement_text(q));
          auto& scores = out.by_type[type_slot(t)];
          for (const ControlScore* c : q.controls) scores.emplace(c->key, c);
          // The first result with the requirement sets its common list; the others narrow it.
          auto [it, first] = out.common[type_slot(t)].try_emplace(q.code, q.controls);
          if (first) continue;
          ControlList& list = it->second;
          ControlList narrowed;
          std::set_intersection(list.begin(), list.end(), q.controls.begin(), q.controls.end(),
                                std::back_inserter(narrowed), by_key);
          list = std::move(narrowed);
        }
  out.held = std::move(owners);
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

namespace {

void add_shared_score(SharedScores& out, HeldScores& held, ControlScore score) {
  const ControlScore& kept = held.emplace_back(std::move(score));
  if (!out.by_type[type_slot(kept.type)].emplace(kept.key, &kept).second)
    malformed("control scored twice");
}

// Each entry: a report type, a requirement and the contributors every result lists for it.
void read_common(Value items, SharedScores& out) {
  for (Value item : list(items)) {
    ReportType t = parse_enum(member(item, "type"), type_named, "report type");
    const auto& scores = out.by_type[type_slot(t)];
    ControlList contributors;
    for (Value key : list(member(item, "controls"))) {
      auto it = scores.find(text_view(key));
      if (it == scores.end()) malformed("shared contributors name an unknown control");
      if (!contributors.empty() && !(contributors.back()->key < it->second->key))
        malformed("shared contributors out of key order");
      contributors.push_back(it->second);
    }
    out.common[type_slot(t)].emplace(text(member(item, "requirement")), std::move(contributors));
  }
}

void read_requirement_texts(Value items, SharedScores& out) {
  for (Value item : list(items))
    out.requirements.emplace(
        text(member(item, "code")),
        SharedScores::RequirementText{text(member(item, "title")), text(member(item, "series")),
                                      text(member(item, "series_title")),
                                      text(member(item, "category"))});
}

}  // namespace

SharedScores shared_scores_from_json(Value j) {
  return reading([&] {
    SharedScores out;
    auto held = std::make_shared<HeldScores>();
    out.held = held;
    // The first snapshots held a bare array of control score objects, and nothing else.
    if (j.is_array()) {
      for (Value c : list(j)) add_shared_score(out, *held, control_score_from_json(c));
      return out;
    }
    const ControlScoreRowReader rows(member(j, "control_columns"));
    for (Value row : list(member(j, "controls"))) add_shared_score(out, *held, rows.read(row));
    read_common(member(j, "common"), out);
    read_requirement_texts(member(j, "requirements"), out);
    return out;
  });
}

SharedScores shared_scores_from_json(const json& j) {
  return read_nlohmann(j, [](Value v) { return shared_scores_from_json(v); });
}

ServiceResult service_result_from_json(Value j) { return result_from(j, nullptr); }

ServiceResult service_result_from_json(Value j, const SharedScores& shared) {
  return result_from(j, &shared);
}

ServiceResult service_result_from_json(const json& j) {
  return read_nlohmann(j, [](Value v) { return result_from(v, nullptr); });
}

ServiceResult service_result_from_json(const json& j, const SharedScores& shared) {
  return read_nlohmann(j, [&](Value v) { return result_from(v, &shared); });
}

namespace {

ServiceResult result_from(Value j, const SharedScores* shared) {
  return reading([&] {
    ServiceResult r;
    read_members(j, r, "service", &ServiceResult::service, "name", &ServiceResult::name,
                 "product_line", &ServiceResult::product_line, "as_of", &ServiceResult::as_of,
                 "window_months", &ServiceResult::window_months);
    r.applicability = applicability_from(member(j, "applicability"));
    const Value records = member(j, "readiness");
    if (!records.is_array() || list(records).size() != 4) malformed("expected 4 readiness records");
    unsigned seen = 0;  // one bit per (framework, type), so none is missing or repeated
    for (Value item : list(records)) {
      Readiness rd = readiness_from(item, shared);
      unsigned bit =
          1u << (2u * static_cast<unsigned>(rd.framework) + static_cast<unsigned>(rd.type));
      if (seen & bit) malformed("repeated readiness record");
      seen |= bit;
      Readiness& slot = r.readiness(rd.framework, rd.type);
      slot = std::move(rd);
    }
    return r;
  });
}

}  // namespace

}  // namespace socready::store

#pragma once
// JSON forms of scoring results: the SPEC §6 `score` record, the applicability decision, and a
// complete form that reads back into an equal ServiceResult (frozen snapshots are stored so).

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "scoring/result.hpp"

namespace socready::scoring {

// Exactly the keys of SPEC §6: service, product_line, framework, applies, type, readiness
// (rounded to one decimal, as displayed), band, in_scope, covered, blockers, and for SOC 2
// categories.
nlohmann::json score_json(const ServiceResult& result, Framework framework, ReportType type);

// service, name, product_line, verdict, soc1 {applies, rationale}, soc2 {applies, rationale,
// categories [{category, reason}]}, soc1_objectives, unknowns.
nlohmann::json applicability_json(const ServiceResult& result);

// Everything, unrounded. service_result_from_json(to_json(r)) == r, also after a dump and parse.
// Within one Readiness, control keys identify ControlScores (as they do in any scored result).
nlohmann::json to_json(const ServiceResult& result);
// Throws socready::Error (internal) when the JSON is not a result written by to_json.
ServiceResult service_result_from_json(const nlohmann::json& json);

// Results scored together share their ControlScores (one per control and report type: an
// entity-level control is the same for every service), and every service lists the same
// entity-level controls under each requirement. Frozen snapshots store both once:
// `share_control_scores` gathers them, `to_json(shared)` writes them, each result written by
// `to_json_sharing_controls` keeps only the contributors that are its own, and the reader
// merges the two lists again in key order.
struct SharedControlScores {
  using Scores = std::vector<std::shared_ptr<const ControlScore>>;
  // By report type (I, II), then control key.
  std::map<std::string, std::shared_ptr<const ControlScore>, std::less<>> by_type[2];
  // By report type, then requirement code: the contributors every result that has the
  // requirement in its readiness lists for it, in key order.
  std::map<std::string, Scores, std::less<>> common[2];
  bool empty() const { return by_type[0].empty() && by_type[1].empty(); }
};
SharedControlScores share_control_scores(const std::vector<ServiceResult>& results);
nlohmann::json to_json(const SharedControlScores& shared);
// Also reads the bare array of control scores that snapshots frozen before shared
// contributors held.
SharedControlScores shared_control_scores_from_json(const nlohmann::json& json);
nlohmann::json to_json_sharing_controls(const ServiceResult& result,
                                        const SharedControlScores& shared);
ServiceResult service_result_from_json(const nlohmann::json& json,
                                       const SharedControlScores& shared);

}  // namespace socready::scoring

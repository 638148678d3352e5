#pragma once
// How frozen snapshots store scoring results: a complete JSON form that reads back into an
// equal ServiceResult, and a shared form that stores once what the services of a period share.
// A storage format, kept here so the scorer deals in plain values only.

#include <simdjson.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "scoring/result.hpp"

namespace socready::store {

// Everything, unrounded. service_result_from_json(to_json(r)) == r, also after a dump and parse.
// Within one Readiness, control keys identify ControlScores (as they do in any scored result).
nlohmann::json to_json(const scoring::ServiceResult& result);
// Throws socready::Error (internal) when the JSON is not a result written by to_json.
// Frozen snapshots are read with simdjson; each reader also takes an nlohmann document, which
// it reads from its text by the same code.
scoring::ServiceResult service_result_from_json(simdjson::dom::element json);
scoring::ServiceResult service_result_from_json(const nlohmann::json& json);

// The complete form of one readiness and of one applicability decision, as to_json writes them
// inside a result: for the other results a snapshot freezes (a system's, system_snapshot_json).
nlohmann::json complete_readiness_json(const scoring::Readiness& readiness);
scoring::Readiness complete_readiness_from_json(simdjson::dom::element json);
scoring::Readiness complete_readiness_from_json(const nlohmann::json& json);
scoring::ApplicabilityResult applicability_from_json(simdjson::dom::element json);
scoring::ApplicabilityResult applicability_from_json(const nlohmann::json& json);

// Results scored together share a good deal, which frozen snapshots store once rather than
// per service: the ControlScores (one per control and report type: an entity-level control
// is the same for every service), the contributors every service lists under a requirement
// (the entity-level controls), and each requirement's catalog text. `share_scores` gathers
// them, `to_json(shared)` writes them; each result written by `to_json_sharing_controls`
// keeps only its own contributors and leaves out what follows from the rest (the gaps), and
// the reader puts it all back, exactly.
struct SharedScores {
  using Scores = std::vector<const scoring::ControlScore*>;
  struct RequirementText {
    std::string title, series, series_title, category;
    friend bool operator==(const RequirementText&, const RequirementText&) = default;
  };
  // By report type (I, II), then control key.
  std::map<std::string, const scoring::ControlScore*, std::less<>> by_type[2];
  // By report type, then requirement code: the contributors every result that has the
  // requirement in its readiness lists for it, in key order.
  std::map<std::string, Scores, std::less<>> common[2];
  // By requirement code, as the first result has it (a result that differs writes its own).
  std::map<std::string, RequirementText, std::less<>> requirements;
  // Holds the scores these point at: read back, the scores themselves; shared from results,
  // what holds the results' scores. Every result read with these holds it too
  // (RequirementScore::owner), so the scores last as long as any result, these or not.
  std::shared_ptr<const void> held;
  bool empty() const { return by_type[0].empty() && by_type[1].empty(); }
};
SharedScores share_scores(const std::vector<scoring::ServiceResult>& results);
nlohmann::json to_json(const SharedScores& shared);
// Also reads the forms of earlier snapshots: a bare array of control score objects (results
// then listed every contributor and gap).
SharedScores shared_scores_from_json(simdjson::dom::element json);
SharedScores shared_scores_from_json(const nlohmann::json& json);
nlohmann::json to_json_sharing_controls(const scoring::ServiceResult& result,
                                        const SharedScores& shared);
scoring::ServiceResult service_result_from_json(simdjson::dom::element json,
                                                const SharedScores& shared);
scoring::ServiceResult service_result_from_json(const nlohmann::json& json,
                                                const SharedScores& shared);

}  // namespace socready::store

#pragma once
// How a frozen snapshot stores its systems (SPEC §2, §5): each system as on file on the as-of
// date, its score and its plan, as data that reads back into equal values, so that a frozen
// period's system pages render from what was frozen. Readiness uses the complete form of
// store/snapshot_json.hpp: a system's Type II window is its own, so its control scores are not
// the services' shared ones.

#include <nlohmann/json.hpp>

// Read with simdjson (store/json_reading.hpp); declared here without its large header, which
// the readers' callers include.
namespace simdjson::dom {
class element;
}

#include "core/system.hpp"
#include "scoring/plan.hpp"
#include "scoring/system_score.hpp"

namespace socready::store {

// A system as a report shows it for one as-of date.
struct ScoredSystem {
  System system;
  scoring::SystemResult score;
  scoring::Plan plan;
};

nlohmann::json to_json(const ScoredSystem& system);
// Throws socready::Error (internal) when the JSON is not a system written by to_json.
ScoredSystem scored_system_from_json(simdjson::dom::element json);
ScoredSystem scored_system_from_json(const nlohmann::json& json);

}  // namespace socready::store

#pragma once
// A ControlScore in JSON, from one list of its fields: as an object (complete results) or as
// a row under a list of column names (the shared table of a frozen snapshot, where tens of
// thousands of scores would otherwise repeat every field name).

#include <simdjson.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <vector>

#include "scoring/result.hpp"

namespace socready::store {

nlohmann::json control_score_json(const scoring::ControlScore& score);
// Throws socready::Error (internal) when a field is missing or malformed.
scoring::ControlScore control_score_from_json(simdjson::dom::element json);
scoring::ControlScore control_score_from_json(const nlohmann::json& json);

nlohmann::json control_score_columns();
nlohmann::json control_score_row(const scoring::ControlScore& score);

// Reads rows written under `columns` (control_score_columns() of any version that has every
// field, in any order).
class ControlScoreRowReader {
 public:
  explicit ControlScoreRowReader(simdjson::dom::element columns);
  explicit ControlScoreRowReader(const nlohmann::json& columns);
  scoring::ControlScore read(simdjson::dom::element row) const;
  scoring::ControlScore read(const nlohmann::json& row) const;

 private:
  std::vector<std::size_t> column_of_field_;
  std::size_t width_ = 0;
};

}  // namespace socready::store

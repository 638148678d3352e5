#pragma once
// `socready suggest soc1` as it prints: the suggestions one per row, the summary per objective
// (how many controls it gains, strong and weaker, and where it stays uncovered), or JSON.

#include <nlohmann/json.hpp>
#include <string>

#include "scoring/soc1_suggestions.hpp"

namespace socready::report {

std::string suggestions_table(const scoring::Soc1Suggestions& s);
// The per-objective table and the sentence naming the objectives that stay uncovered.
std::string suggestions_summary(const scoring::Soc1Suggestions& s);
nlohmann::ordered_json suggestions_json(const scoring::Soc1Suggestions& s);

}  // namespace socready::report

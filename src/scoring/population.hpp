#pragma once
// Populations of event-driven controls (SPEC §2, §4): how many instances fall in a Type II window,
// and the check an import runs before it accepts population records.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "scoring/inventory.hpp"

namespace socready::scoring {

// The population in [opens, closes]: each record overlapping it counts in proportion to its days
// inside (both ends included), rounded up. nullopt when no record overlaps: unknown, not zero.
std::optional<int> population_in(const std::vector<PopulationFacts>& records, Date opens,
                                 Date closes);

// A record the importer must refuse, by its position in the input.
struct PopulationProblem {
  std::size_t record = 0;
  std::string message;

  friend bool operator==(const PopulationProblem&, const PopulationProblem&) = default;
};

// Every record that ends before it starts or counts below zero, and every record that overlaps
// an earlier one of the same control (SPEC §4: overlapping records for one control are refused,
// since the population would be counted twice). Input in any order; problems in input order.
std::vector<PopulationProblem> population_problems(const std::vector<PopulationRecord>& records);

}  // namespace socready::scoring

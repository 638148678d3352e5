#pragma once
// What the scorer reads: plain values already cut to the as-of date by whoever loaded them.
// Keeping the loading elsewhere is what lets the scorer stay pure and be tested without SQL.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "core/subservice.hpp"

namespace socready::scoring {

// A test as the scorer needs it: the date and result, and what a Type II report lists with a
// deviation. Built from `result` alone ({date, result}) the optional fields stay unknown.
struct TestFacts {
  Date on;
  TestResult result = TestResult::pass;
  std::optional<int> sample_size = std::nullopt;
  std::optional<int> deviations = std::nullopt;
  std::string management_response = {};
  std::optional<Date> remediated_on = std::nullopt;

  friend bool operator==(const TestFacts&, const TestFacts&) = default;
};

// One version's status and dates, for the operating start of SPEC §4. A day between two
// versions, or after the last one closed, is a day the control was retired.
struct VersionSpan {
  Date valid_from;
  std::optional<Date> valid_to;  // exclusive
  Status status = Status::planned;
};

// A population record of an event-driven control, without its control id.
struct PopulationFacts {
  Date period_start;
  Date period_end;  // included
  int count = 0;
};

struct ControlFacts {
  ControlVersion version;        // the version valid on the as-of date (any status)
  std::vector<Date> evidence;    // collected_on dates <= as_of, ascending
  std::vector<TestFacts> tests;  // tested_on <= as_of, ascending
  // Every version valid on or before the as-of date, ascending. Empty: only `version` is known,
  // and it is taken to have held since `implemented_on`.
  std::vector<VersionSpan> history = {};
  std::vector<PopulationFacts> populations = {};  // ascending, not overlapping (see population.hpp)
};

struct Inventory {
  std::vector<Requirement> catalog;    // whole catalog in catalog order (SOC 2 criteria then SOC 1)
  std::vector<Service> services;       // ordered by product line name, then slug
  std::vector<ControlFacts> controls;  // ordered by key
  std::vector<Capability> capabilities = {};  // the user's own, beyond the built-in list
  // The subservice organisations on file on the as-of date, ordered by id (SPEC §4a).
  std::vector<Subservice> subservices = {};
};

struct Options {
  Date as_of;
  int window_months = 6;  // 3..12, see policy::min_window_months / max_window_months
};

}  // namespace socready::scoring

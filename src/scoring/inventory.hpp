#pragma once
// What the scorer reads: plain values already cut to the as-of date by whoever loaded them.
// Keeping the loading elsewhere is what lets the scorer stay pure and be tested without SQL.

#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"

namespace socready::scoring {

struct ControlFacts {
  ControlVersion version;      // the version valid on the as-of date (any status)
  std::vector<Date> evidence;  // collected_on dates <= as_of, ascending
  std::vector<std::pair<Date, TestResult>> tests;  // tested_on <= as_of, ascending
};

struct Inventory {
  std::vector<Requirement> catalog;    // whole catalog in catalog order (SOC 2 criteria then SOC 1)
  std::vector<Service> services;       // ordered by product line name, then slug
  std::vector<ControlFacts> controls;  // ordered by key
};

struct Options {
  Date as_of;
  int window_months = 6;  // 3..12, see policy::min_window_months / max_window_months
};

}  // namespace socready::scoring

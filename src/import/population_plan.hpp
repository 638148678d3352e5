#pragma once
// The plan of a populations import (SPEC §2, §4): which rows of the file are new, which are on
// file already or listed twice, and which overlap another record of the same control. Pure: the
// records on file come in as a value, so the tests need no database.
//
// A population counts the instances of a control's trigger in a period, so two records of one
// control whose periods overlap would count the days they share twice; they are refused,
// whether both are in the file or one is on file. The same record twice (same control, period
// and count) is one record.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/model.hpp"
#include "store/population_store.hpp"

namespace socready::import {

// A row of the file that read without a problem, its control on file.
struct PopulationRow {
  std::int64_t control_id = 0;
  PopulationRecord record;
  Location at;  // its period_start cell, where an overlap is reported
};

struct PopulationPlan {
  std::vector<std::size_t> added;  // rows to write, by index, in key order
  std::int64_t unchanged = 0;      // rows whose record is on file already
  std::int64_t repeated = 0;       // rows repeating an earlier row of the file
  struct Overlap {
    std::size_t row = 0;  // the row the problem is reported at
    std::string message;
  };
  std::vector<Overlap> overlaps;  // in file order; none means the plan may be applied
};

// `on_file`: every record already stored, in any order; `rows`: the file's rows in file order.
PopulationPlan plan_populations(const std::vector<store::StoredPopulation>& on_file,
                                const std::vector<PopulationRow>& rows);

}  // namespace socready::import

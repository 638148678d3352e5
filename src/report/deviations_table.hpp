#pragma once
// "Deviations in the window" on a service or system page: every deviation and missing period of
// the Type II window (a later retest does not remove one), a run of three or more missing
// periods of one control as one row dated at its first day.
//
// A control's rows read the same on every page that lists it, and an entity-level control is on
// every service's page: one report makes each control's cells once and keeps them here.

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scoring/readiness.hpp"

namespace socready::report {

class DeviationCells {
 public:
  // One row of one control: its cells (Markdown) and their display widths, all but the
  // requirements, which are the page's.
  struct Row {
    enum Cell { control, date, result, sample, deviations, response, remediated, count };
    Date day;
    std::string_view control_key;  // the deviation's, for the order
    std::array<std::string, count> cells;
    std::array<std::size_t, count> widths;
  };

  // `control`'s rows, made on first use. Safe on every core at once; the rows stay put until
  // this is destroyed, and so must the control.
  const std::vector<Row>& rows_of(const scoring::ControlScore& control);

 private:
  std::mutex mutex_;
  std::unordered_map<const scoring::ControlScore*, std::unique_ptr<const std::vector<Row>>> rows_;
};

// Appends the section for `type2`, the cells of its controls' rows taken from (and kept in)
// `cells`.
void append_deviations(std::string& out, const scoring::Readiness& type2, DeviationCells& cells);

}  // namespace socready::report

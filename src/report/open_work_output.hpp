#pragma once
// The open work list as `socready gaps` prints it: a terminal table, CSV for spreadsheets and
// ticket trackers (formula-guarded like every export), or JSON.

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "report/open_work.hpp"

namespace socready::report {

// The CSV columns, in order.
inline constexpr const char* open_work_columns[] = {"service", "requirement", "title",  "framework",
                                                    "types",   "reason",      "why",    "blocker",
                                                    "blocks",  "controls",    "owners", "due"};

std::string open_work_table(const std::vector<WorkItem>& items);
// One header row, then one row per item. Lists (controls, owners) are joined with "; ".
void write_open_work_csv(const std::vector<WorkItem>& items, std::ostream& out);
nlohmann::ordered_json open_work_json(const std::vector<WorkItem>& items);

}  // namespace socready::report

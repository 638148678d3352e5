#pragma once
// The rules that keep an import as a whole from bending history, decided before its first row
// (a row's own rule, a change dated before the control's latest version, is in its plan):
// no effective date after today, no import of versions (controls, CUECs, vendors, systems)
// effective on or before the as-of date of a frozen period, and no `--replace` dated before a later
// controls import.

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "import/import_options.hpp"
#include "store/database.hpp"

namespace socready::import {

struct FrozenPeriod {
  std::string period;  // "2026-Q4"
  Date as_of;
};

// What is on file that a new import must respect.
struct HistoryOnFile {
  std::optional<FrozenPeriod> latest_frozen;      // the frozen period with the latest as-of date
  std::optional<Date> latest_controls_effective;  // of every controls import on file
};

HistoryOnFile history_on_file(store::Database& db);

// Pure: the messages refusing the import, empty when it may go ahead.
std::vector<std::string> history_problems(Entity kind, const ImportOptions& options,
                                          const HistoryOnFile& history);

}  // namespace socready::import

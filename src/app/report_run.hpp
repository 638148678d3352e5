#pragma once
// Gathers what a quarterly report needs: the period's frozen results (or, when it is not frozen,
// results computed now and marked preliminary) and every frozen period's scores for the trends.

#include <optional>

#include "core/date.hpp"
#include "report/report_input.hpp"
#include "store/database.hpp"

namespace socready::app {

// `period` defaults to the latest frozen period, else the quarter containing `today`.
report::ReportInput gather_report(store::Database& db, std::optional<Quarter> period, Date today,
                                  int window_months);

}  // namespace socready::app

#pragma once
// The period's portfolio report (the README.md of the period folder): a summary for leadership,
// then one table per product line with every service's readiness for each report.

#include <string>

#include "report/report_input.hpp"

namespace socready::report {

std::string render_portfolio(const ReportInput& input);

}  // namespace socready::report

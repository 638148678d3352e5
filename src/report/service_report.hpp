#pragma once
// One service's report: why each SOC report applies, how ready it is, what to fix first, which
// evidence runs out next quarter, and the trend.

#include <string>

#include "report/deviations_table.hpp"
#include "report/report_input.hpp"
#include "report/service_lists.hpp"

namespace socready::report {

std::string render_service(const ReportInput& input, const scoring::ServiceResult& service);
// The same, from the service's lists made already (report/service_lists) and with the
// deviation cells the report's other pages share (report/deviations_table).
std::string render_service(const ReportInput& input, const scoring::ServiceResult& service,
                           const ServiceLists& lists, DeviationCells& cells);

// Sections of one framework's readiness that system pages share with service pages: "Gaps, most
// urgent first" (Type II's gaps, saying which reports each blocker blocks) and "Deviations in the
// window" (every deviation and missing period of the Type II window).
std::string render_gaps(const scoring::Readiness& type1, const scoring::Readiness& type2);
std::string render_deviations(const scoring::Readiness& type2);

}  // namespace socready::report

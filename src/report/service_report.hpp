#pragma once
// One service's report: why each SOC report applies, how ready it is, what to fix first, which
// evidence runs out next quarter, and the trend.

#include <string>

#include "report/report_input.hpp"

namespace socready::report {

std::string render_service(const ReportInput& input, const scoring::ServiceResult& service);

}  // namespace socready::report

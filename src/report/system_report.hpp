#pragma once
// One system's page (SPEC §5): its services, the reports planned for it and their period,
// readiness over that period with each requirement and blocker once, what `socready plan` adds,
// the subservice organisations and CUECs of its services.

#include <string>

#include "report/report_input.hpp"

namespace socready::report {

std::string render_system(const ReportInput& input, const SystemReport& system);

// The portfolio's "Systems" section: one line per system with its planned reports and period,
// readiness, band and a link to its page. Empty when no system is on file.
std::string render_systems_table(const ReportInput& input);

}  // namespace socready::report

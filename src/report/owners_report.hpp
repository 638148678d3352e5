#pragma once
// owners.md: each owner's open work across services (SPEC §5), from the same list as
// `socready gaps`, so the page and the command agree item for item.

#include <string>

#include "report/report_input.hpp"

namespace socready::report {

std::string render_owners(const ReportInput& input);

}  // namespace socready::report

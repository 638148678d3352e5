#pragma once
// owners.md: each owner's open work across services (SPEC §5), from the same list as
// `socready gaps`, so the page and the command agree item for item.

#include <string>
#include <vector>

#include "report/report_input.hpp"
#include "report/service_lists.hpp"

namespace socready::report {

std::string render_owners(const ReportInput& input);
// The same from the services' lists made already, in the order of input.services.
std::string render_owners(const ReportInput& input, const std::vector<ServiceLists>& lists);

}  // namespace socready::report

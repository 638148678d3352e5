#pragma once
// "Subservice organisations": the vendors a service relies on, their own SOC reports and what
// those are worth today (SPEC §4a), and the reports that stop being current next quarter.

#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/subservice.hpp"

namespace socready::report {

// Empty when no vendor supports the service.
std::string render_subservice(const std::vector<Subservice>& vendors,
                              const std::string& service_slug, Date as_of);

}  // namespace socready::report

#pragma once
// "Subservice organisations": the vendors a service relies on, their own SOC reports and what
// those are worth today (SPEC §4a), and the reports that stop being current next quarter.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/subservice.hpp"

namespace socready::report {

// Empty when no vendor supports the service.
std::string render_subservice(const std::vector<Subservice>& vendors,
                              const std::string& service_slug, Date as_of);
// The same for a system: each vendor supporting any of `service_slugs` once; `scope` names what
// relies on them in the text ("system").
std::string render_subservice(const std::vector<Subservice>& vendors,
                              std::span<const std::string> service_slugs, Date as_of,
                              std::string_view scope);

}  // namespace socready::report

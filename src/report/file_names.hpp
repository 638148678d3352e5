#pragma once
// Which file each service's report goes to. The portfolio links to these files and the writer
// creates them, so both ask here.

#include <string>
#include <vector>

#include "scoring/result.hpp"

namespace socready::report {

// "services/<name>.md" for each service, in the order given. Names come from safe_file_name;
// when two services map to the same name, the later one in slug order gets "-2", "-3", ...
std::vector<std::string> service_file_paths(const std::vector<scoring::ServiceResult>& services);

// "systems/<name>.md": a system's slug is a slug, checked on import, and unique among systems.
std::string system_file_path(const std::string& system_slug);

}  // namespace socready::report

#include "report/file_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "report/markdown.hpp"

namespace socready::report {

std::vector<std::string> service_file_paths(const std::vector<scoring::ServiceResult>& services) {
  // Assigned in slug order, not input order, so a file's name does not depend on how the
  // caller happened to sort; and services whose slug is already a safe name go first, so the
  // ordinary case never gets a suffix because of someone else's odd slug.
  std::vector<std::size_t> order(services.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto exact = [&](std::size_t i) {
    return safe_file_name(services[i].service) == services[i].service;
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const bool ea = exact(a), eb = exact(b);
    if (ea != eb) return ea;
    return services[a].service < services[b].service;
  });

  std::vector<std::string> names(services.size());
  std::set<std::string> taken;
  for (std::size_t i : order) {
    const std::string base = safe_file_name(services[i].service);
    std::string name = base;
    for (int n = 2; taken.count(name); ++n) {
      // fmt, not "-" + std::to_string(n): GCC 12 at -O3 warns falsely (-Wrestrict) on that.
      const std::string suffix = fmt::format("-{}", n);
      name = base.substr(0, max_file_name_length - suffix.size()) + suffix;
    }
    taken.insert(name);
    names[i] = name;
  }
  std::vector<std::string> paths;
  paths.reserve(names.size());
  for (const auto& n : names) paths.push_back("services/" + n + ".md");
  return paths;
}

std::string system_file_path(const std::string& system_slug) {
  return "systems/" + safe_file_name(system_slug) + ".md";
}

}  // namespace socready::report

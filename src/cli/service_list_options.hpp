#pragma once
// The options of the commands that list services (applicability, history): SERVICE... as
// positional arguments (default: all) and --format table|json, defined once.

#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/option_values.hpp"

namespace socready::cli {

class ServiceListOptions {
 public:
  void add_to(po::options_description& options, po::positional_options_description& positional);
  // After parsing: the format, validated (a usage error names `command`).
  OutputFormat format(const std::string& command) const;
  const std::vector<std::string>& services() const { return services_; }

 private:
  std::vector<std::string> services_;
  std::string format_text_;
};

}  // namespace socready::cli

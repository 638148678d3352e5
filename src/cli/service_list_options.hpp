#pragma once
// The options of the commands that list services (applicability, history): SERVICE... as
// positional arguments (default: all) and --format table|json, defined once.

#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/format_option.hpp"

namespace socready::cli {

class ServiceListOptions {
 public:
  void add_to(po::options_description& options, po::positional_options_description& positional);
  // After parsing: the format, validated (a usage error names `command`).
  void resolve(const std::string& command) { format_.resolve(command); }
  OutputFormat format() const { return format_.value(); }
  const std::vector<std::string>& services() const { return services_; }

 private:
  std::vector<std::string> services_;
  FormatOption format_{OutputFormat::table, OutputFormat::json};
};

}  // namespace socready::cli

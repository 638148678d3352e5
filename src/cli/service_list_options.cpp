#include "cli/service_list_options.hpp"

namespace socready::cli {

void ServiceListOptions::add_to(po::options_description& options,
                                po::positional_options_description& positional) {
  options.add_options()                                              //
      ("service", po::value(&services_), "services (default: all)")  //
      ("format", po::value(&format_text_)->default_value("table"), "table or json");
  positional.add("service", -1);
}

OutputFormat ServiceListOptions::format(const std::string& command) const {
  return parse_output_format(command, format_text_, {OutputFormat::table, OutputFormat::json});
}

}  // namespace socready::cli

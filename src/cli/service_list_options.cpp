#include "cli/service_list_options.hpp"

namespace socready::cli {

void ServiceListOptions::add_to(po::options_description& options,
                                po::positional_options_description& positional) {
  options.add_options()("service", po::value(&services_), "services (default: all)");
  format_.add_to(options);
  positional.add("service", -1);
}

}  // namespace socready::cli

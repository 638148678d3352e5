#include "cli/kind_argument.hpp"

#include <fmt/format.h>

#include "cli/option_values.hpp"

namespace socready::cli {

void add_kind_argument(po::options_description& options,
                       po::positional_options_description& positional, std::string& kind,
                       const char* help) {
  options.add_options()("kind", po::value(&kind), help);
  positional.add("kind", 1);
}

void refuse_kind(const std::string& command, const std::string& kind,
                 const std::vector<std::string_view>& kinds) {
  usage_error(command,
              kind.empty()
                  ? fmt::format("expected what to {}: {}", command, one_of_text(kinds))
                  : fmt::format("cannot {} '{}'; expected {}", command, kind, one_of_text(kinds)));
}

}  // namespace socready::cli

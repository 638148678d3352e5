#pragma once
// Parsing a command line against option groups alone, as Command::parse does, so the groups'
// tests need no command.

#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/error.hpp"

namespace socready::testing {

inline void parse_args(const cli::po::options_description& options,
                       const cli::po::positional_options_description& positional,
                       const std::vector<std::string>& args) {
  namespace po = cli::po;
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  po::notify(vm);
}

// Declares `group`'s options (a group of cli/: add_to, resolve), parses `args` and resolves
// them for `command`.
template <typename Group>
void parse_group(Group& group, const std::vector<std::string>& args, const std::string& command) {
  cli::po::options_description options;
  group.add_to(options);
  parse_args(options, {}, args);
  group.resolve(command);
}

// The message of the usage error `f` throws, "" when it throws none.
template <typename F>
std::string usage_error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace socready::testing

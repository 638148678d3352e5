#pragma once
// The top of the program: picks the subcommand, runs it, and turns every error into one
// message on stderr and the exit code of SPEC §6.

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace socready::cli {

// `args` excludes the program name.
int run_app(const std::vector<std::string>& args, Io io);

}  // namespace socready::cli

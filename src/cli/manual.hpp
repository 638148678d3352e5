#pragma once
// The socready(1) manual page in roff, generated from the commands' own option definitions (the
// ones `--help` prints), so the page and the help cannot drift apart.

#include <memory>
#include <string>
#include <vector>

#include "cli/command.hpp"

namespace socready::cli {

// Deterministic: no date, only the version, so the packaged page is reproducible.
std::string render_manual(const std::vector<std::unique_ptr<Command>>& commands,
                          const std::string& version);

}  // namespace socready::cli

// Writes the socready(1) manual page to standard output; run at build time.
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/manual.hpp"

int main() {
  std::cout << socready::cli::render_manual(socready::cli::all_commands(), SOCREADY_VERSION);
  return std::cout.good() ? 0 : 3;
}

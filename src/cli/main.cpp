#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  return socready::cli::run_app({argv + 1, argv + argc}, {std::cout, std::cerr});
}

#include <iostream>

#include "cli/app.hpp"
#include "cli/inert_output.hpp"

int main(int argc, char** argv) {
  // User text reaches both streams (names in tables, cells quoted in error messages).
  socready::cli::InertBuffer out_buffer(*std::cout.rdbuf());
  socready::cli::InertBuffer err_buffer(*std::cerr.rdbuf());
  std::ostream out(&out_buffer);
  std::ostream err(&err_buffer);
  const int code = socready::cli::run_app({argv + 1, argv + argc}, {out, err});
  out_buffer.finish();
  err_buffer.finish();
  return code;
}

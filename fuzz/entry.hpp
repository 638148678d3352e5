#pragma once
// The body of every LLVMFuzzerTestOneInput: run the shared harness, abort on a violation so
// libFuzzer saves the input and reports it as a crash.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "harness.hpp"

#ifndef SOCREADY_EXAMPLES_DIR
#error "fuzz/CMakeLists.txt defines SOCREADY_EXAMPLES_DIR, the folder of the seed CSV files"
#endif

namespace socready::fuzz {

inline int fuzz_one(Target target, const std::uint8_t* data, std::size_t size) {
  static Runner runner(SOCREADY_EXAMPLES_DIR);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const Result r = runner.run(target, input);
  if (!r.violation.empty()) {
    std::fprintf(stderr, "socready fuzz violation: %s\n", r.violation.c_str());
    std::abort();
  }
  return 0;
}

}  // namespace socready::fuzz

// libFuzzer target: the SOC 1 objectives importer end to end, then integrity and export round
// trips. See fuzz/harness.hpp for what counts as a bug.
#include <cstddef>
#include <cstdint>

#include "entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return socready::fuzz::fuzz_one(socready::fuzz::Target::import_objectives, data, size);
}

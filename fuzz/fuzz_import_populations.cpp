// libFuzzer target: the populations importer end to end (Q4 controls and Q1 populations seeded, so
// that records overlap or repeat ones on file), then the integrity check and export round trips.
// See fuzz/harness.hpp for what counts as a bug.
#include <cstddef>
#include <cstdint>

#include "entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return socready::fuzz::fuzz_one(socready::fuzz::Target::import_populations, data, size);
}

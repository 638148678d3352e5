// libFuzzer target: the systems importer end to end (the example services seeded, so that a
// fuzzed system names services on file or not), then the integrity check and export round trips.
// See fuzz/harness.hpp for what counts as a bug.
#include <cstddef>
#include <cstdint>

#include "entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return socready::fuzz::fuzz_one(socready::fuzz::Target::import_systems, data, size);
}

// libFuzzer target: the evidence importer end to end (Q1 controls seeded), then the
// integrity check and export round trips.
// See fuzz/harness.hpp for what counts as a bug.
#include <cstddef>
#include <cstdint>

#include "entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return socready::fuzz::fuzz_one(socready::fuzz::Target::import_evidence, data, size);
}

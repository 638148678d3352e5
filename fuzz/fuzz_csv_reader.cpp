// libFuzzer target: the CSV reader with small limits, plus the writer's round trip.
// See fuzz/harness.hpp for what counts as a bug.
#include <cstddef>
#include <cstdint>

#include "entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return socready::fuzz::fuzz_one(socready::fuzz::Target::csv_reader, data, size);
}

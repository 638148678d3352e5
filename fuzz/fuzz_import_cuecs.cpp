// libFuzzer target: the CUECs importer (what customers must do) end to end (services seeded, so
// that rows name services on file or not), then integrity and the export round trips of the
// versions on file. See fuzz/harness.hpp for what counts as a bug.
#include <cstddef>
#include <cstdint>

#include "entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return socready::fuzz::fuzz_one(socready::fuzz::Target::import_cuecs, data, size);
}

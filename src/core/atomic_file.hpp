#pragma once
// Writes a file so that it is either complete or absent: into a temporary file beside it,
// flushed, then renamed over the target. Throws InputError when the file cannot be created
// (a bad path is the user's to fix) and FileWriteError (exit 3) when writing or the rename fails.

#include <filesystem>
#include <functional>
#include <ostream>

namespace socready {

void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write);

}  // namespace socready

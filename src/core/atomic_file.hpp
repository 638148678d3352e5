#pragma once
// Writing a file whole. Both throw InputError when the file cannot be created (a bad path is the
// user's to fix) and FileWriteError (exit 3) when the disk is full or writing fails.

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

namespace socready {

// Either complete or absent: written into a temporary file beside the target, flushed, then
// renamed over it. Also throws FileWriteError when the rename fails.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write);

// Creates `target`, which must not exist, holding `content`. For a folder of one's own that is
// made whole and then put in place, where a temporary file and a rename per file would only
// cost time: a report's thousand pages. A half-written file is left for the caller to remove
// with its folder.
void write_new_file(const std::filesystem::path& target, std::string_view content);

}  // namespace socready

#include "core/atomic_file.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/error.hpp"

namespace socready {

void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  const auto dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const auto tmp = dir / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out)
      throw InputError(Location{target.string(), 0, 0},
                       fmt::format("cannot write: {}", std::strerror(errno)));
    try {
      write(out);
      out.flush();
      if (!out) throw FileWriteError(target.string(), "write failed (disk full?)");
    } catch (...) {
      // Rethrown: only the partial temporary file is cleaned up here.
      out.close();
      std::error_code ec;
      fs::remove(tmp, ec);
      throw;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw FileWriteError(target.string(), "cannot replace the file: " + ec.message());
  }
}

}  // namespace socready

#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <streambuf>

#include "core/error.hpp"

namespace socready {

namespace {

namespace fs = std::filesystem;

// Writes all of [data, data + size): 0, or the errno of the write that failed.
int write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n < 0 ? errno : EIO;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return 0;
}

// An output buffer over a file descriptor: the temporary file is opened with open flags an
// ofstream cannot ask for.
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

 protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
  }

  int sync() override {
    if (write_all(fd_, pbase(), static_cast<std::size_t>(pptr() - pbase())) != 0) return -1;
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return 0;
  }

 private:
  int fd_;
  std::array<char, 64 * 1024> buffer_{};
};

// mkstemp makes the file private (0600); a written file gets the usual 0666 less the umask. The
// umask can only be read by setting it, so it is read once: pages are written on every core, and
// two threads reading it at once could leave the process with a umask of 0.
mode_t process_umask() {
  static const mode_t mask = [] {
    const mode_t m = ::umask(0);
    ::umask(m);
    return m;
  }();
  return mask;
}

// A file that cannot be created: a full disk is the machine's problem (exit 3), anything else
// the path's (exit 2, naming it).
[[noreturn]] void refuse_creation(const fs::path& target, int error) {
  if (error == ENOSPC || error == EDQUOT)
    throw FileWriteError(target.string(), std::strerror(error));
  throw InputError(Location{target.string(), 0, 0},
                   fmt::format("cannot write: {}", std::strerror(error)));
}

// Creates the temporary file beside the target. mkstemp opens with O_CREAT|O_EXCL under a name
// nobody can predict, so a link planted in the folder is never followed and never written
// through.
int create_temporary(const fs::path& dir, const fs::path& target, fs::path& tmp) {
  std::string name = (dir / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) refuse_creation(target, errno);
  tmp = name;
  ::fchmod(fd, 0666 & ~process_umask());
  return fd;
}

}  // namespace

void write_file_atomically(const fs::path& target,
                           const std::function<void(std::ostream&)>& write) {
  const auto dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  fs::path tmp;
  const int fd = create_temporary(dir, target, tmp);
  auto discard = [&] {
    std::error_code ignored;
    fs::remove(tmp, ignored);
  };
  try {
    FdBuffer buffer(fd);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    if (!out) throw FileWriteError(target.string(), "write failed (disk full?)");
  } catch (...) {
    // Rethrown: only the partial temporary file is cleaned up here.
    ::close(fd);
    discard();
    throw;
  }
  if (::close(fd) != 0) {
    discard();
    throw FileWriteError(target.string(), fmt::format("write failed: {}", std::strerror(errno)));
  }
  // rename() replaces a link at the target rather than following it: the final name is always
  // the regular file just written.
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    discard();
    throw FileWriteError(target.string(), "cannot replace the file: " + ec.message());
  }
}

void write_new_file(const fs::path& target, std::string_view content) {
  // O_EXCL: the file is made here, never one that a link or an earlier file put in its place.
  const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) refuse_creation(target, errno);
  if (const int error = write_all(fd, content.data(), content.size())) {
    ::close(fd);
    throw FileWriteError(target.string(), fmt::format("write failed: {}", std::strerror(error)));
  }
  if (::close(fd) != 0)
    throw FileWriteError(target.string(), fmt::format("write failed: {}", std::strerror(errno)));
}

}  // namespace socready

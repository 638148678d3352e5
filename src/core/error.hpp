#pragma once
// Errors carry their exit code and, for bad input, every diagnostic with its location.
// Code below the CLI throws; the CLI catches once at the top and prints.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace socready {

// The exit codes of SPEC §6.
enum class ExitCode : int { ok = 0, gate_failed = 1, bad_input = 2, internal = 3 };

struct Location {
  std::string file;        // empty when no file is involved
  std::size_t line = 0;    // 1-based; 0 = unknown
  std::size_t column = 0;  // 1-based, in characters; 0 = unknown
};

struct Diagnostic {
  Location where;
  std::string message;
};

// "FILE:LINE:COLUMN: error: message", dropping the parts that are unknown.
std::string format_diagnostic(const Diagnostic& d);

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const noexcept { return code_; }

  // What was being done, added by each layer the error climbs through that knows it ("while
  // writing the report page services/x.md"); innermost first. See with_context().
  const std::vector<std::string>& context() const noexcept { return context_; }
  void add_context(std::string what) { context_.push_back(std::move(what)); }

 private:
  ExitCode code_;
  std::vector<std::string> context_;
};

// Runs `f`; an Error escaping it gains `what` as context and goes on climbing.
template <typename F>
auto with_context(const std::string& what, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (Error& e) {
    e.add_context(what);
    throw;
  }
}

// Bad arguments or bad data: exit 2.
class InputError : public Error {
 public:
  explicit InputError(const std::string& message);
  InputError(Location where, const std::string& message);
  // Many problems found in one pass (e.g. every bad row of an import). `total` may exceed
  // diagnostics.size() when the list was capped.
  InputError(std::vector<Diagnostic> diagnostics, std::size_t total);

  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }
  std::size_t total() const noexcept { return total_ ? total_ : diagnostics_.size(); }

 private:
  std::vector<Diagnostic> diagnostics_;
  std::size_t total_ = 0;
};

// The database or the program itself failed: exit 3.
class DatabaseError : public Error {
 public:
  explicit DatabaseError(const std::string& message) : Error(ExitCode::internal, message) {}
};

// Writing or replacing an output file failed after it was opened (disk full, rename refused):
// the machine's fault, not the input's, so exit 3. The message starts with the file's path.
class FileWriteError : public Error {
 public:
  FileWriteError(const std::string& path, const std::string& message)
      : Error(ExitCode::internal, path + ": " + message) {}
};

}  // namespace socready

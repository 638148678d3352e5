#pragma once
// Errors carry their exit code and, for bad input, every diagnostic with its location.
// Code below the CLI throws; the CLI catches once at the top and prints.

#include <cstddef>
#include <stdexcept>
#include <string>
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

 private:
  ExitCode code_;
};

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

}  // namespace socready

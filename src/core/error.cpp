#include "core/error.hpp"

#include <fmt/format.h>

namespace socready {

std::string format_diagnostic(const Diagnostic& d) {
  if (d.where.file.empty()) return fmt::format("error: {}", d.message);
  if (d.where.line == 0) return fmt::format("{}: error: {}", d.where.file, d.message);
  if (d.where.column == 0)
    return fmt::format("{}:{}: error: {}", d.where.file, d.where.line, d.message);
  return fmt::format("{}:{}:{}: error: {}", d.where.file, d.where.line, d.where.column, d.message);
}

// Filled in place: a temporary Diagnostic{{}, message} makes GCC 12 at -O3 warn falsely
// (-Wmaybe-uninitialized) about its empty file name.
InputError::InputError(const std::string& message) : Error(ExitCode::bad_input, message) {
  diagnostics_.emplace_back().message = message;
}

InputError::InputError(Location where, const std::string& message)
    : Error(ExitCode::bad_input, format_diagnostic({where, message})) {
  diagnostics_.push_back({std::move(where), message});
}

InputError::InputError(std::vector<Diagnostic> diagnostics, std::size_t total)
    : Error(ExitCode::bad_input, diagnostics.empty() ? std::string("invalid input")
                                                     : format_diagnostic(diagnostics.front())),
      diagnostics_(std::move(diagnostics)),
      total_(total) {}

}  // namespace socready

#pragma once
// The word after `import` and `export` that names what to read or write: one of the command's
// table of kinds (entries with a `kind` field), declared, found and refused the same way by both.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.hpp"

namespace socready::cli {

// KIND, the command's first positional argument.
void add_kind_argument(po::options_description& options,
                       po::positional_options_description& positional, std::string& kind,
                       const char* help);

// "expected what to import: a, b or c" when no kind is given, else "cannot import 'x'; expected
// a, b or c": the command's name is the verb.
[[noreturn]] void refuse_kind(const std::string& command, const std::string& kind,
                              const std::vector<std::string_view>& kinds);

template <typename Entry>
class KindArgument {
 public:
  // `entries` outlives the argument (a table with static storage).
  explicit KindArgument(std::span<const Entry> entries) : entries_(entries) {}

  void add_to(po::options_description& options, po::positional_options_description& positional,
              const char* help) {
    add_kind_argument(options, positional, text_, help);
  }
  const std::string& text() const { return text_; }
  // After parsing: the entry the word names, or nullptr.
  const Entry* entry() const {
    for (const auto& e : entries_)
      if (e.kind == text_) return &e;
    return nullptr;
  }
  // Every kind of the table, in its order.
  std::vector<std::string_view> names() const {
    std::vector<std::string_view> out;
    for (const auto& e : entries_) out.push_back(e.kind);
    return out;
  }

 private:
  std::span<const Entry> entries_;
  std::string text_;
};

}  // namespace socready::cli

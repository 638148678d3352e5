#pragma once
// Text helpers every layer shares: one trim, and one table type for an enum's spellings, so each
// enum's names are written once and read both ways.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace socready {

// Without leading and trailing spaces, tabs and line ends.
constexpr std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// ASCII case folding: the spellings socready accepts are ASCII, and a locale must not change
// which of them match (std::tolower would).
constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

constexpr bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

// An enum's spellings, one entry per value in the order the enum declares them (an entry's
// index is its value, so the enum must not set values of its own). `Last` is the enum's last
// value: a table with an entry too few or too many does not compile, nor one where two values
// share a spelling. An entry is the value's name, then any other spellings a parse accepts,
// separated by '|': "implemented|in_place|done".
template <auto Last>
class EnumText {
 public:
  using Enum = decltype(Last);
  static constexpr std::size_t size = static_cast<std::size_t>(Last) + 1;

  template <typename... Entry>
  consteval EnumText(const Entry&... entries) : entries_{std::string_view(entries)...} {
    static_assert(sizeof...(Entry) == size, "one entry per value of the enum");
    for (std::size_t i = 0; i < size; ++i)
      for (std::size_t j = i + 1; j < size; ++j)
        for_each_spelling(i, [&](std::string_view a) {
          if (matches(j, a, iequals)) throw "two values of the enum share a spelling";
        });
  }

  // The value's name: the first spelling of its entry.
  constexpr std::string_view name(Enum value) const {
    const auto i = static_cast<std::size_t>(value);
    return i < size ? entries_[i].substr(0, entries_[i].find('|')) : std::string_view{};
  }
  // The value with that spelling.
  constexpr std::optional<Enum> find(std::string_view text) const {
    return find_with(text, [](std::string_view a, std::string_view b) { return a == b; });
  }
  // The same, ignoring ASCII case.
  constexpr std::optional<Enum> find_any_case(std::string_view text) const {
    return find_with(text, iequals);
  }

 private:
  template <typename F>
  constexpr void for_each_spelling(std::size_t i, F&& f) const {
    std::string_view rest = entries_[i];
    while (true) {
      const auto bar = rest.find('|');
      f(rest.substr(0, bar));
      if (bar == std::string_view::npos) return;
      rest.remove_prefix(bar + 1);
    }
  }
  template <typename Equal>
  constexpr bool matches(std::size_t i, std::string_view text, Equal equal) const {
    bool found = false;
    for_each_spelling(i, [&](std::string_view s) { found = found || equal(s, text); });
    return found;
  }
  template <typename Equal>
  constexpr std::optional<Enum> find_with(std::string_view text, Equal equal) const {
    for (std::size_t i = 0; i < size; ++i)
      if (matches(i, text, equal)) return static_cast<Enum>(i);
    return std::nullopt;
  }

  std::array<std::string_view, size> entries_;
};

}  // namespace socready

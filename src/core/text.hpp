#pragma once
// Text helpers every layer shares: one trim, and one table type for an enum's spellings, so each
// enum's names are written once and read both ways.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

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

// An enum's spellings: text -> value by the first entry with that text, value -> text by the
// first entry with that value (so a canonical name goes first, aliases after).
template <typename T, std::size_t N>
struct EnumText {
  std::array<std::pair<std::string_view, T>, N> entries;

  constexpr std::optional<T> find(std::string_view text) const {
    for (const auto& [k, v] : entries)
      if (k == text) return v;
    return std::nullopt;
  }
  // The same, ignoring ASCII case.
  constexpr std::optional<T> find_any_case(std::string_view text) const {
    for (const auto& [k, v] : entries)
      if (iequals(k, text)) return v;
    return std::nullopt;
  }
  constexpr std::string_view name(T value) const {
    for (const auto& [k, v] : entries)
      if (v == value) return k;
    return {};
  }
};

}  // namespace socready

#pragma once
// "Did you mean ...?" hints for mistyped names (columns, commands, slugs, codes). Typos are
// mostly one slipped or swapped key, so the distance counts a transposition as one edit.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace socready {

// Optimal-string-alignment (restricted Damerau–Levenshtein) distance, ignoring ASCII case so
// that "Title" and "title" are the same name. Counts bytes, so a non-ASCII character that
// differs costs one edit per differing byte.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` within `max_distance` edits; the first one on a tie, so
// callers can order candidates by preference. nullopt when none is close enough.
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates,
                                         std::size_t max_distance = 2);
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string_view> candidates,
                                         std::size_t max_distance = 2);

// The one way an error message ends with a hint: "; did you mean 'X'?" for the nearest
// candidate, or "" when none is close enough.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace socready

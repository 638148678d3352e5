#include "core/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace socready {

namespace {

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

template <typename Candidates>
std::optional<std::string> closest(std::string_view word, const Candidates& candidates,
                                   std::size_t max_distance) {
  std::optional<std::string> best;
  std::size_t best_distance = max_distance + 1;
  for (const auto& candidate : candidates) {
    // Lengths alone bound the distance from below; skipping early keeps long lists cheap.
    const std::size_t gap = word.size() > candidate.size() ? word.size() - candidate.size()
                                                           : candidate.size() - word.size();
    if (gap >= best_distance) continue;
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(candidate);
    }
  }
  return best;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rolling rows: OSA needs the row before the previous one for transpositions.
  const std::size_t n = b.size();
  std::vector<std::size_t> before(n + 1), previous(n + 1), current(n + 1);
  for (std::size_t j = 0; j <= n; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    const char ai = fold(a[i - 1]);
    for (std::size_t j = 1; j <= n; ++j) {
      const char bj = fold(b[j - 1]);
      const std::size_t cost = ai == bj ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && ai == fold(b[j - 2]) && fold(a[i - 2]) == bj)
        d = std::min(d, before[j - 2] + 1);
      current[j] = d;
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[n];
}

std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates,
                                         std::size_t max_distance) {
  return closest(word, candidates, max_distance);
}

std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string_view> candidates,
                                         std::size_t max_distance) {
  return closest(word, candidates, max_distance);
}

namespace {

std::string hint_text(const std::optional<std::string>& best) {
  return best ? fmt::format("; did you mean '{}'?", *best) : std::string();
}

}  // namespace

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  return hint_text(closest_match(word, candidates));
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  return hint_text(closest_match(word, candidates));
}

}  // namespace socready

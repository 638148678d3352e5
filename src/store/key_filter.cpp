#include "store/key_filter.hpp"

#include <bit>
#include <functional>

namespace socready::store {

namespace {

constexpr int probes = 7;
constexpr std::size_t bits_per_key = 20;
constexpr std::size_t first_capacity = std::size_t{1} << 16;
constexpr std::size_t growth = 4;  // few levels: each one is probed by every look-up

std::uint64_t hash_of(std::string_view key) { return std::hash<std::string_view>{}(key); }

// The i-th bit of a key in a table of `bits` bits: double hashing, then the 64-bit value is
// mapped onto [0, bits) by a multiply and shift (no division, any table size).
std::size_t probe(std::uint64_t hash, int i, std::size_t bits) {
  __extension__ using wide = unsigned __int128;
  const std::uint64_t step = std::rotl(hash, 32) * 0x9e3779b97f4a7c15ULL | 1;
  const std::uint64_t x = hash + static_cast<std::uint64_t>(i) * step;
  return static_cast<std::size_t>((static_cast<wide>(x) * bits) >> 64);
}

}  // namespace

bool KeyFilter::contains(const Level& level, std::uint64_t hash) {
  const std::size_t bits = level.words.size() * 64;
  for (int i = 0; i < probes; ++i) {
    const std::size_t b = probe(hash, i, bits);
    if ((level.words[b / 64] & (std::uint64_t{1} << (b % 64))) == 0) return false;
  }
  return true;
}

void KeyFilter::insert(Level& level, std::uint64_t hash) {
  const std::size_t bits = level.words.size() * 64;
  for (int i = 0; i < probes; ++i) {
    const std::size_t b = probe(hash, i, bits);
    level.words[b / 64] |= std::uint64_t{1} << (b % 64);
  }
  ++level.count;
}

void KeyFilter::add(std::string_view key) {
  if (levels_.empty() || levels_.back().count == levels_.back().capacity) {
    Level next;
    next.capacity = levels_.empty() ? first_capacity : levels_.back().capacity * growth;
    next.words.assign(next.capacity * bits_per_key / 64, 0);
    levels_.push_back(std::move(next));
  }
  insert(levels_.back(), hash_of(key));
  ++size_;
}

bool KeyFilter::maybe_contains(std::string_view key) const {
  const std::uint64_t hash = hash_of(key);
  for (const auto& level : levels_)
    if (contains(level, hash)) return true;
  return false;
}

}  // namespace socready::store

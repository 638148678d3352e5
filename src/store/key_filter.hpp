#pragma once
// A Bloom filter of strings that grows with the keys added: "absent" is certain, "maybe" needs
// a look-up. 2.5 to 10 bytes a key, so a bulk import can tell new control ids from known
// ones without keeping the ids themselves in memory.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace socready::store {

class KeyFilter {
 public:
  void add(std::string_view key);
  bool maybe_contains(std::string_view key) const;
  std::size_t size() const { return size_; }

 private:
  // Each level takes a fixed number of keys at 20 bits a key; a full level is kept and a
  // level four times its size is started, so the false-positive rate stays under 0.02% a
  // level and a million keys take three levels.
  struct Level {
    std::vector<std::uint64_t> words;
    std::size_t capacity = 0;
    std::size_t count = 0;
  };
  static bool contains(const Level& level, std::uint64_t hash);
  static void insert(Level& level, std::uint64_t hash);

  std::vector<Level> levels_;
  std::size_t size_ = 0;
};

}  // namespace socready::store

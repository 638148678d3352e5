#pragma once
// A 64-bit FNV-1a hash of a control's normalised content: equal content, equal fingerprint,
// so an unchanged row is recognised from one stored integer.

#include <cstdint>
#include <string_view>

namespace socready::import {

class Fingerprint {
 public:
  Fingerprint& add(std::string_view s) {
    for (char c : s) mix(static_cast<unsigned char>(c));
    mix(0x1f);  // a separator no field contains, so ("ab","c") != ("a","bc")
    return *this;
  }
  Fingerprint& add(std::int64_t n) {
    for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>((n >> (8 * i)) & 0xff));
    mix(0x1e);
    return *this;
  }
  std::int64_t value() const { return static_cast<std::int64_t>(hash_); }

 private:
  void mix(unsigned char c) {
    hash_ ^= c;
    hash_ *= 0x100000001b3ULL;
  }
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace socready::import

#pragma once
// How factors and scores are written in reasons and explanations: up to four decimals, trailing
// zeros dropped, so 1, 0.5, 0.0625 and 0.6685 read as a person would write them.

#include <fmt/format.h>

#include <string>

namespace socready::scoring {

inline std::string number(double x) {
  std::string s = fmt::format("{:.4f}", x);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

}  // namespace socready::scoring

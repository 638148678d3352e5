#pragma once
// Collects every problem found in an input file, so one run reports them all; the list is
// capped, the count is not.

#include <cstddef>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace socready::import {

class Problems {
 public:
  static constexpr std::size_t shown = 50;

  void add(Location where, std::string message);
  bool any() const { return total_ > 0; }
  std::size_t total() const { return total_; }
  // Throws one InputError holding the first `shown` problems, in line order, and the total.
  [[noreturn]] void raise() const;

 private:
  std::vector<Diagnostic> list_;
  std::size_t total_ = 0;
};

}  // namespace socready::import

#include "import/problems.hpp"

#include <algorithm>

namespace socready::import {

void Problems::add(Location where, std::string message) {
  ++total_;
  if (list_.size() < shown) list_.push_back({std::move(where), std::move(message)});
}

void Problems::raise() const {
  // In line order: problems found once the whole file is read (overlapping populations) come
  // last otherwise. Stable, so a row's problems keep their order.
  auto sorted = list_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.where.line < b.where.line;
  });
  throw InputError(std::move(sorted), total_);
}

}  // namespace socready::import

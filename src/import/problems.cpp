#include "import/problems.hpp"

namespace socready::import {

void Problems::add(Location where, std::string message) {
  ++total_;
  if (list_.size() < shown) list_.push_back({std::move(where), std::move(message)});
}

void Problems::raise() const { throw InputError(list_, total_); }

}  // namespace socready::import

#pragma once
// A JSON array written one element at a time, byte for byte what `array.dump(2)` would print,
// so that a command over 100,000 services never holds the whole document.

#include <nlohmann/json.hpp>
#include <ostream>

namespace socready::cli {

class JsonArrayStream {
 public:
  explicit JsonArrayStream(std::ostream& out) : out_(out) {}
  JsonArrayStream(const JsonArrayStream&) = delete;
  JsonArrayStream& operator=(const JsonArrayStream&) = delete;

  void add(const nlohmann::ordered_json& element);
  // Closes the array and ends the line; "[]" when nothing was added.
  void finish();

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace socready::cli

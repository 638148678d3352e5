#include "cli/json_array_stream.hpp"

#include <string>

namespace socready::cli {

void JsonArrayStream::add(const nlohmann::ordered_json& element) {
  out_ << (first_ ? "[\n  " : ",\n  ");
  first_ = false;
  // One level deeper than the element's own dump: JSON text has no raw line ends inside strings,
  // so every '\n' starts a line to indent.
  const std::string text = element.dump(2);
  std::string::size_type from = 0;
  for (auto at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
    out_.write(text.data() + from, static_cast<std::streamsize>(at + 1 - from));
    out_ << "  ";
    from = at + 1;
  }
  out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

void JsonArrayStream::finish() { out_ << (first_ ? "[]\n" : "\n]\n"); }

}  // namespace socready::cli

#pragma once
// CSV output that any spreadsheet and our own reader read back unchanged (RFC 4180, CRLF).

#include <initializer_list>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace socready::csv {

class Writer {
 public:
  explicit Writer(std::ostream& out);

  // Writes one record. A field is quoted only when it must be: when it holds a comma, a
  // quote, a CR or LF, or starts or ends with white space (which readers may trim).
  void row(std::span<const std::string> fields);
  void row(std::initializer_list<std::string_view> fields);
  void row(std::span<const std::string_view> fields);

 private:
  void add(std::string_view field);
  void end_row(std::size_t field_count);

  std::ostream* out_;
  std::string line_;  // reused so writing a row allocates nothing in steady state
};

}  // namespace socready::csv

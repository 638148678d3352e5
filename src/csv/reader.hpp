#pragma once
// A streaming RFC 4180 reader. Files hold up to millions of rows, so it reads fixed-size
// chunks, keeps one record in memory at a time and never allocates per field; bad input stops
// it with an InputError that points at the exact line and column.

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace socready::csv {

// Bounds that keep memory flat even for hostile input (e.g. a quote that never closes).
// Sizes count the bytes of field contents after unquoting.
struct Limits {
  std::size_t max_field_bytes = 1 << 20;   // 1 MiB per field
  std::size_t max_record_bytes = 8 << 20;  // 8 MiB per record, which may span lines
  std::size_t max_fields = 4096;           // fields per record
};

class Reader {
 public:
  Reader(std::istream& in, std::string file_name, Limits limits = {});

  // Reads the next record; false at the end of the input. Blank lines are skipped. Throws
  // InputError on malformed input, after which the reader must not be used again.
  bool next();

  // Fields of the current record; every record has at least one.
  std::size_t size() const { return fields_.size(); }
  // Valid until the next call to next(); empty when i >= size().
  std::string_view field(std::size_t i) const;
  // Where field i starts (its opening quote if quoted); the record's start when i >= size().
  Location location(std::size_t i) const;
  // The first control character of the current record (C0 other than tab and line breaks, DEL,
  // C1), which could drive a terminal that later shows the text. It is kept in the field, not
  // thrown, so that the caller reports it beside every other problem of the file.
  struct ControlCharacter {
    Location where;
    char32_t code;
  };
  const std::optional<ControlCharacter>& control_character() const { return control_; }
  // The line on which the current record starts.
  std::size_t line() const { return record_line_; }
  // Bytes consumed from the stream so far, for a progress percentage.
  std::uint64_t bytes_read() const { return bytes_in_ - (end_ - pos_); }
  const std::string& file_name() const { return file_name_; }

 private:
  struct Field {
    std::size_t begin;  // offsets into record_, so growing the buffer keeps them valid
    std::size_t end;
    std::size_t line;
    std::size_t column;
  };

  bool ensure(std::size_t n);
  const char* append_run(std::uint8_t stops);
  void read_unusual(char c);
  bool read_unquoted();
  bool read_quoted();
  void consume_line_end();
  void start_field();
  void append(const char* from, std::size_t n);
  std::size_t utf8_length() const;
  void read_utf8();
  void read_control();
  void note_control(char32_t code);
  void skip_byte_order_mark();
  [[noreturn]] void fail(std::size_t line, std::size_t column, const std::string& message) const;

  std::istream* in_;
  std::string file_name_;
  Limits limits_;

  std::vector<char> chunk_;
  std::size_t pos_ = 0;  // next unread byte in chunk_
  std::size_t end_ = 0;  // end of the valid bytes in chunk_
  bool eof_ = false;
  bool started_ = false;
  std::uint64_t bytes_in_ = 0;

  std::size_t line_ = 1;    // of the next unread byte
  std::size_t column_ = 1;  // of the next unread byte, in characters

  std::string record_;  // the current record's field contents, back to back
  std::vector<Field> fields_;
  std::size_t record_line_ = 0;
  std::optional<ControlCharacter> control_;
};

// "control character U+001B (escape) ...": what the caller reports for one.
std::string describe(const Reader::ControlCharacter& c);

}  // namespace socready::csv

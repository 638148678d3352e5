#include "csv/reader.hpp"

#include <fmt/format.h>

#include <array>
#include <cstring>

namespace socready::csv {

namespace {

constexpr std::size_t chunk_size = std::size_t{256} * 1024;

// Bytes that end a run of plain text. Scanning with a table keeps the per-byte cost to one
// load and test, which is what makes million-row files fast.
constexpr std::uint8_t stops_unquoted = 1;
constexpr std::uint8_t stops_quoted = 2;

constexpr std::array<std::uint8_t, 256> byte_classes = [] {
  std::array<std::uint8_t, 256> classes{};
  for (std::size_t b = 0x80; b < 256; ++b) classes[b] = stops_unquoted | stops_quoted;
  for (char c : {'"', '\r', '\n', '\0'})
    classes[static_cast<unsigned char>(c)] = stops_unquoted | stops_quoted;
  // Control characters (tab and line breaks aside) are rare, so stopping on them costs nothing.
  for (std::size_t b = 1; b < 0x20; ++b)
    if (b != '\t' && b != '\r' && b != '\n') classes[b] = stops_unquoted | stops_quoted;
  classes[0x7f] = stops_unquoted | stops_quoted;
  classes[static_cast<unsigned char>(',')] = stops_unquoted;
  return classes;
}();

unsigned char byte(char c) { return static_cast<unsigned char>(c); }

// Excel's default "CSV" is Windows-1252, the usual cause of invalid UTF-8.
constexpr std::string_view utf8_hint = "; expected UTF-8 text (in Excel, save as \"CSV UTF-8\")";

}  // namespace

Reader::Reader(std::istream& in, std::string file_name, Limits limits)
    : in_(&in), file_name_(std::move(file_name)), limits_(limits), chunk_(chunk_size) {
  fields_.reserve(32);
}

void Reader::fail(std::size_t line, std::size_t column, const std::string& message) const {
  throw InputError(Location{file_name_, line, column}, message);
}

// Makes at least n unread bytes available unless the input ends first; returns whether it did.
bool Reader::ensure(std::size_t n) {
  while (end_ - pos_ < n) {
    if (eof_) return false;
    // Everything before pos_ is already copied into the record, so the tail can move down.
    const std::size_t rest = end_ - pos_;
    if (rest > 0 && pos_ > 0) std::memmove(chunk_.data(), chunk_.data() + pos_, rest);
    pos_ = 0;
    end_ = rest;
    in_->read(chunk_.data() + end_, static_cast<std::streamsize>(chunk_.size() - end_));
    const auto got = static_cast<std::size_t>(in_->gcount());
    if (in_->bad()) throw InputError(Location{file_name_, 0, 0}, "cannot read the file");
    end_ += got;
    bytes_in_ += got;
    if (got == 0 || in_->eof()) eof_ = true;
  }
  return true;
}

void Reader::skip_byte_order_mark() {
  ensure(3);
  const std::size_t have = end_ - pos_;
  const char* p = chunk_.data() + pos_;
  if (have >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
    pos_ += 3;
  } else if (have >= 2 &&
             (std::memcmp(p, "\xFF\xFE", 2) == 0 || std::memcmp(p, "\xFE\xFF", 2) == 0)) {
    fail(1, 1, "the file is UTF-16; expected UTF-8 text (in Excel, save as \"CSV UTF-8\")");
  }
}

bool Reader::next() {
  if (!started_) {
    started_ = true;
    skip_byte_order_mark();
  }
  record_.clear();
  fields_.clear();
  control_.reset();
  for (;;) {
    if (!ensure(1)) return false;
    const char c = chunk_[pos_];
    if (c != '\n' && c != '\r') break;
    consume_line_end();  // a blank line
  }
  record_line_ = line_;
  for (;;) {
    start_field();
    const bool record_ended = chunk_[pos_] == '"' ? read_quoted() : read_unquoted();
    fields_.back().end = record_.size();
    if (record_ended) return true;
    // A comma was the last byte: the record ends with an empty field.
    if (!ensure(1)) {
      start_field();
      fields_.back().end = record_.size();
      return true;
    }
  }
}

void Reader::start_field() {
  if (fields_.size() == limits_.max_fields)
    fail(line_, column_,
         fmt::format("record has more than {} fields; expected at most {}", limits_.max_fields,
                     limits_.max_fields));
  fields_.push_back(Field{record_.size(), record_.size(), line_, column_});
}

// Consumes LF, CRLF or a lone CR (old Mac files), all of which end a line.
void Reader::consume_line_end() {
  if (chunk_[pos_++] == '\r' && ensure(1) && chunk_[pos_] == '\n') ++pos_;
  ++line_;
  column_ = 1;
}

void Reader::append(const char* from, std::size_t n) {
  if (n == 0) return;
  const Field& f = fields_.back();
  if (record_.size() - f.begin + n > limits_.max_field_bytes)
    fail(f.line, f.column,
         fmt::format("field is longer than {} bytes; expected at most {} (is a closing quote "
                     "missing?)",
                     limits_.max_field_bytes, limits_.max_field_bytes));
  if (record_.size() + n > limits_.max_record_bytes)
    fail(record_line_, fields_.front().column,
         fmt::format("record is longer than {} bytes; expected at most {} (is a closing quote "
                     "missing?)",
                     limits_.max_record_bytes, limits_.max_record_bytes));
  record_.append(from, n);
}

// Appends the bytes before the next one of class `stops` to the field; returns where that byte
// is, or null when the chunk ended first.
const char* Reader::append_run(std::uint8_t stops) {
  const char* const base = chunk_.data();
  const char* p = base + pos_;
  const char* const stop = base + end_;
  while (p < stop && (byte_classes[byte(*p)] & stops) == 0) ++p;
  const auto n = static_cast<std::size_t>(p - (base + pos_));
  append(base + pos_, n);
  column_ += n;
  pos_ += n;
  return p == stop ? nullptr : p;
}

// A byte that stops a run in any field besides quotes, commas and line breaks: NUL (refused),
// another control character or the start of a UTF-8 sequence.
void Reader::read_unusual(char c) {
  if (c == '\0')
    fail(line_, column_, "unexpected NUL byte; expected text (is this a UTF-16 or binary file?)");
  if (byte(c) < 0x80)
    read_control();
  else
    read_utf8();
}

// Reads up to the end of an unquoted field; returns true when the record ended with it.
bool Reader::read_unquoted() {
  for (;;) {
    const char* const p = append_run(stops_unquoted);
    if (!p) {
      if (!ensure(1)) return true;
      continue;
    }
    switch (*p) {
      case ',':
        ++pos_;
        ++column_;
        return false;
      case '\n':
      case '\r':
        consume_line_end();
        return true;
      case '"':
        fail(line_, column_,
             "unexpected '\"' in an unquoted field; expected the whole field in quotes with each "
             "inner quote doubled, e.g. \"say \"\"hi\"\"\"");
      default:
        read_unusual(*p);
    }
  }
}

// Reads a quoted field from its opening quote; returns true when the record ended with it.
bool Reader::read_quoted() {
  const std::size_t open_line = line_;
  const std::size_t open_column = column_;
  ++pos_;
  ++column_;
  for (;;) {
    const char* const p = append_run(stops_quoted);
    if (!p) {
      if (!ensure(1))
        fail(open_line, open_column,
             "unterminated quoted field (opened here); expected a closing '\"'");
      continue;
    }
    switch (*p) {
      case '"': {
        ++pos_;
        ++column_;
        if (!ensure(1)) return true;
        const char after = chunk_[pos_];
        if (after == '"') {  // a doubled quote stands for one
          append("\"", 1);
          ++pos_;
          ++column_;
          continue;
        }
        if (after == ',') {
          ++pos_;
          ++column_;
          return false;
        }
        if (after == '\n' || after == '\r') {
          consume_line_end();
          return true;
        }
        std::string shown;
        if (byte(after) >= 0x80) {
          ensure(4);
          // fmt, not "'" + std::string: GCC 12 at -O3 warns falsely (-Wrestrict) about the latter.
          shown = fmt::format("'{}'", std::string_view(chunk_.data() + pos_, utf8_length()));
        } else if (byte(after) < 0x20 || after == 0x7f) {
          shown = fmt::format("U+{:04X}", byte(after));
        } else {
          shown = fmt::format("'{}'", after);
        }
        fail(line_, column_,
             fmt::format("unexpected {} after the closing quote of a field; expected ',' or the "
                         "end of the line (a quote inside a quoted field is written \"\")",
                         shown));
      }
      case '\n':
      case '\r': {
        // Kept as-is inside the field; CRLF stays CRLF and counts as one line. Appended byte
        // by byte because looking past a CR may refill the chunk under our feet.
        const bool cr = *p == '\r';
        append(p, 1);
        ++pos_;
        if (cr && ensure(1) && chunk_[pos_] == '\n') {
          append("\n", 1);
          ++pos_;
        }
        ++line_;
        column_ = 1;
        continue;
      }
      default:
        read_unusual(*p);
    }
  }
}

// The length of the valid UTF-8 sequence at pos_ (a byte >= 0x80), or an InputError pointing at
// its first byte. Overlong forms, surrogates and code points past U+10FFFF are all invalid.
std::size_t Reader::utf8_length() const {
  const std::size_t have = end_ - pos_;
  const auto* s = reinterpret_cast<const unsigned char*>(chunk_.data() + pos_);
  const unsigned char lead = s[0];
  auto bad = [&](const std::string& what) {
    fail(line_, column_, fmt::format("invalid UTF-8 ({}){}", what, utf8_hint));
  };
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0xC0) {
    bad(fmt::format("unexpected continuation byte 0x{:02X}", lead));
  } else if (lead < 0xC2) {
    bad(fmt::format("overlong encoding starting with byte 0x{:02X}", lead));
  } else if (lead < 0xE0) {
    length = 2;
  } else if (lead < 0xF0) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead < 0xF5) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    bad(fmt::format("byte 0x{:02X} never appears in UTF-8", lead));
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (i >= have)
      bad(fmt::format("byte 0x{:02X} starts a character cut off by the end of the file", lead));
    const unsigned char b = s[i];
    const bool continuation = (b & 0xC0) == 0x80;
    if (i == 1 && continuation && (b < low || b > high)) {
      const char* kind = lead == 0xED   ? "encoded surrogate"
                         : lead == 0xF4 ? "code point above U+10FFFF"
                                        : "overlong encoding";
      bad(fmt::format("{} starting with bytes 0x{:02X} 0x{:02X}", kind, lead, b));
    }
    if (!continuation)
      bad(fmt::format("byte 0x{:02X} is followed by 0x{:02X}, not by a continuation byte", lead,
                      b));
  }
  return length;
}

void Reader::read_utf8() {
  ensure(4);  // a character may straddle two chunks
  const std::size_t n = utf8_length();
  // C1 controls, U+0080 to U+009F, are 0xC2 0x80 to 0xC2 0x9F.
  if (n == 2 && byte(chunk_[pos_]) == 0xC2 && byte(chunk_[pos_ + 1]) < 0xA0)
    note_control(byte(chunk_[pos_ + 1]));
  append(chunk_.data() + pos_, n);
  pos_ += n;
  ++column_;
}

void Reader::read_control() {
  note_control(byte(chunk_[pos_]));
  append(chunk_.data() + pos_, 1);
  ++pos_;
  ++column_;
}

void Reader::note_control(char32_t code) {
  if (!control_) control_ = ControlCharacter{Location{file_name_, line_, column_}, code};
}

std::string describe(const Reader::ControlCharacter& c) {
  std::string_view name;
  switch (c.code) {
    case 0x07:
      name = " (bell)";
      break;
    case 0x08:
      name = " (backspace)";
      break;
    case 0x1b:
      name = " (escape)";
      break;
    case 0x7f:
      name = " (delete)";
      break;
    case 0x9b:
      name = " (control sequence introducer)";
      break;
    case 0x9d:
      name = " (operating system command)";
      break;
    default:
      break;
  }
  return fmt::format(
      "control character U+{:04X}{} in the text; expected printable text (tab "
      "and line breaks are the only control characters allowed)",
      static_cast<std::uint32_t>(c.code), name);
}

std::string_view Reader::field(std::size_t i) const {
  if (i >= fields_.size()) return {};
  const Field& f = fields_[i];
  return std::string_view(record_).substr(f.begin, f.end - f.begin);
}

Location Reader::location(std::size_t i) const {
  if (i >= fields_.size()) return Location{file_name_, record_line_, 1};
  return Location{file_name_, fields_[i].line, fields_[i].column};
}

}  // namespace socready::csv

#include "csv/writer.hpp"

namespace socready::csv {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

bool needs_quotes(std::string_view field) {
  if (field.empty()) return false;
  if (is_blank(field.front()) || is_blank(field.back())) return true;
  return field.find_first_of(",\"\r\n") != std::string_view::npos;
}

}  // namespace

Writer::Writer(std::ostream& out) : out_(&out) {}

void Writer::add(std::string_view field) {
  if (!needs_quotes(field)) {
    line_.append(field);
    return;
  }
  line_.push_back('"');
  for (char c : field) {
    if (c == '"') line_.push_back('"');
    line_.push_back(c);
  }
  line_.push_back('"');
}

void Writer::end_row(std::size_t field_count) {
  // A record of one empty field would be an empty line, which readers skip as blank.
  if (field_count == 1 && line_.empty()) line_ = "\"\"";
  line_.append("\r\n");
  out_->write(line_.data(), static_cast<std::streamsize>(line_.size()));
  line_.clear();
}

void Writer::row(std::span<const std::string> fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line_.push_back(',');
    add(fields[i]);
  }
  end_row(fields.size());
}

void Writer::row(std::initializer_list<std::string_view> fields) {
  row(std::span<const std::string_view>(fields.begin(), fields.size()));
}

void Writer::row(std::span<const std::string_view> fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line_.push_back(',');
    add(fields[i]);
  }
  end_row(fields.size());
}

}  // namespace socready::csv

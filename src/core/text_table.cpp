#include "core/text_table.hpp"

#include <algorithm>

namespace socready {

std::size_t display_width(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  for (auto& c : cells)  // a newline inside a cell would break the table
    std::replace_if(
        c.begin(), c.end(), [](char ch) { return ch == '\n' || ch == '\r'; }, ' ');
  rows_.push_back(std::move(cells));
}

std::string TextTable::render() const {
  std::vector<std::size_t> width(columns_.size());
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    width[i] = display_width(columns_[i].title);
    for (const auto& r : rows_) width[i] = std::max(width[i], display_width(r[i]));
  }
  std::string out;
  auto emit = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::size_t pad = width[i] - display_width(cells[i]);
      if (i) line += "  ";
      if (columns_[i].align == Align::right) line.append(pad, ' ');
      line += cells[i];
      if (columns_[i].align == Align::left) line.append(pad, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  };
  std::vector<std::string> titles;
  std::vector<std::string> rules;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    titles.push_back(columns_[i].title);
    rules.emplace_back(width[i], '-');
  }
  emit(titles);
  emit(rules);
  for (const auto& r : rows_) emit(r);
  return out;
}

}  // namespace socready

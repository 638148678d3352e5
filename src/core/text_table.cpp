#include "core/text_table.hpp"

#include <algorithm>

namespace socready {

std::size_t display_width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void TableCells::add_cells(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  for (const auto& c : cells) cell_widths_.push_back(display_width(c));
  rows_.push_back(std::move(cells));
}

std::vector<std::size_t> TableCells::widths(std::size_t at_least) const {
  std::vector<std::size_t> width(columns_.size(), at_least);
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    width[i] = std::max(width[i], display_width(columns_[i].title));
    for (std::size_t r = 0; r < rows_.size(); ++r) width[i] = std::max(width[i], cell_width(r, i));
  }
  return width;
}

void TableCells::append_padded(std::string& out, std::size_t column, const std::string& cell,
                               std::size_t cell_width, std::size_t width) const {
  const bool right = columns_[column].align == Align::right;
  if (right) out.append(width - cell_width, ' ');
  out += cell;
  if (!right) out.append(width - cell_width, ' ');
}

std::vector<std::string> TableCells::titles() const {
  std::vector<std::string> out;
  for (const auto& c : columns_) out.push_back(c.title);
  return out;
}

void TextTable::add_row(std::vector<std::string> cells) {
  for (auto& c : cells)  // a newline inside a cell would break the table
    std::replace_if(
        c.begin(), c.end(), [](char ch) { return ch == '\n' || ch == '\r'; }, ' ');
  add_cells(std::move(cells));
}

std::string TextTable::render() const {
  const auto width = widths();
  std::string out;
  auto emit = [&](const std::vector<std::string>& cells, auto width_of) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += "  ";
      append_padded(line, i, cells[i], width_of(i), width[i]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
  };
  std::vector<std::string> rules;
  for (std::size_t w : width) rules.emplace_back(w, '-');
  const auto titles_row = titles();
  emit(titles_row, [&](std::size_t i) { return display_width(titles_row[i]); });
  emit(rules, [&](std::size_t i) { return width[i]; });
  for (std::size_t r = 0; r < rows_.size(); ++r)
    emit(rows_[r], [&](std::size_t i) { return cell_width(r, i); });
  return out;
}

}  // namespace socready

#include "report/table.hpp"

#include <algorithm>

#include "core/text_table.hpp"

namespace socready::report {

MarkdownTable::MarkdownTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void MarkdownTable::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string MarkdownTable::render() const {
  // The delimiter row needs three dashes, so no column is narrower.
  std::vector<std::size_t> width(columns_.size(), 3);
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    width[i] = std::max(width[i], display_width(columns_[i].title));
    for (const auto& row : rows_) width[i] = std::max(width[i], display_width(row[i]));
  }
  std::string out;
  auto emit = [&](const std::vector<std::string>& cells) {
    out += '|';
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::size_t pad = width[i] - display_width(cells[i]);
      out += ' ';
      if (columns_[i].align == Align::right) out.append(pad, ' ');
      out += cells[i];
      if (columns_[i].align == Align::left) out.append(pad, ' ');
      out += " |";
    }
    out += '\n';
  };
  std::vector<std::string> titles;
  for (const auto& c : columns_) titles.push_back(c.title);
  emit(titles);
  out += '|';
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    out += ' ';
    out.append(width[i] - (columns_[i].align == Align::right ? 1 : 0), '-');
    if (columns_[i].align == Align::right) out += ':';
    out += " |";
  }
  out += '\n';
  for (const auto& row : rows_) emit(row);
  return out;
}

}  // namespace socready::report

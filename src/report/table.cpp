#include "report/table.hpp"

namespace socready::report {

std::string MarkdownTable::render() const {
  // The delimiter row needs three dashes, so no column is narrower.
  const auto width = widths(3);
  std::string out;
  auto emit = [&](const std::vector<std::string>& cells) {
    out += '|';
    for (std::size_t i = 0; i < cells.size(); ++i)
      out += ' ' + padded(i, cells[i], width[i]) + " |";
    out += '\n';
  };
  emit(titles());
  out += '|';
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const bool right = columns_[i].align == Align::right;
    out += ' ';
    out.append(width[i] - (right ? 1 : 0), '-');
    if (right) out += ':';
    out += " |";
  }
  out += '\n';
  for (const auto& row : rows_) emit(row);
  return out;
}

}  // namespace socready::report

#include "report/table.hpp"

namespace socready::report {

std::string MarkdownTable::render() const {
  std::string out;
  render_to(out);
  return out;
}

void MarkdownTable::render_to(std::string& out) const {
  // The delimiter row needs three dashes, so no column is narrower.
  const auto width = widths(3);
  std::size_t line = 2;  // "|" and the newline
  for (std::size_t w : width) line += w + 3;
  out.reserve(out.size() + line * (rows_.size() + 2));
  auto emit = [&](const std::vector<std::string>& cells, auto width_of) {
    out += '|';
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out += ' ';
      append_padded(out, i, cells[i], width_of(i), width[i]);
      out += " |";
    }
    out += '\n';
  };
  const auto titles_row = titles();
  emit(titles_row, [&](std::size_t i) { return display_width(titles_row[i]); });
  out += '|';
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const bool right = columns_[i].align == Align::right;
    out += ' ';
    out.append(width[i] - (right ? 1 : 0), '-');
    if (right) out += ':';
    out += " |";
  }
  out += '\n';
  for (std::size_t r = 0; r < rows_.size(); ++r)
    emit(rows_[r], [&](std::size_t i) { return cell_width(r, i); });
}

}  // namespace socready::report

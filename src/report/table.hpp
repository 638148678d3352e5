#pragma once
// A GitHub-flavoured Markdown table whose columns are also padded to one width, so the raw file
// lines up in a terminal as well as it renders in a browser.

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text_table.hpp"
#include "report/format.hpp"
#include "report/markdown.hpp"

namespace socready::report {

class MarkdownTable : public TableCells {
 public:
  using TableCells::TableCells;
  // Cells are Markdown already: user text must have gone through md_cell.
  void add_row(std::vector<std::string> cells) { add_cells(std::move(cells)); }
  // Header, delimiter row and rows, each ending with a newline.
  std::string render() const;
  // The same, appended to `out`: a page's tables are most of its bytes.
  void render_to(std::string& out) const;
};

// Appends a Markdown table (header, delimiter row, rows, padded as MarkdownTable pads them) whose
// cells are kept elsewhere: `cell(r, c)` gives row r's cell in column c, Markdown already, as
// {text, display width}. MarkdownTable renders its own cells with it; a page that shares cells
// with other pages (report/deviations_table) renders them in place rather than copy them.
template <typename CellOf>
void append_markdown_table(std::string& out, const std::vector<TableCells::Column>& columns,
                           std::size_t rows, CellOf cell) {
  // The delimiter row needs three dashes, so no column is narrower.
  std::vector<std::size_t> width(columns.size(), 3);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    width[c] = std::max(width[c], display_width(columns[c].title));
    for (std::size_t r = 0; r < rows; ++r) width[c] = std::max(width[c], cell(r, c).second);
  }
  std::size_t line = 2;  // "|" and the newline
  for (std::size_t w : width) line += w + 3;
  out.reserve(out.size() + line * (rows + 2));
  auto emit = [&](auto text_and_width) {
    out += '|';
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const auto [text, text_width] = text_and_width(c);
      const bool right = columns[c].align == TableCells::Align::right;
      out += ' ';
      if (right) out.append(width[c] - text_width, ' ');
      out += text;
      if (!right) out.append(width[c] - text_width, ' ');
      out += " |";
    }
    out += '\n';
  };
  emit([&](std::size_t c) {
    return std::pair<std::string_view, std::size_t>(columns[c].title,
                                                    display_width(columns[c].title));
  });
  out += '|';
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const bool right = columns[c].align == TableCells::Align::right;
    out += ' ';
    out.append(width[c] - (right ? 1 : 0), '-');
    if (right) out += ':';
    out += " |";
  }
  out += '\n';
  for (std::size_t r = 0; r < rows; ++r) emit([&](std::size_t c) { return cell(r, c); });
}

// Items (keys, codes, names) as one cell, each through md_cell, joined by ", "; `none` when
// there are none.
template <typename Strings>
std::string cell_list(const Strings& items) {
  if (items.empty()) return std::string(none);
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ", ";
    first = false;
    append_md_cell(out, item);
  }
  return out;
}

// md_cell(text), or `none` when that is empty.
inline std::string cell_or_none(std::string_view text) {
  std::string cell = md_cell(text);
  return cell.empty() ? std::string(none) : cell;
}

}  // namespace socready::report

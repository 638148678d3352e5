#pragma once
// A plain-text table for terminals: columns padded to their widest cell (in characters),
// numbers right-aligned.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace socready {

// Columns and rows of text, each column as wide as its widest cell: what a terminal table and a
// Markdown table (report/table.hpp) share.
class TableCells {
 public:
  enum class Align { left, right };
  struct Column {
    std::string title;
    Align align = Align::left;
  };

  explicit TableCells(std::vector<Column> columns) : columns_(std::move(columns)) {}
  std::size_t rows() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }

 protected:
  // A row, with a cell for each column (missing ones empty, extra ones dropped).
  void add_cells(std::vector<std::string> cells);
  // Each column's width: its title's or widest cell's, at least `at_least`.
  std::vector<std::size_t> widths(std::size_t at_least = 0) const;
  // Appends `cell`, `cell_width` characters wide, padded with spaces to `width` on the side its
  // column's alignment leaves free.
  void append_padded(std::string& out, std::size_t column, const std::string& cell,
                     std::size_t cell_width, std::size_t width) const;
  // The display width of row `row`'s cell in `column`, measured once when it was added: a
  // report's tables hold hundreds of megabytes of cells.
  std::size_t cell_width(std::size_t row, std::size_t column) const {
    return cell_widths_[row * columns_.size() + column];
  }
  std::vector<std::string> titles() const;

  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;

 private:
  std::vector<std::size_t> cell_widths_;  // row by row
};

// A plain-text table for terminals.
class TextTable : public TableCells {
 public:
  using TableCells::TableCells;
  void add_row(std::vector<std::string> cells);
  // Header, a rule of dashes, then the rows; trailing spaces trimmed; ends with a newline.
  std::string render() const;
};

// Characters (UTF-8 code points) in `s`, as a terminal would mostly count them.
std::size_t display_width(std::string_view s);

}  // namespace socready

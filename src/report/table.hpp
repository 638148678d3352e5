#pragma once
// A GitHub-flavoured Markdown table whose columns are also padded to one width, so the raw file
// lines up in a terminal as well as it renders in a browser.

#include <string>
#include <vector>

#include "core/text_table.hpp"

namespace socready::report {

class MarkdownTable : public TableCells {
 public:
  using TableCells::TableCells;
  // Cells are Markdown already: user text must have gone through md_cell.
  void add_row(std::vector<std::string> cells) { add_cells(std::move(cells)); }
  // Header, delimiter row and rows, each ending with a newline.
  std::string render() const;
};

}  // namespace socready::report

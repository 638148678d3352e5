#pragma once
// A GitHub-flavoured Markdown table whose columns are also padded to one width, so the raw file
// lines up in a terminal as well as it renders in a browser.

#include <string>
#include <string_view>
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

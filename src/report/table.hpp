#pragma once
// A GitHub-flavoured Markdown table whose columns are also padded to one width, so the raw file
// lines up in a terminal as well as it renders in a browser.

#include <string>
#include <vector>

namespace socready::report {

class MarkdownTable {
 public:
  enum class Align { left, right };
  struct Column {
    std::string title;
    Align align = Align::left;
  };

  explicit MarkdownTable(std::vector<Column> columns);
  // Cells are Markdown already: user text must have gone through md_cell.
  void add_row(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }
  // Header, delimiter row and rows, each ending with a newline.
  std::string render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace socready::report

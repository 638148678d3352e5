#pragma once
// A plain-text table for terminals: columns padded to their widest cell (in characters),
// numbers right-aligned.

#include <string>
#include <vector>

namespace socready {

class TextTable {
 public:
  enum class Align { left, right };
  struct Column {
    std::string title;
    Align align = Align::left;
  };

  explicit TextTable(std::vector<Column> columns);
  void add_row(std::vector<std::string> cells);
  std::size_t rows() const { return rows_.size(); }
  // Header, a rule of dashes, then the rows; trailing spaces trimmed; ends with a newline.
  std::string render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// Characters (UTF-8 code points) in `s`, as a terminal would mostly count them.
std::size_t display_width(const std::string& s);

}  // namespace socready

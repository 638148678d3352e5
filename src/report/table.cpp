#include "report/table.hpp"

namespace socready::report {

std::string MarkdownTable::render() const {
  std::string out;
  render_to(out);
  return out;
}

void MarkdownTable::render_to(std::string& out) const {
  append_markdown_table(out, columns_, rows_.size(), [&](std::size_t r, std::size_t c) {
    return std::pair<std::string_view, std::size_t>(rows_[r][c], cell_width(r, c));
  });
}

}  // namespace socready::report

#pragma once
// Everything a user typed (names, titles, owners, rationale) passes through here before it
// reaches a report, so no value can break a table, inject HTML or markup, or pick a file name
// outside the report folder.

#include <string>
#include <string_view>

namespace socready::report {

// One line of running text (a heading, a list item, a sentence). Line breaks and runs of white
// space become one space, control characters are dropped, Markdown and HTML syntax is escaped,
// and a leading list, heading or quote marker is neutralised.
std::string md_text(std::string_view text);

// The content of one table cell: as md_text, but a cell never starts a block, so leading
// markers stay unescaped and the raw file reads better in a terminal.
std::string md_cell(std::string_view text);
// md_cell(text) appended to `out`.
void append_md_cell(std::string& out, std::string_view text);

// A file name (without extension) for a slug, which cannot leave its folder: only [a-z0-9-],
// never starting with '-', at most 64 characters, and "service" when nothing usable is left.
std::string safe_file_name(std::string_view slug);

inline constexpr std::size_t max_file_name_length = 64;

}  // namespace socready::report

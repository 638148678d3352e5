#pragma once
// The header row of an import file, resolved once against the columns a file type knows, so
// rows can be read by position. Column order is free and names ignore case and padding, as
// people produce these files by hand in spreadsheets.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "csv/reader.hpp"

namespace socready::csv {

class Header {
 public:
  // Reads the first record from `reader` as the header. `known` are the accepted names in
  // lower case; `required` the subset that must be present. Throws InputError for an empty
  // file, an unknown column (suggesting the nearest known name), a duplicate column or a
  // missing required column.
  Header(Reader& reader, std::span<const std::string_view> known,
         std::span<const std::string_view> required);

  // The column's position in the file, if present; `name` is matched ignoring case.
  std::optional<std::size_t> index(std::string_view name) const;
  bool has(std::string_view name) const { return index(name).has_value(); }
  // The number of columns in the header.
  std::size_t width() const { return width_; }

  // nullopt when the reader's current record has width() fields, else a diagnostic at the
  // record's first field, e.g. "expected 13 fields as in the header, found 12".
  std::optional<Diagnostic> check_width(const Reader& reader) const;

 private:
  struct Column {
    std::string name;  // lower case
    std::size_t position;
  };
  std::vector<Column> columns_;
  std::size_t width_ = 0;
};

}  // namespace socready::csv

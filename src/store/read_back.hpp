#pragma once
// Values read back from the database are checked as input is: text that does not parse means
// the file was changed outside socready (or by a newer version), and is reported as a database
// error (exit 3) naming the table, the row and the column, never dereferenced unchecked.

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace socready::store {

[[noreturn]] inline void unreadable_value(const std::string& db_path, std::string_view table,
                                          const std::string& row, std::string_view column,
                                          std::string_view text) {
  throw DatabaseError(
      fmt::format("{}: table {}, row {}: cannot read {} '{}'", db_path, table, row, column, text));
}

// Column `index` of `q`'s current row, parsed by `parse` (text -> std::optional<T>). `row()`
// describes the row ("id 12", "period 2026-Q3") and is called only when the value is bad.
template <typename Parse, typename Row>
auto parse_column(const std::string& db_path, SQLite::Statement& q, int index,
                  std::string_view table, Parse&& parse, Row&& row) {
  const char* text = q.getColumn(index).getText();
  auto value = parse(std::string_view(text));
  if (!value) unreadable_value(db_path, table, row(), q.getColumnName(index), text);
  return *std::move(value);
}

}  // namespace socready::store

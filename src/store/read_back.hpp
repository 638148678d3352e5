#pragma once
// Values read back from the database are checked as input is: text that does not parse means
// the file was changed outside socready (or by a newer version), and is reported as a database
// error (exit 3) naming the table, the row and the column, never dereferenced unchecked.

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <cstdint>
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

// A version table's row (`id` its version id) read back column by column with the checks above.
class RowReader {
 public:
  RowReader(const std::string& db_path, SQLite::Statement& q, std::string_view table,
            std::int64_t id)
      : db_path_(db_path), q_(q), table_(table), id_(id) {}

  template <typename Parse>
  auto parsed(int index, Parse&& parse) {
    return parse_column(db_path_, q_, index, table_, parse,
                        [&] { return fmt::format("id {}", id_); });
  }
  template <typename Parse>
  auto optional(int index, Parse&& parse) -> std::optional<decltype(parsed(index, parse))> {
    if (q_.getColumn(index).isNull()) return std::nullopt;
    return parsed(index, parse);
  }

 private:
  const std::string& db_path_;
  SQLite::Statement& q_;
  std::string_view table_;
  std::int64_t id_;
};

}  // namespace socready::store

#pragma once
// Rows for one table, written many at a time: `INSERT ... VALUES (...), (...), ...`. A bulk
// import pays SQLite's per-statement cost (bind, step, open and close a cursor, reset) once per
// batch instead of once per row; the b-tree work is the same.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace socready::store {

class BatchInsert {
 public:
  // `insert` is the statement up to VALUES, e.g. "INSERT INTO t (a, b)"; `columns` values make
  // a row, and a full batch of `rows_per_statement` rows is written as soon as it is complete.
  BatchInsert(SQLite::Database& db, std::string insert, int columns, int rows_per_statement);

  // The values of a row, in column order. Text is copied: the caller's buffer may go away.
  BatchInsert& add(std::int64_t value);
  BatchInsert& add(std::string_view text);
  BatchInsert& add_null();

  // Writes the rows not written yet. Returns how many rows SQLite inserted since the last
  // call (an `INSERT OR IGNORE` may insert fewer than it was given).
  std::int64_t flush();
  // flush() for an `INSERT OR IGNORE` whose every row must be written; throws DatabaseError
  // when SQLite refused one. (A multi-row plain INSERT may fail part-way, so SQLite keeps a
  // statement journal for it, and past 64 KiB in a temporary file; OR IGNORE cannot fail
  // part-way and needs none. This turns a refused row back into an error.)
  void flush_every_row();
  std::size_t pending_rows() const { return filled_ / columns_; }
  // Whether a row not written yet has `text` in `column` (a scan: for rare checks).
  bool pending_has(std::size_t column, std::string_view text) const;

 private:
  struct Value {
    enum class Kind { null, integer, text } kind = Kind::null;
    std::int64_t integer = 0;
    std::string text;  // kept between batches so its buffer is reused
  };
  Value& next();
  std::int64_t write(SQLite::Statement& statement, std::size_t rows);
  std::string sql(std::size_t rows) const;

  SQLite::Database& db_;
  std::string insert_;
  std::size_t columns_;
  std::size_t rows_per_statement_;
  std::optional<SQLite::Statement> full_;  // prepared when the first batch fills
  std::vector<Value> values_;
  std::size_t filled_ = 0;
  std::int64_t given_ = 0;  // rows since the last flush
  std::int64_t inserted_ = 0;
};

}  // namespace socready::store

#include "store/batch_insert.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace socready::store {

BatchInsert::BatchInsert(SQLite::Database& db, std::string insert, int columns,
                         int rows_per_statement)
    : db_(db),
      insert_(std::move(insert)),
      columns_(static_cast<std::size_t>(columns)),
      rows_per_statement_(static_cast<std::size_t>(rows_per_statement)),
      values_(columns_ * rows_per_statement_) {}

std::string BatchInsert::sql(std::size_t rows) const {
  std::string row = "(";
  for (std::size_t c = 0; c < columns_; ++c) row += c ? ",?" : "?";
  row += ")";
  std::string s = insert_ + " VALUES ";
  for (std::size_t r = 0; r < rows; ++r) {
    if (r) s += ",";
    s += row;
  }
  return s;
}

BatchInsert::Value& BatchInsert::next() {
  if (filled_ == values_.size()) {
    if (!full_) full_.emplace(db_, sql(rows_per_statement_));
    inserted_ += write(*full_, rows_per_statement_);
  }
  if (filled_ % columns_ == 0) ++given_;
  return values_[filled_++];
}

BatchInsert& BatchInsert::add(std::int64_t value) {
  auto& v = next();
  v.kind = Value::Kind::integer;
  v.integer = value;
  return *this;
}

BatchInsert& BatchInsert::add(std::string_view text) {
  auto& v = next();
  v.kind = Value::Kind::text;
  v.text.assign(text);
  return *this;
}

BatchInsert& BatchInsert::add_null() {
  next().kind = Value::Kind::null;
  return *this;
}

bool BatchInsert::pending_has(std::size_t column, std::string_view text) const {
  for (std::size_t i = column; i < filled_; i += columns_) {
    const auto& v = values_[i];
    if (v.kind == Value::Kind::text && v.text == text) return true;
  }
  return false;
}

// Binds without copying: `values_` stays untouched until the statement has run.
std::int64_t BatchInsert::write(SQLite::Statement& statement, std::size_t rows) {
  const std::size_t n = rows * columns_;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& v = values_[i];
    const int index = static_cast<int>(i + 1);
    switch (v.kind) {
      case Value::Kind::null:
        statement.bind(index);
        break;
      case Value::Kind::integer:
        statement.bind(index, v.integer);
        break;
      case Value::Kind::text:
        statement.bindNoCopy(index, v.text);
        break;
    }
  }
  filled_ = 0;  // written, or failed with the statement that the caller rolls back
  const int changed = statement.exec();
  statement.reset();
  return changed;
}

std::int64_t BatchInsert::flush() {
  if (filled_ > 0) {
    const std::size_t rows = filled_ / columns_;
    if (rows == rows_per_statement_) {
      if (!full_) full_.emplace(db_, sql(rows_per_statement_));
      inserted_ += write(*full_, rows);
    } else {
      SQLite::Statement tail(db_, sql(rows));
      inserted_ += write(tail, rows);
    }
  }
  const auto n = inserted_;
  inserted_ = 0;
  given_ = 0;
  return n;
}

void BatchInsert::flush_every_row() {
  const auto given = given_;
  const auto inserted = flush();
  if (inserted != given)
    throw DatabaseError(fmt::format("{}: {} of {} rows were refused by a constraint", insert_,
                                    given - inserted, given));
}

}  // namespace socready::store

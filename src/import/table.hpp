#pragma once
// A CSV file read as rows of named columns. Column names are resolved to positions once, so
// reading a field in the hot loop is an array lookup.

#include <array>
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/progress.hpp"
#include "csv/header.hpp"
#include "csv/reader.hpp"
#include "import/problems.hpp"

namespace socready::import {

template <std::size_t N>
class Table {
 public:
  // `names` are the known columns (lower case) in the caller's enum order; `required` a subset.
  Table(std::istream& in, std::string file_name, std::uint64_t size_bytes,
        const std::array<std::string_view, N>& names, std::span<const std::string_view> required,
        Problems& problems, const char* verb)
      : reader_(in, std::move(file_name)),
        header_(reader_, std::span<const std::string_view>(names.data(), N), required),
        problems_(problems),
        progress_(std::string(verb) + " " + reader_.file_name(), size_bytes) {
    for (std::size_t i = 0; i < N; ++i) positions_[i] = header_.index(names[i]);
  }

  // The next row with the header's width; rows of another width are reported and skipped.
  bool next() {
    while (reader_.next()) {
      ++rows_;
      if ((rows_ & 0x3ff) == 0) progress_.update(reader_.bytes_read(), rows_);
      if (auto problem = header_.check_width(reader_)) {
        problems_.add(problem->where, problem->message);
        continue;
      }
      return true;
    }
    progress_.finish();
    return false;
  }

  bool has(std::size_t column) const { return positions_[column].has_value(); }
  // The field's text; empty when the file has no such column.
  std::string_view operator[](std::size_t column) const {
    return positions_[column] ? reader_.field(*positions_[column]) : std::string_view{};
  }
  Location where(std::size_t column) const {
    if (positions_[column]) return reader_.location(*positions_[column]);
    return reader_.location(0);
  }
  std::size_t line() const { return reader_.line(); }
  std::uint64_t rows() const { return rows_; }
  const std::string& file_name() const { return reader_.file_name(); }

 private:
  csv::Reader reader_;
  csv::Header header_;
  Problems& problems_;
  Progress progress_;
  std::array<std::optional<std::size_t>, N> positions_{};
  std::uint64_t rows_ = 0;
};

}  // namespace socready::import

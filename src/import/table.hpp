#pragma once
// A CSV file read as rows of a record spec's columns. Column names are resolved to positions
// once, so reading a field in the hot loop is an array lookup.

#include <array>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/progress.hpp"
#include "csv/header.hpp"
#include "csv/reader.hpp"
#include "import/import_options.hpp"
#include "import/problems.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

template <std::size_t N>
class Table {
 public:
  template <typename Record>
  Table(std::istream& in, std::string file_name, std::uint64_t size_bytes,
        const Spec<Record, N>& spec, Problems& problems)
      : reader_(in, std::move(file_name)),
        names_(headers_of(spec)),
        header_(reader_, names_, required(spec)),
        problems_(problems),
        progress_("importing " + reader_.file_name(), size_bytes) {
    for (std::size_t i = 0; i < N; ++i) positions_[i] = header_.index(spec[i].header);
  }

  template <typename Record>
  Table(const Source& source, const Spec<Record, N>& spec, Problems& problems)
      : Table(source.in, source.name, source.size_bytes, spec, problems) {}

  // The next row with the header's width; rows of another width are reported and skipped.
  bool next() {
    while (reader_.next()) {
      ++rows_;
      if ((rows_ & 0x3ff) == 0) progress_.update(reader_.bytes_read(), rows_);
      if (auto problem = header_.check_width(reader_)) {
        problems_.add(problem->where, problem->message);
        continue;
      }
      if (const auto& control = reader_.control_character()) {
        problems_.add(control->where, csv::describe(*control));
        continue;
      }
      return true;
    }
    progress_.finish();
    return false;
  }

  // The row's text in spec order; empty for a column the file does not have.
  std::array<std::string_view, N> cells() const {
    std::array<std::string_view, N> out{};
    for (std::size_t i = 0; i < N; ++i)
      if (positions_[i]) out[i] = reader_.field(*positions_[i]);
    return out;
  }
  Location where(std::size_t column) const {
    if (positions_[column]) return reader_.location(*positions_[column]);
    return reader_.location(0);
  }
  // Adds the row's problems, each at its column.
  void report(const Findings& findings) const {
    for (const auto& f : findings) problems_.add(where(f.column), f.message);
  }
  // Reads the row through an entity's read stage; when the key was unusable (`read` returned
  // false) its problems are reported and the row is skipped: false.
  template <typename Record>
  bool read(ReadRow<Record> read_row, const ReadContext& context, Record& out, Findings& findings) {
    if (read_row(cells(), context, out, findings)) return true;
    report(findings);
    return false;
  }
  // The spec's header of a column, as problems name it.
  std::string_view header(std::size_t column) const { return names_[column]; }
  std::size_t line() const { return reader_.line(); }
  std::uint64_t rows() const { return rows_; }
  const std::string& file_name() const { return reader_.file_name(); }

 private:
  template <typename Record>
  static std::vector<std::string_view> required(const Spec<Record, N>& spec) {
    std::vector<std::string_view> out;
    for (const auto& c : spec)
      if (c.need == Need::required) out.push_back(c.header);
    return out;
  }

  csv::Reader reader_;
  std::array<std::string_view, N> names_;
  csv::Header header_;
  Problems& problems_;
  Progress progress_;
  std::array<std::optional<std::size_t>, N> positions_{};
  std::uint64_t rows_ = 0;
};

}  // namespace socready::import

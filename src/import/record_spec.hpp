#pragma once
// A CSV entity declared once: every column with its header, whether a file must have it, how its
// cell reads into the typed record and how the record writes it back out. The importer's column
// positions, the exporter's header and row and the fuzz harness's header all come from the one
// declaration, so adding a column is one entry (plus its migration and store SQL).

#include <array>
#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace socready::import {

struct Lookups;

// What reading a row may consult besides the row: pure data, no database.
struct ReadContext {
  const Lookups* lookups = nullptr;  // services and the catalog, for link columns
  Date today;                        // record dates may not be after it
};

// One problem of a row, at a column of the spec; its FILE:LINE:COLUMN is worked out only when
// the row's problems are reported (building a location for every field would cost the hot loop).
struct Finding {
  std::size_t column = 0;
  std::string message;
};
using Findings = std::vector<Finding>;

// A cell being read: its text and where its problems go.
struct Cell {
  std::string_view text;
  std::size_t column = 0;
  std::string_view header;
  Findings* findings = nullptr;
  const ReadContext* context = nullptr;

  void problem(std::string message) const { findings->push_back({column, std::move(message)}); }
};

enum class Need { optional, required };

// A row's text in spec order (`cells[i]` is the text of spec column i).
using Cells = std::span<const std::string_view>;

// An entity's read stage: one row into `out`, its problems into `findings`. False when the key
// is unusable and the rest was not read (entities that read every column return void).
template <typename Record>
using ReadRow = bool (*)(Cells cells, const ReadContext& context, Record& out, Findings& findings);

template <typename Record>
struct Column {
  std::string_view header;  // lower case, as SPEC §7 names it
  Need need = Need::optional;
  // Parses the cell into the record, reporting problems through the cell. Null for a column
  // whose reading depends on others (the entity's read function handles it).
  void (*read)(Record&, const Cell&) = nullptr;
  // The cell's text on export (before formula neutralisation, which the exporter applies to
  // free-text columns); null for a column that is not exported.
  std::string (*write)(const Record&) = nullptr;
  bool free_text = false;  // user text: neutralised against spreadsheet formulas on export
  // The value the audit trail records for the column (JSON keeps unknown apart from no); null
  // for an entity whose trail is kept otherwise (control versions are their own history).
  nlohmann::ordered_json (*audit)(const Record&) = nullptr;
};

template <typename Record, std::size_t N>
using Spec = std::array<Column<Record>, N>;

template <typename Record, std::size_t N>
constexpr std::array<std::string_view, N> headers_of(const Spec<Record, N>& spec) {
  std::array<std::string_view, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = spec[i].header;
  return out;
}

// The position of the column with `header` (N when the spec has none).
template <typename Record, std::size_t N>
constexpr std::size_t column_of(const Spec<Record, N>& spec, std::string_view header) {
  for (std::size_t i = 0; i < N; ++i)
    if (spec[i].header == header) return i;
  return N;
}

}  // namespace socready::import

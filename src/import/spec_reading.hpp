#pragma once
// Reading and writing a row through a record spec, and the cell rules several entities share
// (dates, control ids, yes/no answers): each written once.

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "import/record_spec.hpp"

namespace socready::import {

// Reads spec columns [first, last) of a row whose cells are in spec order.
template <typename Record, std::size_t N>
void read_columns(const Spec<Record, N>& spec, Cells cells, const ReadContext& context, Record& out,
                  Findings& findings, std::size_t first = 0, std::size_t last = N) {
  for (std::size_t i = first; i < last; ++i)
    if (spec[i].read) spec[i].read(out, Cell{cells[i], i, spec[i].header, &findings, &context});
}

// Reads the key (spec column 0) and, when it has no problem, the rest: what most entities' read
// stage is. False when the key is unusable and the rest was not read.
template <typename Record, std::size_t N>
bool read_keyed_columns(const Spec<Record, N>& spec, Cells cells, const ReadContext& context,
                        Record& out, Findings& findings) {
  read_columns(spec, cells, context, out, findings, 0, 1);
  if (!findings.empty()) return false;
  read_columns(spec, cells, context, out, findings, 1);
  return true;
}

// The export row: every column's text, free text neutralised against spreadsheet formulas.
std::string neutralised(std::string_view text);
template <typename Record, std::size_t N>
std::vector<std::string> write_columns(const Spec<Record, N>& spec, const Record& r) {
  std::vector<std::string> row;
  row.reserve(N);
  for (const auto& c : spec) row.push_back(c.free_text ? neutralised(c.write(r)) : c.write(r));
  return row;
}

// A list stored and written as its items joined by ';'.
std::string joined(const std::vector<std::string>& items);

template <typename T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool has_finding(const Findings& findings, std::size_t column);

// A date cell: blank is nullopt (a problem when `need` is required); a date after `not_after`
// is a problem.
std::optional<Date> read_date(const Cell& c, Need need,
                              std::optional<Date> not_after = std::nullopt);
std::string date_text(const std::optional<Date>& d);

// A control id cell: free text, and not blank.
std::string read_control_id(const Cell& c);
// The id of a CUEC or vendor: free text, not blank, at most 100 characters. `what` names it in
// the message ("a CUEC id").
std::string read_record_id(const Cell& c, std::string_view what);

// The services a row names, each one on file, or `*` for all (then `all` is set). Blank is a
// problem: such a row is about some service. Returns the slugs sorted.
std::vector<std::string> read_named_services(const Cell& c, bool& all);

// A `;` list of requirement codes of one framework, checked against the catalog; sorted.
std::vector<std::string> read_codes(const Cell& c, Framework f);

// An identifier cell, spelled as `spell` makes it (its canonical case and separators); a problem
// "HEADER: 'TEXT' is not WHAT; expected EXPECTED" when `valid` refuses that spelling.
std::string read_identifier(const Cell& c, std::string (*spell)(std::string_view),
                            bool (*valid)(std::string_view), std::string_view what,
                            std::string_view expected);
// A slug cell (a service's or a system's identity): at most 64 characters of lower-case letters,
// digits and '-'; `example` is shown in the problem.
std::string read_slug(const Cell& c, std::string_view example);

// A yes/no cell.
void read_answer(const Cell& c, Answer& out);
std::string answer_text(const Answer& a);

}  // namespace socready::import

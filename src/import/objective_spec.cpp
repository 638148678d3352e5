#include "import/objective_spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "import/columns.hpp"

namespace socready::import {

namespace {

using O = UserObjective;

// Ids are matched as the catalog spells them: a lower-case `itgc-physical` is the same id.
std::string upper(std::string_view text) {
  std::string out(trim(text));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

void read_code(O& o, const Cell& cell) {
  o.code = read_identifier(cell, upper, is_objective_id, "an objective id",
                           "letters, digits and '-' as the catalog's ids are spelled (e.g. "
                           "ITGC-PHYSICAL, BP-PAYROLL-TAX)");
}

// Blank: the series on file, which a new objective must name (objective_importer).
void read_series(O& o, const Cell& cell) {
  o.series = trim(cell.text).empty()
                 ? std::string()
                 : read_identifier(cell, upper, is_objective_id, "a series name",
                                   "ITGC, BP or a name of yours in letters, digits and '-' (e.g. "
                                   "PHYSICAL)");
}

}  // namespace

bool is_objective_id(std::string_view id) {
  // The service slug's rule in the catalog's case: upper case where a slug is lower.
  if (std::any_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  std::string lower(id);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return is_slug(lower);
}

const Spec<UserObjective, objective_columns> objective_spec{{
    {"objective", Need::required, read_code, [](const O& o) { return o.code; }},
    text_column<&O::title>("title"),
    {"series", Need::optional, read_series, [](const O& o) { return o.series; }},
    {"default", Need::optional, [](O& o, const Cell& c) { read_answer(c, o.is_default); },
     [](const O& o) { return answer_text(o.is_default); }},
    codes_column<&O::criteria, Framework::soc2>("criteria"),
}};

bool read_objective(Cells cells, const ReadContext& context, UserObjective& out,
                    Findings& findings) {
  return read_keyed_columns(objective_spec, cells, context, out, findings);
}

}  // namespace socready::import

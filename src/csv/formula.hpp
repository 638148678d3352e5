#pragma once
// Spreadsheets run a cell that starts with = + - @ (and some with TAB or CR) as a formula,
// so an exported description could execute on the auditor's machine (CSV injection). Export
// prefixes such cells with a quote; import strips it again. The two are exact inverses, so an
// export re-imports with zero changes even for text that itself starts with a quote.

#include <string>
#include <string_view>

namespace socready::csv {

// Prefixes one ' when `value` starts with = + - @ TAB or CR, or with a ' followed by one of
// those or by another ' (so that text which already looks neutralised survives the trip).
std::string neutralise_formula(std::string_view value);

// Removes the one ' that neutralise_formula added: a leading ' followed by = + - @ ' TAB or
// CR. For every string x, restore_formula(neutralise_formula(x)) == x.
std::string restore_formula(std::string_view value);

}  // namespace socready::csv

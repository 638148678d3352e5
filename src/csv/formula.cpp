#include "csv/formula.hpp"

namespace socready::csv {

namespace {

bool starts_formula(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// What may follow a leading quote for restore to strip it. neutralise must escape exactly the
// same set, or a value such as "'\t" would lose its quote on the way back.
bool follows_marker(char c) { return starts_formula(c) || c == '\''; }

bool has_marker(std::string_view value) {
  return value.size() >= 2 && value[0] == '\'' && follows_marker(value[1]);
}

}  // namespace

std::string neutralise_formula(std::string_view value) {
  std::string out;
  if ((!value.empty() && starts_formula(value.front())) || has_marker(value)) {
    // Appended, not "'" + std::string(value): GCC 12 at -O3 warns falsely (-Wrestrict) on that.
    out.reserve(value.size() + 1);
    out += '\'';
  }
  out += value;
  return out;
}

std::string restore_formula(std::string_view value) {
  if (has_marker(value)) value.remove_prefix(1);
  return std::string(value);
}

}  // namespace socready::csv

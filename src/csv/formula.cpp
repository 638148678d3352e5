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
  if ((!value.empty() && starts_formula(value.front())) || has_marker(value))
    return "'" + std::string(value);
  return std::string(value);
}

std::string restore_formula(std::string_view value) {
  if (has_marker(value)) value.remove_prefix(1);
  return std::string(value);
}

}  // namespace socready::csv

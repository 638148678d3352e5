#pragma once
// Shared by the readers of scoring JSON (json.cpp, control_score_json.cpp): what a malformed
// document raises, and the canonical names of dates and enumerations as the writers spell them.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "scoring/result.hpp"

namespace socready::store::json_reading {

[[noreturn]] inline void malformed(const std::string& what) {
  throw Error(ExitCode::internal, "malformed scoring result JSON: " + what);
}

inline nlohmann::json date_or_null(const std::optional<Date>& d) {
  return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
}

template <typename E>
nlohmann::json name_or_null(const std::optional<E>& e) {
  return e ? nlohmann::json(std::string(name(*e))) : nlohmann::json(nullptr);
}

template <typename E>
E parse_enum(const nlohmann::json& j, std::optional<E> (*parse)(std::string_view),
             const char* what) {
  const auto& text = j.get_ref<const std::string&>();
  auto value = parse(text);
  if (!value) malformed(std::string("unknown ") + what + " '" + text + "'");
  return *value;
}

template <typename E>
std::optional<E> parse_optional_enum(const nlohmann::json& j,
                                     std::optional<E> (*parse)(std::string_view),
                                     const char* what) {
  if (j.is_null()) return std::nullopt;
  return parse_enum(j, parse, what);
}

inline Date parse_date(const nlohmann::json& j) {
  const auto& text = j.get_ref<const std::string&>();
  auto d = Date::parse(text);
  if (!d) malformed("bad date '" + text + "'");
  return *d;
}

inline std::optional<Date> parse_optional_date(const nlohmann::json& j) {
  if (j.is_null()) return std::nullopt;
  return parse_date(j);
}

// Canonical names only, as the writers spell them (the model's parsers accept other spellings).
inline std::optional<Framework> framework_named(std::string_view s) {
  for (Framework f : scoring::all_frameworks)
    if (name(f) == s) return f;
  return std::nullopt;
}

inline std::optional<ReportType> type_named(std::string_view s) {
  for (ReportType t : scoring::all_report_types)
    if (name(t) == s) return t;
  return std::nullopt;
}

inline std::optional<Category> category_named(std::string_view s) {
  for (Category c : all_categories)
    if (name(c) == s) return c;
  return std::nullopt;
}

}  // namespace socready::store::json_reading

#pragma once
// Shared by the readers of scoring JSON (snapshot_json.cpp, control_score_json.cpp,
// system_snapshot_json.cpp): what a malformed document raises, and the canonical names of dates
// and enumerations as the writers spell them.
//
// Writers build nlohmann documents (the project's JSON output); frozen snapshots are read with
// simdjson's DOM, whose tape is far cheaper to build and walk than nlohmann's maps and strings
// for the tens of megabytes a portfolio's snapshot holds. The readers below check every type
// and member themselves, so a document that is not what the writers wrote is `malformed`, never
// undefined behaviour.

#include <simdjson.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "scoring/result.hpp"

namespace socready::store::json_reading {

[[noreturn]] inline void malformed(const std::string& what) {
  throw Error(ExitCode::internal, "malformed scoring result JSON: " + what);
}

// ---- Writing ----

inline nlohmann::json date_or_null(const std::optional<Date>& d) {
  return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
}

template <typename E>
nlohmann::json name_or_null(const std::optional<E>& e) {
  return e ? nlohmann::json(std::string(name(*e))) : nlohmann::json(nullptr);
}

// ---- Reading ----

using Value = simdjson::dom::element;
using List = simdjson::dom::array;

inline const char* kind_of(Value v) {
  switch (v.type()) {
    case simdjson::dom::element_type::ARRAY:
      return "a list";
    case simdjson::dom::element_type::OBJECT:
      return "an object";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      return "a number";
    case simdjson::dom::element_type::STRING:
      return "text";
    case simdjson::dom::element_type::BOOL:
      return "true or false";
    case simdjson::dom::element_type::NULL_VALUE:
      return "null";
  }
  return "an unknown value";
}

[[noreturn]] inline void wrong_type(Value v, const char* expected) {
  malformed(std::string("expected ") + expected + ", found " + kind_of(v));
}

// Parses a whole document with `parser` (the result lives until its next parse). A document
// made by nlohmann's dump() always parses; text from elsewhere is checked by the caller.
inline Value parse_document(simdjson::dom::parser& parser, std::string_view text) {
  Value root;
  if (auto error = parser.parse(text.data(), text.size()).get(root))
    malformed(simdjson::error_message(error));
  return root;
}

// For callers that hold an nlohmann document (tests, other stores): the same reader, from its
// text, so there is one reader to keep right.
template <typename Read>
auto read_nlohmann(const nlohmann::json& j, Read&& read) {
  simdjson::dom::parser parser;
  return read(parse_document(parser, j.dump()));
}

// None when `object` lacks `key`.
inline std::optional<Value> find(Value object, std::string_view key) {
  simdjson::dom::object o;
  if (object.get_object().get(o)) wrong_type(object, "an object");
  Value v;
  if (o.at_key(key).get(v)) return std::nullopt;
  return v;
}

inline Value member(Value object, std::string_view key) {
  auto v = find(object, key);
  if (!v) malformed("no '" + std::string(key) + "'");
  return *v;
}

inline List list(Value v) {
  List a;
  if (v.get_array().get(a)) wrong_type(v, "a list");
  return a;
}

inline std::string_view text_view(Value v) {
  std::string_view s;
  if (v.get_string().get(s)) wrong_type(v, "text");
  return s;
}

inline std::string text(Value v) { return std::string(text_view(v)); }

// Any number, as nlohmann's get<double>() took it: integers are written without a fraction.
inline double number(Value v) {
  double d;
  if (v.get_double().get(d)) wrong_type(v, "a number");
  return d;
}

// An int written by the writers; a number with a fraction or out of range is not one.
inline int integer(Value v) {
  std::int64_t i;
  if (!v.get_int64().get(i)) {
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max())
      malformed("integer out of range: " + std::to_string(i));
    return static_cast<int>(i);
  }
  double d = number(v);
  if (!(std::trunc(d) == d && d >= std::numeric_limits<int>::min() &&
        d <= std::numeric_limits<int>::max()))
    malformed("expected an integer, found " + std::to_string(d));
  return static_cast<int>(d);
}

inline bool truth(Value v) {
  bool b;
  if (v.get_bool().get(b)) wrong_type(v, "true or false");
  return b;
}

inline std::vector<std::string> texts(Value v) {
  List a = list(v);
  std::vector<std::string> out;
  out.reserve(a.size());
  for (Value x : a) out.push_back(text(x));
  return out;
}

template <typename E>
E parse_enum(Value j, std::optional<E> (*parse)(std::string_view), const char* what) {
  const auto text = text_view(j);
  auto value = parse(text);
  if (!value) malformed(std::string("unknown ") + what + " '" + std::string(text) + "'");
  return *value;
}

template <typename E>
std::optional<E> parse_optional_enum(Value j, std::optional<E> (*parse)(std::string_view),
                                     const char* what) {
  if (j.is_null()) return std::nullopt;
  return parse_enum(j, parse, what);
}

inline Date parse_date(Value j) {
  const auto text = text_view(j);
  auto d = Date::parse(text);
  if (!d) malformed("bad date '" + std::string(text) + "'");
  return *d;
}

inline std::optional<Date> parse_optional_date(Value j) {
  if (j.is_null()) return std::nullopt;
  return parse_date(j);
}

// A member read as the field it goes into reads (as nlohmann's get_to() read it): text, a number,
// an int, true or false, a date, a list of texts, a date or an int that may be null.
inline void read_value(Value v, std::string& out) { out = text(v); }
inline void read_value(Value v, double& out) { out = number(v); }
inline void read_value(Value v, int& out) { out = integer(v); }
inline void read_value(Value v, bool& out) { out = truth(v); }
inline void read_value(Value v, Date& out) { out = parse_date(v); }
inline void read_value(Value v, std::vector<std::string>& out) { out = texts(v); }
inline void read_value(Value v, std::optional<Date>& out) { out = parse_optional_date(v); }
inline void read_value(Value v, std::optional<int>& out) {
  out = v.is_null() ? std::nullopt : std::optional<int>(integer(v));
}

// The plain fields of a record, each named once with the member it is read from:
// read_members(j, system, "key", &System::key, "name", &System::name).
template <typename T>
void read_members(Value, T&) {}
template <typename T, typename M, typename... Rest>
void read_members(Value object, T& into, const char* name, M T::*field, Rest... rest) {
  read_value(member(object, name), into.*field);
  read_members(object, into, rest...);
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

#pragma once
// Column declarations several entities' specs share, each written once and bound to members of
// the record: free text, a `;` list of requirement codes of one framework, the services named.

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "import/record_spec.hpp"
#include "import/spec_reading.hpp"
#include "import/vocabulary.hpp"

namespace socready::import {

namespace detail {

template <typename Member>
struct MemberOf;
template <typename Record, typename T>
struct MemberOf<T Record::*> {
  using record = Record;
};

}  // namespace detail

// The record a member pointer belongs to: `RecordOf<&Cuec::description>` is Cuec.
template <auto Member>
using RecordOf = typename detail::MemberOf<decltype(Member)>::record;

// User text: the guard quote of an export removed on reading, neutralised again on export.
template <auto Member>
constexpr Column<RecordOf<Member>> text_column(std::string_view header) {
  using R = RecordOf<Member>;
  return {header, Need::optional, [](R& r, const Cell& c) { r.*Member = free_text(c.text); },
          [](const R& r) { return r.*Member; }, true};
}

// Requirement codes of framework `F`, each checked against the catalog; sorted.
template <auto Member, Framework F>
constexpr Column<RecordOf<Member>> codes_column(std::string_view header) {
  using R = RecordOf<Member>;
  return {header, Need::optional, [](R& r, const Cell& c) { r.*Member = read_codes(c, F); },
          [](const R& r) { return joined(r.*Member); }};
}

// The services a row is about: those it names, each on file, or `*` for all (`All` set).
template <auto Services, auto All>
constexpr Column<RecordOf<Services>> services_column() {
  using R = RecordOf<Services>;
  return {"services", Need::required,
          [](R& r, const Cell& c) { r.*Services = read_named_services(c, r.*All); },
          [](const R& r) -> std::string { return r.*All ? "*" : joined(r.*Services); }};
}

}  // namespace socready::import

#include "core/model.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace socready {

namespace {

template <typename E, std::size_t N>
std::string_view lookup(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [e, s] : table)
    if (e == value) return s;
  return {};
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, std::string_view>, N>& table,
                       std::string_view s) {
  for (const auto& [e, name] : table)
    if (iequals(name, s)) return e;
  return std::nullopt;
}

constexpr std::array<std::pair<Status, std::string_view>, 4> statuses{{
    {Status::implemented, "implemented"},
    {Status::partial, "partial"},
    {Status::planned, "planned"},
    {Status::not_applicable, "not_applicable"},
}};
constexpr std::array<std::pair<Frequency, std::string_view>, 8> frequencies{{
    {Frequency::continuous, "continuous"},
    {Frequency::daily, "daily"},
    {Frequency::weekly, "weekly"},
    {Frequency::monthly, "monthly"},
    {Frequency::quarterly, "quarterly"},
    {Frequency::semiannual, "semiannual"},
    {Frequency::annual, "annual"},
    {Frequency::event, "event"},
}};
constexpr std::array<std::pair<TestResult, std::string_view>, 3> results{{
    {TestResult::pass, "pass"},
    {TestResult::fail, "fail"},
    {TestResult::exception, "exception"},
}};
constexpr std::array<std::pair<Nature, std::string_view>, 2> natures{{
    {Nature::manual, "manual"},
    {Nature::automated, "automated"},
}};
constexpr std::array<std::pair<Category, std::string_view>, 5> categories{{
    {Category::security, "Security"},
    {Category::availability, "Availability"},
    {Category::processing_integrity, "Processing Integrity"},
    {Category::confidentiality, "Confidentiality"},
    {Category::privacy, "Privacy"},
}};
constexpr std::array<std::pair<Override, std::string_view>, 3> overrides{{
    {Override::none, ""},
    {Override::required, "required"},
    {Override::excluded, "excluded"},
}};
constexpr std::array<std::pair<PrivacyRole, std::string_view>, 2> privacy_roles{{
    {PrivacyRole::controller, "controller"},
    {PrivacyRole::processor, "processor"},
}};

}  // namespace

std::string_view name(Framework f) { return f == Framework::soc1 ? "SOC1" : "SOC2"; }
std::string_view label(Framework f) { return f == Framework::soc1 ? "SOC 1" : "SOC 2"; }
std::string_view name(ReportType t) { return t == ReportType::type1 ? "I" : "II"; }
std::string_view name(Status s) { return lookup(statuses, s); }
std::string_view name(Frequency f) { return lookup(frequencies, f); }
std::string_view name(TestResult r) { return lookup(results, r); }
std::string_view name(Nature n) { return lookup(natures, n); }
std::string_view name(Category c) { return lookup(categories, c); }
std::string_view name(Override o) { return lookup(overrides, o); }
std::string_view name(PrivacyRole r) { return lookup(privacy_roles, r); }

std::optional<Framework> parse_framework(std::string_view s) {
  if (iequals(s, "soc1") || iequals(s, "soc 1")) return Framework::soc1;
  if (iequals(s, "soc2") || iequals(s, "soc 2")) return Framework::soc2;
  return std::nullopt;
}

std::optional<ReportType> parse_report_type(std::string_view s) {
  if (iequals(s, "I") || s == "1") return ReportType::type1;
  if (iequals(s, "II") || s == "2") return ReportType::type2;
  return std::nullopt;
}

std::optional<Status> parse_status(std::string_view s) { return parse(statuses, s); }
std::optional<Frequency> parse_frequency(std::string_view s) { return parse(frequencies, s); }
std::optional<TestResult> parse_test_result(std::string_view s) { return parse(results, s); }
std::optional<Nature> parse_nature(std::string_view s) { return parse(natures, s); }
std::optional<Category> parse_category(std::string_view s) { return parse(categories, s); }
std::optional<Override> parse_override(std::string_view s) { return parse(overrides, s); }
std::optional<PrivacyRole> parse_privacy_role(std::string_view s) {
  return parse(privacy_roles, s);
}

}  // namespace socready

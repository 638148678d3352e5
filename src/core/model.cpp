#include "core/model.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/text.hpp"

namespace socready {

namespace {

constexpr EnumText<Status::not_applicable> statuses{"implemented", "partial", "planned",
                                                    "not_applicable"};
constexpr EnumText<Frequency::event> frequencies{"continuous", "daily",      "weekly", "monthly",
                                                 "quarterly",  "semiannual", "annual", "event"};
constexpr EnumText<TestResult::exception> results{"pass", "fail", "exception"};
constexpr EnumText<Nature::automated> natures{"manual", "automated"};
constexpr EnumText<Category::privacy> categories{"Security", "Availability", "Processing Integrity",
                                                 "Confidentiality", "Privacy"};
constexpr EnumText<Override::excluded> overrides{"", "required", "excluded"};
constexpr EnumText<PrivacyRole::processor> privacy_roles{"controller", "processor"};

}  // namespace

std::string_view name(Framework f) { return f == Framework::soc1 ? "SOC1" : "SOC2"; }
std::string_view label(Framework f) { return f == Framework::soc1 ? "SOC 1" : "SOC 2"; }
std::string_view name(ReportType t) { return t == ReportType::type1 ? "I" : "II"; }
std::string_view name(Status s) { return statuses.name(s); }
std::string_view name(Frequency f) { return frequencies.name(f); }
std::string_view name(TestResult r) { return results.name(r); }
std::string_view name(Nature n) { return natures.name(n); }
std::string_view name(Category c) { return categories.name(c); }
std::string_view name(Override o) { return overrides.name(o); }
std::string_view name(PrivacyRole r) { return privacy_roles.name(r); }

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

std::optional<Status> parse_status(std::string_view s) { return statuses.find_any_case(s); }
std::optional<Frequency> parse_frequency(std::string_view s) {
  return frequencies.find_any_case(s);
}
std::optional<TestResult> parse_test_result(std::string_view s) { return results.find_any_case(s); }
std::optional<Nature> parse_nature(std::string_view s) { return natures.find_any_case(s); }
std::optional<Category> parse_category(std::string_view s) { return categories.find_any_case(s); }
std::optional<Override> parse_override(std::string_view s) { return overrides.find_any_case(s); }
std::optional<PrivacyRole> parse_privacy_role(std::string_view s) {
  return privacy_roles.find_any_case(s);
}

}  // namespace socready

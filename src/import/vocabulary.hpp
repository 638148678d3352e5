#pragma once
// The values an inventory may hold, and the everyday spellings we accept for them
// ("In Progress" is partial, "N/A" is not_applicable, "Yes" is true).

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/text.hpp"

namespace socready::import {

// Lower-cased, trimmed, with spaces, underscores and hyphens folded to one '_'.
std::string fold(std::string_view s);
// A free-text cell (title, owner, description...): trimmed, and with the formula guard that
// `socready export` adds for spreadsheets removed again, so a round trip is exact.
std::string free_text(std::string_view s);

std::optional<Status> status_from(std::string_view text);
std::optional<Frequency> frequency_from(std::string_view text);

// A test result, or "no test" for blank / "untested" / "not tested".
struct TestOutcome {
  bool tested = false;
  TestResult result = TestResult::pass;
};
std::optional<TestOutcome> test_outcome_from(std::string_view text);

// yes/no/true/false/1/0/y/n; blank is unknown. False when the text is none of these.
// (An out-parameter: GCC 12 warns falsely on optional<optional<bool>>.)
bool answer_from(std::string_view text, Answer& out);

std::optional<Override> override_from(std::string_view text);
std::optional<Category> category_from(std::string_view text);

// A capability's canonical spelling: lower case, words joined by '-' ("Financial Data" ->
// "financial-data"). Whether it is known is core/capabilities.hpp's business.
std::string canonical_capability(std::string_view text);

// Splits a `;` list, trimming items and dropping empty ones.
std::vector<std::string_view> split_list(std::string_view text);

// A service slug: [a-z0-9][a-z0-9-]*, at most 64 characters.
bool is_slug(std::string_view s);
// A product line's slug, unique to its exact name: "payroll" -> "payroll", and a name the
// slug cannot spell gains a hash of it: "Time & Billing" -> "time-billing-1b2c3d4e".
std::string slugify(std::string_view name);

// The accepted spellings, for error messages.
inline constexpr std::string_view status_values = "implemented, partial, planned, not_applicable";
inline constexpr std::string_view frequency_values =
    "continuous, daily, weekly, monthly, quarterly, semiannual, annual, event";
inline constexpr std::string_view test_result_values = "pass, fail, exception, or blank/untested";
inline constexpr std::string_view answer_values = "yes, no, true, false, 1, 0, or blank";

}  // namespace socready::import

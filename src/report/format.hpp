#pragma once
// How numbers and report names are written in every report, so the portfolio and the service
// files agree to the character.

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace socready::report {

// "SOC 1 Type I", "SOC 2 Type II".
std::string report_label(Framework f, ReportType t);

// One decimal, rounded as the scorer rounds for display: "82.5", "0.0".
std::string one_decimal(double value);

// A band threshold as a person writes it: "90", "77.5".
std::string threshold(double value);

// A change in points between two displayed readiness values: "▲ 4.5", "▼ 2.0", "=", or "new"
// when there is nothing to compare with.
std::string change_text(std::optional<double> points);

// Whether a change rounds to no change at one decimal.
bool unchanged(double points);

// The difference of two readiness values as displayed, so the change adds up on the page.
double displayed_change(double before, double after);

// "no control addresses it" -> "No control addresses it".
std::string sentence_case(std::string_view text);

// The placeholder for a value that does not exist (a report that does not apply, no owner).
inline constexpr std::string_view none = "—";

}  // namespace socready::report

#include "report/format.hpp"

#include <fmt/format.h>

#include <cmath>

#include "scoring/result.hpp"

namespace socready::report {

std::string report_label(Framework f, ReportType t) {
  return fmt::format("{} Type {}", label(f), name(t));
}

std::string one_decimal(double value) {
  const double shown = scoring::round1(value);
  return fmt::format("{:.1f}", shown == 0.0 ? 0.0 : shown);  // never "-0.0"
}

std::string threshold(double value) {
  return value == std::round(value) ? fmt::format("{:.0f}", value) : one_decimal(value);
}

double displayed_change(double before, double after) {
  return scoring::round1(scoring::round1(after) - scoring::round1(before));
}

// Both sides carry one decimal, so anything under half a tenth is float noise.
bool unchanged(double points) { return std::abs(points) < 0.05; }

std::string change_text(std::optional<double> points) {
  if (!points) return "new";
  if (unchanged(*points)) return "=";
  return fmt::format("{} {}", *points > 0 ? "▲" : "▼", one_decimal(std::abs(*points)));
}

std::string sentence_case(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace socready::report

#include "report/series_titles.hpp"

#include <array>
#include <utility>

namespace socready::report {

namespace {

// The series of migrations/0002_catalog.sql, titled for a table where only the id stands beside
// them: "P1 Privacy: notice" says more than the catalog's "Notice". Add a series there, add it
// here.
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> shipped{{
    {"CC1", "Control environment"},  {"CC2", "Communication and information"},
    {"CC3", "Risk assessment"},      {"CC4", "Monitoring activities"},
    {"CC5", "Control activities"},   {"CC6", "Logical and physical access"},
    {"CC7", "System operations"},    {"CC8", "Change management"},
    {"CC9", "Risk mitigation"},      {"A1", "Availability"},
    {"PI1", "Processing integrity"}, {"C1", "Confidentiality"},
    {"P1", "Privacy: notice"},       {"P2", "Privacy: choice and consent"},
    {"P3", "Privacy: collection"},   {"P4", "Privacy: use, retention and disposal"},
    {"P5", "Privacy: access"},       {"P6", "Privacy: disclosure and notification"},
    {"P7", "Privacy: quality"},      {"P8", "Privacy: monitoring and enforcement"},
    {"ITGC", "IT general controls"}, {"BP", "Business process controls"},
}};

}  // namespace

std::string series_title(std::string_view series, std::string_view category) {
  for (const auto& [id, title] : shipped)
    if (id == series) return std::string(title);
  return std::string(category);
}

}  // namespace socready::report

// The example year's deviations are visible where an auditor looks: in the 2026-Q4 page of every
// service whose requirements the control addresses. Reads the committed reports, which
// test_golden_reports.cpp proves the main job reproduces.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace socready {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string page(const std::string& service) {
  return testing::read_file(testing::source_dir() / "reports" / "2026-Q4" / "services" /
                            (service + ".md"));
}

// The part of a page from "Deviations in the window" to the next heading.
std::string deviations_of(const std::string& text) {
  const auto start = text.find("Deviations in the window");
  if (start == std::string::npos) return "";
  const auto end = text.find("\n#", start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TEST(ExampleDeviations, EachDeviationOfTheYearIsOnTheQ4PagesOfItsServices) {
  struct Seen {
    std::string service;
    std::vector<std::string> rows;  // text each deviation row must hold
  };
  const std::vector<Seen> expected = {
      {"payroll-engine",
       {"| BCK-01", "2026-05-20 | fail", "| IAM-03", "2026-10-14 | fail", "| CHG-02",
        "2026-11-10 | exception"}},
      {"tax-filing", {"| BCK-01", "2026-05-20 | fail"}},
  };
  for (const auto& s : expected) {
    const auto section = deviations_of(page(s.service));
    ASSERT_FALSE(section.empty()) << s.service;
    for (const auto& row : s.rows) EXPECT_THAT(section, HasSubstr(row)) << s.service;
  }
  // The sample and management's response travel with the deviation.
  const auto payroll = deviations_of(page("payroll-engine"));
  EXPECT_THAT(payroll, HasSubstr("|     25 |          2 | HR feed outage fixed"));
  EXPECT_THAT(payroll, HasSubstr("2026-10-21"));
}

TEST(ExampleDeviations, PayrollEngineIsNoLongerReadyWithNoGapsForTypeTwo) {
  const auto text = page("payroll-engine");
  const auto type2 = text.find("| Type II ");
  ASSERT_NE(type2, std::string::npos);
  const auto line = text.substr(type2, text.find('\n', type2) - type2);
  EXPECT_THAT(line, Not(HasSubstr("| Ready ")));
  EXPECT_THAT(text, Not(HasSubstr("Gaps: none")));
}

}  // namespace
}  // namespace socready

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "report/markdown.hpp"
#include "report/open_work.hpp"
#include "report/owners_report.hpp"
#include "report/report_fixtures.hpp"

namespace socready::report {
namespace {

using ::testing::HasSubstr;

TEST(OwnersReport, ListsEveryOwnerWithOpenWorkOnce) {
  const auto input = testing::sample_input();
  const std::string page = render_owners(input);
  std::set<std::string> owners;
  bool unowned = false;
  for (const auto& w : open_work(input.services, input.as_of)) {
    owners.insert(w.owners.begin(), w.owners.end());
    unowned = unowned || w.owners.empty();
  }
  ASSERT_FALSE(owners.empty());
  for (const auto& o : owners) {
    // Escaped like all user text: the sample has an owner "Infra <team>".
    const std::string heading = "\n## " + md_text(o) + "\n";
    const auto at = page.find(heading);
    EXPECT_NE(at, std::string::npos) << o;
    EXPECT_EQ(page.find(heading, at + 1), std::string::npos) << o;
  }
  EXPECT_EQ(page.find("\n## No owner\n") != std::string::npos, unowned);
  EXPECT_THAT(page, HasSubstr("[Back to the portfolio](README.md)"));
  EXPECT_THAT(page, ::testing::StartsWith("> **Preliminary:**"));
}

// Two services with the same gap, addressed by two owners' controls: one row per owner naming
// both services, with only that owner's control.
TEST(OwnersReport, TheSameWorkForSeveralServicesIsOneRowWithTheOwnersControls) {
  using testing::control;
  using testing::day;
  const auto mine = control("AC-01", "Access review", "Dana Ops", Status::partial,
                            Frequency::monthly, day("2026-11-20"));
  const auto theirs = control("AC-02", "Access recertification", "Lee Dev", Status::partial,
                              Frequency::monthly, day("2026-11-20"));
  ReportInput input = testing::sample_input();
  input.services.resize(1);
  auto& first = input.services[0];
  first.applicability.soc1.outcome = scoring::Outcome::does_not_apply;
  first.applicability.soc2.outcome = scoring::Outcome::applies;
  for (ReportType t : {ReportType::type1, ReportType::type2})
    first.readiness(Framework::soc2, t) =
        testing::readiness(Framework::soc2, t, true,
                           {testing::requirement("CC6.1", "CC6", "Security", 0.5, {mine, theirs},
                                                 scoring::GapReason::partial)});
  auto second = first;
  second.service = "second-service";
  input.services.push_back(second);

  const std::string page = render_owners(input);
  const auto section = [&](const std::string& owner) {
    const auto at = page.find("\n## " + owner + "\n");
    EXPECT_NE(at, std::string::npos) << owner;
    const auto end = page.find("\n## ", at + 1);
    return page.substr(at, end == std::string::npos ? std::string::npos : end - at);
  };
  for (const auto& [owner, own, other] :
       {std::tuple{"Dana Ops", "AC-01", "AC-02"}, std::tuple{"Lee Dev", "AC-02", "AC-01"}}) {
    const std::string text = section(owner);
    std::size_t rows = 0;
    for (std::size_t at = text.find("| CC6.1"); at != std::string::npos;
         at = text.find("| CC6.1", at + 1))
      ++rows;
    EXPECT_EQ(rows, 1u) << text;
    EXPECT_THAT(text, HasSubstr(first.service)) << owner;
    EXPECT_THAT(text, HasSubstr("second-service")) << owner;
    EXPECT_THAT(text, HasSubstr(own)) << owner;
    EXPECT_THAT(text, ::testing::Not(HasSubstr(other))) << owner;
  }
}

}  // namespace
}  // namespace socready::report

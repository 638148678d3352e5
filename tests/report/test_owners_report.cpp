#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

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

}  // namespace
}  // namespace socready::report

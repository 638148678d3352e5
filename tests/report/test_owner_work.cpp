#include <gtest/gtest.h>

#include <list>
#include <memory>

#include "report/owner_work.hpp"

namespace socready::report {
namespace {

// An item refers to its controls; here they live as long as the test program, as a
// portfolio's live as long as its report.
WorkItem gap(std::string service, std::string requirement,
             std::vector<std::pair<std::string, std::string>> controls) {
  static std::list<scoring::ControlScore> kept;
  static std::list<std::vector<const scoring::ControlScore*>> lists;
  auto& list = lists.emplace_back();
  for (auto& [key, owner] : controls) {
    auto& c = kept.emplace_back();
    c.key = key;
    c.owner = owner;
    list.push_back(&c);
  }
  WorkItem w;
  w.service = std::move(service);
  w.requirement = std::move(requirement);
  w.framework = Framework::soc2;
  w.types = "II";
  w.why = "a control addressing it had a deviation in the window";
  w.controls = list;
  w.owners = scoring::control_owners(list);
  return w;
}

std::vector<std::string> names(const std::vector<OwnerWork>& work) {
  std::vector<std::string> out;
  for (const auto& w : work) out.push_back(w.owner);
  return out;
}

TEST(OwnerWork, OwnersInNameOrderWithTheUnownedLast) {
  const std::vector<WorkItem> items{gap("pay", "CC1.1", {{"C-2", "zoe"}, {"C-1", "amy"}}),
                                    gap("pay", "CC2.1", {}), gap("hub", "CC3.1", {{"C-3", ""}})};
  const auto work = work_by_owner(items);
  EXPECT_EQ(names(work), (std::vector<std::string>{"amy", "zoe", std::string(no_owner)}));
  ASSERT_EQ(work[2].items.size(), 2u);
  // An unmapped requirement has no control; an owner-less control is listed under "No owner".
  EXPECT_TRUE(work[2].rows[0].controls.empty());
  EXPECT_EQ(work[2].rows[1].controls, (std::vector<std::string_view>{"C-3"}));
}

TEST(OwnerWork, TheSameWorkForSeveralServicesIsOneRowWithOnlyTheOwnersControls) {
  const std::vector<WorkItem> items{
      gap("pay", "CC1.1", {{"C-1", "amy"}, {"C-2", "zoe"}, {"C-4", "amy"}}),
      gap("hub", "CC1.1", {{"C-1", "amy"}, {"C-2", "zoe"}, {"C-4", "amy"}}),
      gap("web", "CC1.1", {{"C-1", "amy"}, {"C-5", "zoe"}})};
  const auto work = work_by_owner(items);
  ASSERT_EQ(names(work), (std::vector<std::string>{"amy", "zoe"}));
  // amy holds C-1 and C-4 for pay and hub, C-1 alone for web: two rows.
  ASSERT_EQ(work[0].rows.size(), 2u);
  EXPECT_EQ(work[0].rows[0].controls, (std::vector<std::string_view>{"C-1", "C-4"}));
  ASSERT_EQ(work[0].rows[0].services.size(), 2u);
  EXPECT_EQ(*work[0].rows[0].services[0], "pay");
  EXPECT_EQ(*work[0].rows[0].services[1], "hub");
  EXPECT_EQ(work[0].rows[1].controls, (std::vector<std::string_view>{"C-1"}));
  EXPECT_EQ(work[0].items.size(), 3u);
  // zoe's C-2 (pay, hub) and C-5 (web) differ: two rows.
  ASSERT_EQ(work[1].rows.size(), 2u);
  EXPECT_EQ(work[1].rows[0].services.size(), 2u);
  EXPECT_EQ(work[1].rows[1].controls, (std::vector<std::string_view>{"C-5"}));
}

TEST(OwnerWork, ItemsThatDifferInMoreThanTheirServiceAreSeparateRows) {
  auto other_reason = gap("hub", "CC1.1", {{"C-1", "amy"}});
  other_reason.why = "the best control has no current evidence";
  auto blocker = gap("web", "CC1.1", {{"C-1", "amy"}});
  blocker.blocker = true;
  const std::vector<WorkItem> items{gap("pay", "CC1.1", {{"C-1", "amy"}}), other_reason, blocker,
                                    gap("api", "CC1.1", {{"C-1", "amy"}})};
  const auto work = work_by_owner(items);
  ASSERT_EQ(work.size(), 1u);
  ASSERT_EQ(work[0].rows.size(), 3u);
  EXPECT_EQ(work[0].rows[0].first, &items[0]);
  EXPECT_EQ(work[0].rows[0].services.size(), 2u);  // pay and api
  EXPECT_EQ(work[0].rows[1].first, &items[1]);
  EXPECT_EQ(work[0].rows[2].first, &items[2]);
}

}  // namespace
}  // namespace socready::report

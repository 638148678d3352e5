#include <gtest/gtest.h>

#include <memory>
#include <sstream>

#include "csv/reader.hpp"
#include "report/open_work.hpp"
#include "report/open_work_output.hpp"

namespace socready::report {
namespace {

using scoring::ControlScore;
using scoring::GapReason;
using scoring::RequirementScore;
using scoring::ServiceResult;

std::shared_ptr<const ControlScore> control(std::string key, std::string owner) {
  auto c = std::make_shared<ControlScore>();
  c->key = std::move(key);
  c->title = "Title of " + c->key;
  c->owner = std::move(owner);
  return c;
}

RequirementScore requirement(std::string code, double score,
                             std::vector<std::shared_ptr<const ControlScore>> controls) {
  RequirementScore r;
  r.code = std::move(code);
  r.title = "Requirement " + r.code;
  r.score = score;
  r.blocker = score == 0;
  scoring::hold_controls(r, std::move(controls));
  return r;
}

// SOC 2 applies: CC1.1 blocks both types, CC2.1 blocks Type II only, CC3.1 is partial in Type II.
ServiceResult service(std::string slug) {
  ServiceResult s;
  s.service = std::move(slug);
  s.applicability.soc2.outcome = scoring::Outcome::applies;
  auto& one = s.soc2_type1;
  auto& two = s.soc2_type2;
  one.requirements = {requirement("CC1.1", 0, {}),
                      requirement("CC2.1", 1, {control("AC-1", "Ana")}),
                      requirement("CC3.1", 1, {control("AC-2", "Bo"), control("AC-3", "ana")})};
  two.requirements = {requirement("CC1.1", 0, {}),
                      requirement("CC2.1", 0, {control("AC-1", "Ana")}),
                      requirement("CC3.1", 0.5, {control("AC-2", "Bo"), control("AC-3", "ana")})};
  one.gaps = {{"CC1.1", 0, true, GapReason::unmapped, 0}};
  two.gaps = {{"CC1.1", 0, true, GapReason::unmapped, 0},
              {"CC2.1", 0, true, GapReason::short_history, 1},
              {"CC3.1", 0.5, false, GapReason::insufficient_samples, 2}};
  return s;
}

TEST(OpenWork, MostUrgentFirstAcrossServices) {
  const std::vector<ServiceResult> services{service("b-svc"), service("a-svc")};
  const auto items = open_work(services, *Date::parse("2026-11-20"));
  ASSERT_EQ(items.size(), 6u);
  // Blockers of both types, then Type II blockers, then gaps by score; ties by service.
  EXPECT_EQ(items[0].requirement, "CC1.1");
  EXPECT_EQ(items[0].service, "a-svc");
  EXPECT_TRUE(items[0].blocks_type1);
  EXPECT_EQ(items[1].service, "b-svc");
  EXPECT_EQ(items[2].requirement, "CC2.1");
  EXPECT_FALSE(items[2].blocks_type1);
  EXPECT_EQ(items[2].types, "II");
  EXPECT_EQ(items[4].requirement, "CC3.1");
  EXPECT_FALSE(items[4].blocker);
  EXPECT_EQ(scoring::control_keys(items[4].controls),
            (std::vector<std::string_view>{"AC-2", "AC-3"}));
}

// The lists a report makes once for its pages are the ones each page would find alone.
TEST(ServiceLists, AreWhatEachPageWouldFindAlone) {
  std::vector<ServiceResult> services{service("a-svc"), service("b-svc")};
  auto& two = services[1].soc2_type2;
  scoring::hold_controls(two.requirements[2],
                         {control("AC-2", "Bo"), control("AC-3", "ana"), control("AC-4", "Bo")});
  const Date as_of = *Date::parse("2026-11-20");
  const auto lists = service_lists(services, as_of);
  ASSERT_EQ(lists.size(), services.size());
  for (std::size_t i = 0; i < services.size(); ++i) {
    const auto& t2 = services[i].soc2_type2;
    ASSERT_EQ(lists[i].gap_owners[1].size(), t2.gaps.size());
    for (std::size_t g = 0; g < t2.gaps.size(); ++g)
      EXPECT_EQ(lists[i].owners_of_gap(Framework::soc2, g),
                scoring::control_owners(t2.requirement_of(t2.gaps[g]).controls));
    EXPECT_TRUE(lists[i].gap_owners[0].empty());  // SOC 1 does not apply
    EXPECT_EQ(lists[i].expiring.size(), evidence_expiring_next_quarter(services[i], as_of).size());
  }
  EXPECT_EQ(lists[1].owners_of_gap(Framework::soc2, 2),
            (std::vector<std::string_view>{"Bo", "ana"}));
  const auto from_lists = open_work(services, lists);
  const auto alone = open_work(services, as_of);
  ASSERT_EQ(from_lists.size(), alone.size());
  for (std::size_t i = 0; i < alone.size(); ++i) {
    EXPECT_EQ(from_lists[i].service, alone[i].service);
    EXPECT_EQ(from_lists[i].requirement, alone[i].requirement);
    EXPECT_EQ(from_lists[i].owners, alone[i].owners);
  }
}

TEST(OpenWork, NotApplicableFrameworksHaveNoWork) {
  auto s = service("x");
  s.applicability.soc2.outcome = scoring::Outcome::does_not_apply;
  const std::vector<ServiceResult> services{s};
  EXPECT_TRUE(open_work(services, *Date::parse("2026-11-20")).empty());
}

TEST(OpenWork, OwnerMatchesWithoutRegardToCase) {
  const std::vector<ServiceResult> services{service("x")};
  const auto items = open_work(services, *Date::parse("2026-11-20"));
  EXPECT_FALSE(owned_by(items[0], "ana"));  // no control addresses CC1.1: nobody owns it
  EXPECT_TRUE(owned_by(items[1], "ANA"));
  EXPECT_TRUE(owned_by(items[2], "bo"));
  EXPECT_FALSE(owned_by(items[2], "b"));
}

TEST(OpenWorkCsv, RoundTripsThroughTheReaderWithFormulasGuarded) {
  auto s = service("x");
  s.soc2_type2.requirements[2].title = "=HYPERLINK(\"http://evil\")";
  const std::vector<ServiceResult> services{s};
  const auto items = open_work(services, *Date::parse("2026-11-20"));
  std::stringstream out;
  write_open_work_csv(items, out);
  csv::Reader reader(out, "gaps.csv");
  ASSERT_TRUE(reader.next());
  ASSERT_EQ(reader.size(), std::size(open_work_columns));
  EXPECT_EQ(reader.field(0), "service");
  std::size_t rows = 0;
  while (reader.next()) {
    ASSERT_EQ(reader.size(), std::size(open_work_columns));
    EXPECT_EQ(reader.field(1), items[rows].requirement);
    if (items[rows].requirement == "CC3.1") {
      EXPECT_EQ(reader.field(2), "'=HYPERLINK(\"http://evil\")");
      EXPECT_EQ(reader.field(9), "AC-2; AC-3");
      EXPECT_EQ(reader.field(10), "Bo; ana");
    }
    ++rows;
  }
  EXPECT_EQ(rows, items.size());
}

}  // namespace
}  // namespace socready::report

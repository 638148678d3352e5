#include <gtest/gtest.h>

#include <map>
#include <set>

#include "import/import_fixture.hpp"
#include "store/service_store.hpp"

namespace socready::import::testing {
namespace {

using ServiceImport = ImportFixture;

TEST_F(ServiceImport, CreatesProductLinesAndReadsEveryFact) {
  auto s = services(
      "Service,NAME,product_line,description,affects_financial_reporting,handles_customer_data,"
      "clients_ask_security,clients_ask_sox,capabilities,availability_commitment,"
      "processes_transactions,confidential_data,personal_data,soc1,soc2,override_reason,"
      "soc2_categories,soc1_objectives\n"
      "time-tracker,Time Tracker,Time & Billing,Tracks hours,Yes,TRUE,1,n,"
      "Time Tracking;invoicing,yes,y,no,,,required,MSA with Acme,security;Availability,"
      "bp-cutoff\n");
  EXPECT_EQ(s.added, 1);
  EXPECT_EQ(s.product_lines_added, 1);
  auto all = store::load_services(db);
  auto it = std::find_if(all.begin(), all.end(), [](auto& x) { return x.slug == "time-tracker"; });
  ASSERT_NE(it, all.end());
  EXPECT_EQ(it->product_line, "Time & Billing");
  EXPECT_EQ(it->affects_financial_reporting, true);
  EXPECT_EQ(it->handles_customer_data, true);
  EXPECT_EQ(it->clients_ask_security, true);
  EXPECT_EQ(it->clients_ask_sox, false);
  EXPECT_EQ(it->capabilities, (std::vector<std::string>{"invoicing", "time-tracking"}));
  EXPECT_EQ(it->confidential_data, false);
  EXPECT_FALSE(it->personal_data.has_value());
  EXPECT_EQ(it->soc2, Override::required);
  EXPECT_EQ(it->override_reason, "MSA with Acme");
  ASSERT_TRUE(it->soc2_categories.has_value());
  EXPECT_EQ(*it->soc2_categories,
            (std::vector<Category>{Category::security, Category::availability}));
  EXPECT_EQ(it->soc1_objectives, (std::vector<std::string>{"BP-CUTOFF"}));
  EXPECT_EQ(store::load_product_lines(db).size(), 3u);
}

TEST_F(ServiceImport, ReimportIsUnchangedAndAChangeIsCounted) {
  const std::string csv =
      "service,name,product_line,affects_financial_reporting,handles_customer_data\n"
      "payroll,Payroll engine,Payroll,yes,\ninsights,Insights app,Analytics,,yes\n";
  auto same = services(csv);
  EXPECT_EQ(same.unchanged, 2);
  EXPECT_EQ(same.changed, 0);
  auto changed = services(
      "service,name,product_line,affects_financial_reporting\n"
      "payroll,Payroll engine,Payroll,no\n");
  EXPECT_EQ(changed.changed, 1);
}

TEST_F(ServiceImport, BadRowsAreAllReportedAndNothingIsWritten) {
  const auto before = state();
  auto e = failure([&] {
    services(
        "service,name,affects_financial_reporting,capabilities,soc1,override_reason\n"
        "Bad Slug,X,,,,\n"
        "new-one,,maybe,payrol,,\n"
        "other,Other,,,required,\n"
        "other,Other,,,,\n");
  });
  const auto msgs = all_messages(e);
  EXPECT_TRUE(mentions(e, 2, 1, "'Bad Slug' is not a slug")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 9, "a new service (new-one) needs a name")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 10, "'maybe' is not a yes/no answer")) << msgs;
  EXPECT_TRUE(mentions(e, 3, 16, "'payrol' is not a known capability; did you mean 'payroll'?"))
      << msgs;
  EXPECT_TRUE(mentions(e, 4, 24, "an override needs its reason")) << msgs;
  EXPECT_TRUE(mentions(e, 5, 1, "already listed on line 4")) << msgs;
  EXPECT_EQ(state(), before);
}

TEST_F(ServiceImport, DryRunWritesNothing) {
  const auto before = state();
  auto s = services("service,name\nbrand-new,Brand new\n", true);
  EXPECT_EQ(s.added, 1);
  EXPECT_EQ(state(), before);
}

// Product lines are told apart by their exact name: other scripts, and case, are kept.
TEST_F(ServiceImport, ProductLinesKeepTheirExactNames) {
  const std::string csv =
      "service,name,product_line\n"
      "a,A,Зарплата\nb,B,Продажи\nc,C,給与計算\nd,D,Payroll\ne,E,PAYROLL\n";
  const auto first = services(csv);
  EXPECT_EQ(first.product_lines_added, 4);  // Payroll is on file already
  const auto lines = store::load_product_lines(db);
  std::set<std::string> names, slugs;
  for (const auto& pl : lines) {
    names.insert(pl.name);
    slugs.insert(pl.slug);
  }
  EXPECT_EQ(names, (std::set<std::string>{"Зарплата", "Продажи", "給与計算", "Payroll", "PAYROLL",
                                          "Analytics"}));
  EXPECT_EQ(slugs.size(), lines.size());
  for (const auto& slug : slugs) EXPECT_LE(slug.size(), 64u) << slug;
  std::map<std::string, std::string> line_of;
  for (const auto& s : store::load_services(db)) line_of[s.slug] = s.product_line;
  EXPECT_EQ(line_of["a"], "Зарплата");
  EXPECT_EQ(line_of["e"], "PAYROLL");
  // The audit trail holds the names that were stored.
  EXPECT_EQ(db.sql()
                .execAndGet("SELECT count(*) FROM service_change WHERE instr(after, 'PAYROLL') > 0")
                .getInt64(),
            1);
  // Again: nothing changes.
  const auto again = services(csv);
  EXPECT_EQ(again.changed, 0);
  EXPECT_EQ(again.unchanged, 5);
  EXPECT_EQ(again.product_lines_added, 0);
}

TEST_F(ServiceImport, AControlCharacterIsRefusedAtItsLineAndColumn) {
  const auto before = state();
  auto e =
      failure([&] { services("service,name,product_line\nok,Fine,X\nbad,\"Clear \x1b[2J\",Y\n"); });
  EXPECT_TRUE(mentions(e, 3, 12, "control character U+001B (escape)")) << all_messages(e);
  EXPECT_EQ(e.total(), 1u);
  EXPECT_EQ(state(), before);
}

}  // namespace
}  // namespace socready::import::testing

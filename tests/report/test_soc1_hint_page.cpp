// The service page says which SOC 1 blockers controls tagged with Trust Services Criteria could
// address, and names the command that proposes the mapping.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "report/service_report.hpp"
#include "scoring/readiness.hpp"
#include "scoring/testing_fixtures.hpp"

namespace socready::report {
namespace {

using scoring::testing::day;
using ::testing::HasSubstr;
using ::testing::Not;

ReportInput input_for(scoring::Inventory inv) {
  ReportInput in;
  in.period = "2026-Q3";
  in.as_of = day("2026-09-30");
  in.generated_by = "socready test";
  in.services = scoring::score(inv, {in.as_of});
  return in;
}

scoring::Inventory inventory(bool financial) {
  scoring::Inventory inv;
  inv.catalog = scoring::testing::spec_catalog();
  Service s = scoring::testing::service("invoicing");
  s.affects_financial_reporting = financial;
  s.handles_customer_data = true;
  inv.services = {s};
  inv.controls = {
      scoring::testing::control("CM-01", Status::implemented, {"CC8.1"}),
      scoring::testing::control("MON-01", Status::implemented, {"CC7.2", "CC7.3"}, {"invoicing"})};
  return inv;
}

TEST(ReportService, Soc1BlockersSayWhichTaggedControlsCouldAddressThem) {
  const auto in = input_for(inventory(true));
  const std::string md = render_service(in, in.services.at(0));
  EXPECT_THAT(md,
              HasSubstr("Controls already tagged with Trust Services Criteria could address these "
                        "blockers:\n\n"
                        "- ITGC-CHANGE: 1 control tagged with CC8.1 could address it (CM-01)\n"
                        "- ITGC-OPS: 1 control tagged with CC7.2, CC7.3 could address it (MON-01)\n"
                        "- ITGC-SDLC: 1 control tagged with CC8.1 could address it (CM-01)\n\n"
                        "Review the suggested mappings with `socready suggest soc1 invoicing` and "
                        "import the file it writes with `socready import controls`.\n\n"
                        "### Deviations in the window"));
}

TEST(ReportService, NoSoc1HintWhereSoc1DoesNotApply) {
  const auto in = input_for(inventory(false));
  const std::string md = render_service(in, in.services.at(0));
  EXPECT_THAT(md, Not(HasSubstr("could address")));
}

}  // namespace
}  // namespace socready::report

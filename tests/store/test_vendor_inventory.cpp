// Vendors in the scorer's input (SPEC §4a): the versions on file on the as-of date, read in the
// same transaction as the controls.
#include <sstream>

#include "import/import_fixture.hpp"
#include "import/subservice_importer.hpp"
#include "store/inventory_loader.hpp"

namespace socready::store {
namespace {

class VendorInventory : public import::testing::ImportFixture {
 protected:
  void subservice(const std::string& csv, const char* effective) {
    std::istringstream in(csv);
    import::import_subservice(db, {in, "subservice.csv", csv.size()}, at(effective));
  }
};

constexpr const char* header =
    "vendor,name,services,method,report_framework,report_type,period_start,period_end,opinion,"
    "bridge_letter_until,csoc_tsc,csoc_soc1_objectives,csoc_description,monitored_by\n";

TEST_F(VendorInventory, HoldsTheVersionsValidOnTheAsOfDate) {
  subservice(std::string(header) +
                 "cloud,Cloud Co,*,carve-out,soc2,II,2024-10-01,2025-09-30,unmodified,,CC6.4,,"
                 "Data centres,VND-01\n",
             "2026-01-01");
  subservice(std::string(header) +
                 "cloud,Cloud Co,*,carve-out,soc2,II,2025-10-01,2026-09-30,unmodified,,CC6.4,,"
                 "Data centres,VND-01\n",
             "2026-10-01");
  EXPECT_TRUE(load_inventory(db, *Date::parse("2025-12-31")).subservices.empty());
  auto inv = load_inventory(db, *Date::parse("2026-09-30"));
  ASSERT_EQ(inv.subservices.size(), 1u);
  EXPECT_EQ(inv.subservices[0].report->period_end, *Date::parse("2025-09-30"));
  EXPECT_EQ(inv.subservices[0].csoc_criteria, std::vector<std::string>{"CC6.4"});
  inv = load_inventory(db, *Date::parse("2026-10-01"));
  ASSERT_EQ(inv.subservices.size(), 1u);
  EXPECT_EQ(inv.subservices[0].report->period_end, *Date::parse("2026-09-30"));
  EXPECT_EQ(inv.subservices[0].monitored_by, "VND-01");
}

}  // namespace
}  // namespace socready::store

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "import/exporter.hpp"
#include "import/import_fixture.hpp"
#include "store/cuec_store.hpp"

namespace socready::import {
namespace {

using testing::all_messages;
using ::testing::ElementsAre;
using testing::mentions;

constexpr const char* header = "cuec_id,services,description,tsc,soc1_objectives\n";

class CuecImport : public testing::ImportFixture {
 protected:
  std::vector<std::string> keys_as_of(const char* date) {
    std::vector<std::string> out;
    for (const auto& c : store::load_cuecs_as_of(db, *Date::parse(date)))
      out.push_back(c.key + ":" + c.description);
    return out;
  }
};

TEST_F(CuecImport, AddsThenLeavesAloneThenVersionsAChange) {
  const std::string file = std::string(header) +
                           "CUEC-01,payroll,Clients approve each pay run,,BP-AUTHORIZATION\n"
                           "CUEC-02,*,Clients remove their leavers' access,CC6.2,\n";
  auto s = cuecs(file);
  EXPECT_EQ(s.added, 2);
  s = cuecs(file, "2026-02-01");
  EXPECT_EQ(s.unchanged, 2);
  EXPECT_EQ(s.added + s.changed, 0);
  s = cuecs(std::string(header) + "CUEC-01,payroll,Clients approve each pay run in the portal,,\n",
            "2026-03-01");
  EXPECT_EQ(s.changed, 1);
  EXPECT_EQ(s.retired, 0);  // without --replace, CUEC-02 stays
  EXPECT_THAT(keys_as_of("2026-02-15"),
              ElementsAre("CUEC-01:Clients approve each pay run",
                          "CUEC-02:Clients remove their leavers' access"));
  EXPECT_THAT(keys_as_of("2026-03-01"),
              ElementsAre("CUEC-01:Clients approve each pay run in the portal",
                          "CUEC-02:Clients remove their leavers' access"));
  EXPECT_TRUE(keys_as_of("2025-12-31").empty());
}

TEST_F(CuecImport, ReplaceRetiresThoseMissingAsOfTheEffectiveDate) {
  cuecs(std::string(header) + "CUEC-01,payroll,A,,\nCUEC-02,insights,B,,\n");
  const auto s = cuecs(std::string(header) + "CUEC-01,payroll,,,\n", "2026-06-01", true);
  EXPECT_EQ(s.unchanged, 1);  // a blank description keeps the one on file
  EXPECT_EQ(s.retired, 1);
  EXPECT_THAT(keys_as_of("2026-05-31"), ElementsAre("CUEC-01:A", "CUEC-02:B"));
  EXPECT_THAT(keys_as_of("2026-06-01"), ElementsAre("CUEC-01:A"));
}

TEST_F(CuecImport, ABackDatedChangeIsRefusedAndNothingIsWritten) {
  cuecs(std::string(header) + "CUEC-01,payroll,A,,\n", "2026-05-01");
  const auto before = state();
  const auto e =
      failure([&] { cuecs(std::string(header) + "CUEC-01,payroll,B,,\n", "2026-04-01"); });
  EXPECT_TRUE(mentions(e, 2, 1, "CUEC-01 has a version from 2026-05-01")) << all_messages(e);
  const auto r = failure([&] { cuecs(std::string(header), "2026-04-01", true); });
  EXPECT_NE(all_messages(r).find("--replace: CUEC-01 has a version from 2026-05-01"),
            std::string::npos)
      << all_messages(r);
  EXPECT_EQ(state(), before);
}

TEST_F(CuecImport, EveryBadRowIsReportedAndNothingIsWritten) {
  const auto before = state();
  const auto e = failure([&] {
    cuecs(std::string(header) +
          "CUEC-01,payroll,,,\n"            // a new CUEC without a description
          "CUEC-02,billing,x,,\n"           // an unknown service
          "CUEC-03,payroll,y,CC6.1;XX9,\n"  // an unknown criterion
          "CUEC-03,payroll,z,,\n");         // listed twice
  });
  EXPECT_TRUE(mentions(e, 2, 17, "a new CUEC (CUEC-01) needs a description")) << all_messages(e);
  EXPECT_TRUE(mentions(e, 3, 9, "no service 'billing'")) << all_messages(e);
  EXPECT_TRUE(mentions(e, 4, 19, "XX9 is not a Trust Services Criterion")) << all_messages(e);
  EXPECT_TRUE(mentions(e, 5, 1, "CUEC-03 is already listed on line 4")) << all_messages(e);
  EXPECT_EQ(state(), before);
}

TEST_F(CuecImport, ADryRunWritesNothing) {
  const auto before = state();
  const auto s = cuecs(std::string(header) + "CUEC-01,payroll,A,,\n", "2026-01-01", false, true);
  EXPECT_EQ(s.added, 1);
  EXPECT_EQ(state(), before);
}

TEST_F(CuecImport, TheExportImportsBackUnchanged) {
  cuecs(std::string(header) +
        "CUEC-01,payroll;insights,\"=Clients, \"\"always\"\", approve\",CC6.1,BP-AUTHORIZATION\n"
        "CUEC-02,*,Clients keep their SSO secure,CC6.1;CC6.2,\n");
  std::ostringstream out;
  export_cuecs(db, out, testing::kToday);
  EXPECT_EQ(out.str(),
            "cuec_id,services,description,tsc,soc1_objectives\r\n"
            "CUEC-01,insights;payroll,\"'=Clients, \"\"always\"\", approve\",CC6.1,"
            "BP-AUTHORIZATION\r\n"
            "CUEC-02,*,Clients keep their SSO secure,CC6.1;CC6.2,\r\n");
  const auto s = cuecs(out.str(), "2026-02-01");
  EXPECT_EQ(s.unchanged, 2);
  EXPECT_EQ(s.added + s.changed, 0);
}

}  // namespace
}  // namespace socready::import

// The SOC 1 objectives import against an in-memory database: the catalog gains the user's
// objectives and wording, a bad file writes nothing, and the other imports know the new ids.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "import/exporter.hpp"
#include "import/import_fixture.hpp"
#include "import/objective_importer.hpp"
#include "store/catalog_store.hpp"
#include "store/objective_store.hpp"

namespace socready::import {
namespace {

using testing::all_messages;
using ::testing::ElementsAre;
using testing::mentions;

constexpr const char* header = "objective,title,series,default,criteria\n";

class ObjectiveImport : public testing::ImportFixture {
 protected:
  ImportSummary objectives(const std::string& csv, bool dry_run = false) {
    std::istringstream in(csv);
    return import_objectives(db, {in, "objectives.csv", csv.size()},
                             at("2026-01-01", false, dry_run));
  }
  const Requirement* objective(const std::string& code) {
    catalog_ = store::load_catalog(db, Framework::soc1);
    for (const auto& r : catalog_)
      if (r.code == code) return &r;
    return nullptr;
  }
  // The catalog, what the user's files named and the audit trail, as text: equal means nothing
  // was written.
  std::string catalog_state() {
    return state_of({"requirement_series", "requirement", "user_objective", "objective_change",
                     "import_revision"});
  }

  std::vector<Requirement> catalog_;
};

constexpr const char* hosting_file =
    "objective,title,series,default,criteria\n"
    "ITGC-PHYSICAL,Data centre access is restricted,ITGC,yes,CC6.4\n"
    "BP-CUTOFF,,,yes,\n"
    "ITGC-OPS,Batch jobs run completely and on time,,,\n";

TEST_F(ObjectiveImport, AddsAnObjectiveAndChangesBuiltInWordingAndDefaults) {
  const auto s = objectives(hosting_file);
  EXPECT_EQ(s.rows, 3u);
  EXPECT_EQ(s.added, 1);
  EXPECT_EQ(s.changed, 2);

  const auto* physical = objective("ITGC-PHYSICAL");
  ASSERT_NE(physical, nullptr);
  EXPECT_EQ(physical->title, "Data centre access is restricted");
  EXPECT_EQ(physical->series, "ITGC");
  EXPECT_EQ(physical->category, "IT general controls");
  EXPECT_TRUE(physical->is_default);
  // After the eleven built-ins, in catalog order.
  EXPECT_EQ(catalog_.size(), 12u);
  EXPECT_EQ(catalog_.back().code, "ITGC-PHYSICAL");

  // A blank cell keeps what is on file: BP-CUTOFF keeps its wording, ITGC-OPS its default.
  const auto* cutoff = objective("BP-CUTOFF");
  EXPECT_EQ(cutoff->title, "Transactions recorded in the right period");
  EXPECT_TRUE(cutoff->is_default);
  const auto* ops = objective("ITGC-OPS");
  EXPECT_EQ(ops->title, "Batch jobs run completely and on time");
  EXPECT_TRUE(ops->is_default);

  const auto pairs = store::load_objective_criteria(db);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].objective, "ITGC-PHYSICAL");
  EXPECT_THAT(pairs[0].criteria, ElementsAre("CC6.4"));
}

TEST_F(ObjectiveImport, ReImportChangesNothingAndTheExportRoundTrips) {
  objectives(hosting_file);
  std::ostringstream out;
  export_objectives(db, out);
  // The rows the file named, in catalog order, every blank filled; built-ins never named are
  // not written.
  EXPECT_EQ(out.str(),
            "objective,title,series,default,criteria\r\n"
            "ITGC-OPS,Batch jobs run completely and on time,ITGC,yes,\r\n"
            "BP-CUTOFF,Transactions recorded in the right period,BP,yes,\r\n"
            "ITGC-PHYSICAL,Data centre access is restricted,ITGC,yes,CC6.4\r\n");
  auto again = objectives(hosting_file);
  EXPECT_EQ(again.unchanged, 3);
  EXPECT_EQ(again.added + again.changed, 0);
  auto exported = objectives(out.str());
  EXPECT_EQ(exported.unchanged, 3);
  EXPECT_EQ(exported.added + exported.changed, 0);
  // The fixture's services import, then the three objectives imports; only the first recorded
  // changes in the audit trail (one added, two changed).
  EXPECT_EQ(count("import_revision"), 4);
  EXPECT_EQ(count("objective_change"), 3);
}

TEST_F(ObjectiveImport, ASeriesOfTheUsersOwnIsItsOwnCategory) {
  objectives(std::string(header) + "PHYS-ACCESS,Visitors are escorted on the floor,physical,,\n");
  const auto* o = objective("PHYS-ACCESS");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->series, "PHYSICAL");
  EXPECT_EQ(o->category, "PHYSICAL");
  EXPECT_FALSE(o->is_default);  // blank is no for a new objective
  // A second objective joins the same series.
  objectives(std::string(header) + "PHYS-CCTV,Cameras cover every door,PHYSICAL,no,\n");
  EXPECT_EQ(objective("PHYS-CCTV")->series, "PHYSICAL");
}

TEST_F(ObjectiveImport, EveryBadRowIsReportedAndNothingIsWritten) {
  objectives(std::string(header) + "ITGC-PHYSICAL,Data centre access,ITGC,no,\n");
  const auto before = catalog_state();
  const auto e = failure([&] {
    objectives(std::string(header) +
               "ITGC PHYS,Spaces,ITGC,,\n"              // 2: not an id
               "BP-PAYROLL-TAX,Tax filed,BP,maybe,\n"   // 3: bad default
               "BP-ACCURACY,,,,CC6.1;PI1.9\n"           // 4: unknown criterion
               "NEW-ONE,,,,\n"                          // 5: new without title and series
               "ITGC-ODD,Odd,CC6,no,\n"                 // 6: a SOC 2 series
               "ITGC-PHYSICAL,Data centre access,,,\n"  // 7: fine
               "itgc-physical,Again,,,\n");             // 8: listed twice
  });
  const auto text = all_messages(e);
  EXPECT_TRUE(mentions(e, 2, 1, "'ITGC PHYS' is not an objective id")) << text;
  EXPECT_TRUE(mentions(e, 3, 29, "default: 'maybe' is not a yes/no answer")) << text;
  EXPECT_TRUE(mentions(e, 4, 16, "criteria: PI1.9 is not a Trust Services Criterion; did you mean"))
      << text;
  EXPECT_TRUE(mentions(e, 5, 9, "title: NEW-ONE is a new objective; give its wording")) << text;
  EXPECT_TRUE(mentions(e, 5, 10, "series: NEW-ONE is a new objective; name its series")) << text;
  EXPECT_TRUE(mentions(e, 6, 14, "series: CC6 is a series of Trust Services Criteria")) << text;
  EXPECT_TRUE(mentions(e, 8, 1, "objective: ITGC-PHYSICAL is already listed on line 7")) << text;
  EXPECT_EQ(e.diagnostics().size(), 7u) << text;
  EXPECT_EQ(catalog_state(), before);
}

TEST_F(ObjectiveImport, ADryRunCountsAndWritesNothing) {
  const auto before = catalog_state();
  const auto s = objectives(hosting_file, true);
  EXPECT_TRUE(s.dry_run);
  EXPECT_EQ(s.added, 1);
  EXPECT_EQ(s.changed, 2);
  EXPECT_EQ(catalog_state(), before);
}

TEST_F(ObjectiveImport, ControlsCuecsAndServicesMayNameTheUsersObjectives) {
  const std::string control =
      "control_id,title,services,soc1_objectives\nDC-01,Badge review,payroll,ITGC-PHYSICAL\n";
  const auto unknown = failure([&] { controls(control); });
  EXPECT_TRUE(mentions(unknown, 2, 28, "ITGC-PHYSICAL is not a SOC 1 control objective"))
      << all_messages(unknown);
  objectives(hosting_file);
  EXPECT_EQ(controls(control).added, 1);
  EXPECT_EQ(
      cuecs("cuec_id,services,description,soc1_objectives\nCUEC-01,payroll,Clients badge their "
            "visitors,itgc-physical\n")
          .added,
      1);
  EXPECT_EQ(services("service,soc1_objectives\npayroll,ITGC-PHYSICAL\n").changed, 1);
}

}  // namespace
}  // namespace socready::import

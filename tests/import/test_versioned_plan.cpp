// The plan of a versioned entity decided without a database: what a blank kept field does, and
// when a row is added, kept, changed or refused for rewriting history.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/cuec_spec.hpp"
#include "import/read_fixture.hpp"
#include "import/service_spec.hpp"
#include "import/versioned_importer.hpp"
#include "store/cuec_store.hpp"
#include "store/service_store.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using testing::messages;
using versioned::Decision;

const store::StoredVersion<Cuec>* const new_cuec = nullptr;
const store::StoredVersion<Service>* const new_service = nullptr;
const Date jan = *Date::parse("2026-01-01");
const Date mar = *Date::parse("2026-03-01");

const VersionedEntity<Cuec, 5> cuecs{Entity::cuecs,
                                     cuec_spec,
                                     read_cuec,
                                     {&Cuec::description, "description", "CUEC"},
                                     store::cuec_versions};
const VersionedEntity<Service, service_columns> services{Entity::services,
                                                         service_spec,
                                                         read_service,
                                                         {&Service::name, "name", "service", true},
                                                         store::service_versions};

store::StoredVersion<Cuec> on_file(std::string description, Date from,
                                   std::optional<Date> to = std::nullopt) {
  store::StoredVersion<Cuec> v;
  v.version_id = 7;
  v.record.key = "CUEC-01";
  v.record.services = {"payroll"};
  v.record.description = std::move(description);
  v.record.valid_from = from;
  v.valid_to = to;
  return v;
}

Cuec row(std::string description) {
  Cuec c;
  c.key = "CUEC-01";
  c.services = {"payroll"};
  c.description = std::move(description);
  return c;
}

TEST(VersionedPlan, ANewRowIsAddedFromTheEffectiveDate) {
  Findings findings;
  Cuec c = row("Clients approve each pay run");
  EXPECT_EQ(versioned::decide(cuecs, c, new_cuec, mar, findings), Decision::add);
  EXPECT_TRUE(findings.empty());
  EXPECT_EQ(c.valid_from, mar);
}

TEST(VersionedPlan, ABlankKeptFieldTakesTheCurrentVersionsAndChangesNothing) {
  const auto before = on_file("Clients approve each pay run", jan);
  Findings findings;
  Cuec c = row("");
  EXPECT_EQ(versioned::decide(cuecs, c, &before, mar, findings), Decision::keep);
  EXPECT_EQ(c.description, "Clients approve each pay run");
}

TEST(VersionedPlan, ARetiredRowDoesNotLendItsFieldToANewOne) {
  const auto retired = on_file("Clients approve each pay run", jan, mar);
  Findings findings;
  Cuec c = row("");
  EXPECT_FALSE(versioned::decide(cuecs, c, &retired, mar, findings));
  EXPECT_THAT(messages(findings),
              ElementsAre("description: a new CUEC (CUEC-01) needs a description"));
  EXPECT_EQ(findings[0].column, 2u);  // description
}

TEST(VersionedPlan, TheMissingFieldIsListedAfterTheRowsOtherProblems) {
  Findings findings{{1, "services: no service 'payrol'"}};
  Cuec c = row("");
  EXPECT_FALSE(versioned::decide(cuecs, c, new_cuec, mar, findings));
  EXPECT_THAT(messages(findings),
              ElementsAre("services: no service 'payrol'",
                          "description: a new CUEC (CUEC-01) needs a description"));
}

TEST(VersionedPlan, ANewServiceWithoutANameIsListedFirst) {
  Findings findings{{8, "capabilities: 'x' is not a known capability"}};
  Service s;
  s.slug = "payroll";
  EXPECT_FALSE(versioned::decide(services, s, new_service, mar, findings));
  EXPECT_THAT(messages(findings), ElementsAre("name: a new service (payroll) needs a name",
                                              "capabilities: 'x' is not a known capability"));
  EXPECT_EQ(findings[0].column, 1u);  // name
}

TEST(VersionedPlan, AChangeIsANewVersionUnlessItIsDatedBeforeTheLatest) {
  const auto before = on_file("Clients approve each pay run", mar);
  Findings findings;
  Cuec later = row("Clients approve each pay run in the portal");
  EXPECT_EQ(versioned::decide(cuecs, later, &before, mar, findings), Decision::change);
  Cuec earlier = row("Clients approve each pay run in the portal");
  EXPECT_FALSE(versioned::decide(cuecs, earlier, &before, jan, findings));
  EXPECT_THAT(messages(findings),
              ElementsAre("CUEC-01 has a version from 2026-03-01; an import effective 2026-01-01 "
                          "would rewrite its history (use --effective 2026-03-01 or later)"));
}

}  // namespace
}  // namespace socready::import

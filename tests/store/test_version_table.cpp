// A version table read back through `VersionTable`: the latest version of every key, the
// versions valid on a date, closing one, and a value that does not parse.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.hpp"
#include "store/cuec_store.hpp"
#include "store/database.hpp"
#include "store/revision_store.hpp"
#include "store/system_store.hpp"

namespace socready::store {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Date jan = *Date::parse("2026-01-01");
const Date mar = *Date::parse("2026-03-01");
const Date jun = *Date::parse("2026-06-01");

class VersionTableTest : public ::testing::Test {
 protected:
  Database db{":memory:"};
  std::int64_t revision = begin_revision(db, "cuecs", "cuecs.csv", jan, "test");

  void add(const std::string& key, const std::string& description, Date from) {
    Cuec c;
    c.key = key;
    c.description = description;
    c.all_services = true;
    c.criteria = {"CC6.1", "CC7.2"};
    c.valid_from = from;
    cuec_versions.add(db, c, revision);
  }
  std::vector<std::string> as_of(Date d) {
    std::vector<std::string> out;
    for (const auto& c : cuec_versions.as_of(db, d)) out.push_back(c.key + ":" + c.description);
    return out;
  }
};

TEST_F(VersionTableTest, ReadsBackWhatWasAdded) {
  add("CUEC-02", "Clients review access", jan);
  const auto latest = cuec_versions.latest(db);
  ASSERT_EQ(latest.size(), 1u);
  const Cuec& c = latest[0].record;
  EXPECT_EQ(c.key, "CUEC-02");
  EXPECT_EQ(c.valid_from, jan);
  EXPECT_TRUE(c.all_services);
  EXPECT_THAT(c.criteria, ElementsAre("CC6.1", "CC7.2"));
  EXPECT_FALSE(latest[0].valid_to);
}

TEST_F(VersionTableTest, TheLatestVersionPerKeyAndTheVersionsValidOnADate) {
  add("CUEC-01", "first", jan);
  add("CUEC-02", "other", jan);
  const auto first = cuec_versions.latest(db);
  ASSERT_EQ(first.size(), 2u);
  cuec_versions.close(db, first[0].version_id, mar, revision);
  add("CUEC-01", "second", mar);
  cuec_versions.close(db, first[1].version_id, jun, revision);  // retired in June

  const auto latest = cuec_versions.latest(db);
  ASSERT_EQ(latest.size(), 2u);
  EXPECT_EQ(latest[0].record.description, "second");
  EXPECT_FALSE(latest[0].valid_to);
  EXPECT_EQ(latest[1].valid_to, jun);

  EXPECT_TRUE(as_of(*Date::parse("2025-12-31")).empty());
  EXPECT_THAT(as_of(*Date::parse("2026-02-28")), ElementsAre("CUEC-01:first", "CUEC-02:other"));
  EXPECT_THAT(as_of(mar), ElementsAre("CUEC-01:second", "CUEC-02:other"));
  EXPECT_THAT(as_of(jun), ElementsAre("CUEC-01:second"));
}

TEST_F(VersionTableTest, AValueThatDoesNotParseIsADatabaseErrorNamingItsPlace) {
  db.sql().exec(
      "INSERT INTO system_version (key, valid_from, revision_id, name, services, description, "
      "commitments, soc1_type, soc1_period_start) VALUES ('billing', '2026-01-01', " +
      std::to_string(revision) + ", 'Billing', 'payroll', '', '', 'II', '2026-02-30')");
  try {
    load_systems_as_of(db, mar);
    FAIL() << "expected a DatabaseError";
  } catch (const DatabaseError& e) {
    EXPECT_THAT(e.what(), HasSubstr("table system_version, row id 1: cannot read "
                                    "soc1_period_start '2026-02-30'"));
  }
}

}  // namespace
}  // namespace socready::store

#include <SQLiteCpp/Database.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/import_fixture.hpp"

namespace socready::import {
namespace {

using ::testing::HasSubstr;

class ImportRunTest : public testing::ImportFixture {};

template <typename F>
std::string database_error(F&& f) {
  try {
    f();
  } catch (const DatabaseError& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected a DatabaseError";
  return {};
}

TEST_F(ImportRunTest, ADatabaseErrorNamesTheFileAndTheRowBeingApplied) {
  db.sql().exec(
      "CREATE TRIGGER refuse BEFORE INSERT ON service WHEN NEW.slug = 'billing' "
      "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
  const auto message =
      database_error([&] { services("service,name\npayroll,Payroll engine\nbilling,Billing\n"); });
  EXPECT_THAT(message, HasSubstr("refused by test"));
  EXPECT_THAT(message, HasSubstr("while applying services.csv line 3"));
}

TEST_F(ImportRunTest, ARejectedFileLeavesNothingAndReportsEveryRow) {
  const auto e = failure([&] { services("service,name\nNot A Slug,x\nnew-one,\n"); });
  ASSERT_EQ(e.diagnostics().size(), 2u);
  EXPECT_EQ(e.diagnostics()[0].where.line, 2u);
  EXPECT_EQ(e.diagnostics()[1].where.line, 3u);
  EXPECT_THAT(e.diagnostics()[1].message, HasSubstr("needs a name"));
}

}  // namespace
}  // namespace socready::import

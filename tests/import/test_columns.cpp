// The column declarations the specs share (import/columns.hpp) and the read of a keyed row,
// through a small spec of their own: no database.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "import/columns.hpp"
#include "import/read_fixture.hpp"

namespace socready::import {
namespace {

using ::testing::ElementsAre;
using testing::messages;
using testing::row;

struct Note {
  std::string key;
  std::string text;
  std::vector<std::string> criteria;
  std::vector<std::string> services;
  bool all_services = false;
};

const Spec<Note, 4> note_spec{{
    {"note", Need::required, [](Note& n, const Cell& c) { n.key = read_slug(c, "my-note"); },
     [](const Note& n) { return n.key; }},
    text_column<&Note::text>("text"),
    codes_column<&Note::criteria, Framework::soc2>("tsc"),
    services_column<&Note::services, &Note::all_services>(),
}};

class Columns : public ::testing::Test {
 protected:
  Lookups lookups = testing::small_lookups();
  ReadContext context{&lookups, *Date::parse("2026-11-26")};
  Findings findings;
  Note note;

  bool read(std::initializer_list<std::string_view> cells) {
    return read_keyed_columns(note_spec, row<4>(cells), context, note, findings);
  }
};

TEST_F(Columns, ReadAndWriteBackEachColumn) {
  ASSERT_TRUE(read({" my-note ", " '=SUM(A1) ", "cc7.2;CC6.1", "payroll;insights;payroll"}));
  EXPECT_TRUE(findings.empty()) << messages(findings)[0];
  EXPECT_EQ(note.key, "my-note");
  EXPECT_EQ(note.text, "=SUM(A1)");  // the export's guard quote removed
  EXPECT_THAT(note.criteria, ElementsAre("CC6.1", "CC7.2"));
  EXPECT_THAT(note.services, ElementsAre("insights", "payroll"));
  EXPECT_FALSE(note.all_services);
  // Free text is guarded again on the way out; codes and services are never formulas.
  EXPECT_THAT(write_columns(note_spec, note),
              ElementsAre("my-note", "'=SUM(A1)", "CC6.1;CC7.2", "insights;payroll"));
}

TEST_F(Columns, AStarIsEveryServiceAndWritesBackAsAStar) {
  ASSERT_TRUE(read({"my-note", "", "", "*"}));
  EXPECT_TRUE(note.all_services);
  EXPECT_TRUE(note.services.empty());
  EXPECT_EQ(write_columns(note_spec, note)[3], "*");
}

TEST_F(Columns, AnUnusableKeyStopsTheRowBeforeTheOtherColumns) {
  EXPECT_FALSE(read({"My Note", "text", "CC9.9", ""}));
  EXPECT_THAT(messages(findings),
              ElementsAre("note: 'My Note' is not a slug; expected lower-case letters, digits and "
                          "'-', starting with a letter or digit (e.g. my-note)"));
  EXPECT_EQ(note.text, "");
}

TEST_F(Columns, ASlugHasAtMost64Characters) {
  const std::string long_slug(65, 'a');
  EXPECT_FALSE(read({long_slug}));
  EXPECT_THAT(messages(findings), ElementsAre("note: '" + long_slug +
                                              "' is 65 characters long; a slug has at most 64"));
}

TEST_F(Columns, TheOtherColumnsReportEachProblemAtItsColumn) {
  ASSERT_TRUE(read({"my-note", "", "CC6.1;CO1", ""}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].column, 2u);
  EXPECT_EQ(findings[1].column, 3u);
  EXPECT_EQ(findings[1].message, "services: expected the services it is about, or * for all");
}

}  // namespace
}  // namespace socready::import

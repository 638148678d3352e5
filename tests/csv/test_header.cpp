#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "csv/header.hpp"
#include "csv/reader.hpp"

namespace socready::csv {
namespace {

constexpr std::string_view known[] = {"control_id", "title", "description", "owner"};
constexpr std::string_view required[] = {"control_id"};

struct Parsed {
  std::istringstream in;
  Reader reader;
  Header header;
  explicit Parsed(const std::string& text)
      : in(text), reader(in, "controls.csv"), header(reader, known, required) {}
};

// The error the header of `text` raises, as printed.
std::string header_error(const std::string& text) {
  std::istringstream in(text);
  Reader reader(in, "controls.csv");
  try {
    Header header(reader, known, required);
  } catch (const InputError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no error for: " << text;
  return {};
}

TEST(Header, MapsColumnsInAnyOrder) {
  Parsed p("title,control_id\nT,C\n");
  EXPECT_EQ(p.header.width(), 2u);
  EXPECT_EQ(p.header.index("control_id"), 1u);
  EXPECT_EQ(p.header.index("title"), 0u);
  EXPECT_EQ(p.header.index("owner"), std::nullopt);
  EXPECT_TRUE(p.header.has("title"));
  EXPECT_FALSE(p.header.has("owner"));
  ASSERT_TRUE(p.reader.next());  // the reader continues with the first data row
  EXPECT_EQ(p.reader.field(*p.header.index("control_id")), "C");
}

TEST(Header, MatchesNamesIgnoringCaseAndPadding) {
  Parsed p("\xEF\xBB\xBF Control_ID ,\"TITLE\",\tOwner\t\n");
  EXPECT_EQ(p.header.index("control_id"), 0u);
  EXPECT_EQ(p.header.index("title"), 1u);
  EXPECT_EQ(p.header.index("owner"), 2u);
  EXPECT_EQ(p.header.index("OWNER"), 2u);
  EXPECT_EQ(p.header.index("description"), std::nullopt);
}

TEST(Header, FindsTheHeaderAfterBlankLines) {
  Parsed p("\n\ncontrol_id\nx\n");
  EXPECT_EQ(p.header.index("control_id"), 0u);
}

TEST(Header, RejectsAnEmptyFile) {
  const std::string expected =
      "controls.csv:1: error: the file is empty; expected a header row with columns: "
      "control_id, title, description, owner";
  EXPECT_EQ(header_error(""), expected);
  EXPECT_EQ(header_error("\xEF\xBB\xBF\r\n\r\n"), expected);
}

TEST(Header, SuggestsTheNearestNameForAnUnknownColumn) {
  EXPECT_EQ(header_error("control_id,Titel\n"),
            "controls.csv:1:12: error: unknown column 'Titel'; did you mean 'title'?");
  EXPECT_EQ(header_error("control_id, descripton \n"),
            "controls.csv:1:12: error: unknown column 'descripton'; did you mean 'description'?");
}

TEST(Header, ListsTheKnownColumnsWhenNothingIsClose) {
  EXPECT_EQ(header_error("control_id,priority\n"),
            "controls.csv:1:12: error: unknown column 'priority'; expected one of: control_id, "
            "title, description, owner");
}

TEST(Header, RejectsAnEmptyColumnName) {
  EXPECT_EQ(header_error("control_id,title,\n"),
            "controls.csv:1:18: error: empty column name; expected one of: control_id, title, "
            "description, owner");
}

TEST(Header, RejectsADuplicateColumn) {
  EXPECT_EQ(header_error("control_id,title,owner,Title\n"),
            "controls.csv:1:24: error: duplicate column 'title' (also column 2 of the header); "
            "expected each column once");
}

TEST(Header, RejectsAMissingRequiredColumn) {
  EXPECT_EQ(header_error("\ntitle,owner\n"),
            "controls.csv:2:1: error: missing required column 'control_id'; the header needs: "
            "control_id");
}

TEST(Header, ChecksTheWidthOfEachRecord) {
  Parsed p("control_id,title,owner\nA,b,c\nB,b\nC,b,c,d\n\"D\nx\",b,c\n");
  ASSERT_TRUE(p.reader.next());
  EXPECT_EQ(p.header.check_width(p.reader), std::nullopt);

  ASSERT_TRUE(p.reader.next());
  auto problem = p.header.check_width(p.reader);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->where.file, "controls.csv");
  EXPECT_EQ(problem->where.line, 3u);
  EXPECT_EQ(problem->where.column, 1u);
  EXPECT_EQ(problem->message, "expected 3 fields as in the header, found 2");

  ASSERT_TRUE(p.reader.next());
  problem = p.header.check_width(p.reader);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->where.line, 4u);
  EXPECT_EQ(problem->message, "expected 3 fields as in the header, found 4");

  ASSERT_TRUE(p.reader.next());
  EXPECT_EQ(p.header.check_width(p.reader), std::nullopt);
  EXPECT_FALSE(p.reader.next());
}

TEST(Header, SaysFieldInTheSingular) {
  Parsed p("control_id\na,b\n");
  ASSERT_TRUE(p.reader.next());
  const auto problem = p.header.check_width(p.reader);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->message, "expected 1 field as in the header, found 2");
}

}  // namespace
}  // namespace socready::csv

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "csv/reader.hpp"
#include "csv/writer.hpp"

namespace socready::csv {
namespace {

std::string write_row(std::initializer_list<std::string_view> fields) {
  std::ostringstream out;
  Writer w(out);
  w.row(fields);
  return out.str();
}

TEST(Writer, WritesPlainFieldsWithCrlf) {
  EXPECT_EQ(write_row({"id", "category", "series", "title"}), "id,category,series,title\r\n");
}

TEST(Writer, LeavesEmptyFieldsUnquoted) {
  EXPECT_EQ(write_row({"a", "", "b"}), "a,,b\r\n");
  EXPECT_EQ(write_row({"", ""}), ",\r\n");
}

TEST(Writer, QuotesARowOfOneEmptyFieldSoItIsNotABlankLine) {
  EXPECT_EQ(write_row({""}), "\"\"\r\n");
}

TEST(Writer, QuotesFieldsThatNeedIt) {
  EXPECT_EQ(write_row({"a,b"}), "\"a,b\"\r\n");
  EXPECT_EQ(write_row({"say \"hi\""}), "\"say \"\"hi\"\"\"\r\n");
  EXPECT_EQ(write_row({"\""}), "\"\"\"\"\r\n");
  EXPECT_EQ(write_row({"line\nbreak"}), "\"line\nbreak\"\r\n");
  EXPECT_EQ(write_row({"line\r\nbreak"}), "\"line\r\nbreak\"\r\n");
  EXPECT_EQ(write_row({"cr\ronly"}), "\"cr\ronly\"\r\n");
  EXPECT_EQ(write_row({" leading"}), "\" leading\"\r\n");
  EXPECT_EQ(write_row({"trailing "}), "\"trailing \"\r\n");
  EXPECT_EQ(write_row({"\ttab"}), "\"\ttab\"\r\n");
  EXPECT_EQ(write_row({" "}), "\" \"\r\n");
}

TEST(Writer, DoesNotQuoteInnerSpacesOrOtherPunctuation) {
  EXPECT_EQ(write_row({"two words", "a;b", "x|y", "it's", "<b>"}),
            "two words,a;b,x|y,it's,<b>\r\n");
}

TEST(Writer, AcceptsASpanOfStrings) {
  std::ostringstream out;
  Writer w(out);
  const std::vector<std::string> fields = {"a", "b,c", ""};
  w.row(fields);
  w.row(std::vector<std::string>{});
  w.row(std::vector<std::string>{""});
  EXPECT_EQ(out.str(), "a,\"b,c\",\r\n\r\n\"\"\r\n");
}

TEST(Writer, RoundTripsHostileStringsThroughTheReader) {
  const std::vector<std::string> hostile = {
      "",
      "plain",
      "comma, inside",
      "\"",
      "\"\"",
      "\"quoted\"",
      "trailing quote\"",
      "a\"b",
      "line\nfeed",
      "carriage\rreturn",
      "crlf\r\ninside",
      "\r\n",
      "\n\n\n",
      " leading and trailing ",
      "\t",
      "pipes | and ; semicolons",
      "<script>alert('x')</script>",
      "=cmd|' /C calc'!A0",
      "'quoted",
      "unicode: ÄÖÜ ß é 日本語 🚀 ∑",
      "\xEF\xBB\xBF"
      "bom in the middle",
      ",,,",
      "a,\"b\",c\r\nd",
  };
  std::ostringstream out;
  Writer w(out);
  // Every string alone, then all of them side by side in one record.
  for (const auto& s : hostile) w.row(std::vector<std::string>{s});
  w.row(hostile);
  w.row(std::vector<std::string>{"", ""});

  std::istringstream in(out.str());
  Reader r(in, "round.csv");
  for (const auto& s : hostile) {
    ASSERT_TRUE(r.next()) << s;
    ASSERT_EQ(r.size(), 1u) << s;
    EXPECT_EQ(r.field(0), s);
  }
  ASSERT_TRUE(r.next());
  ASSERT_EQ(r.size(), hostile.size());
  for (std::size_t i = 0; i < hostile.size(); ++i) EXPECT_EQ(r.field(i), hostile[i]);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.size(), 2u);
  EXPECT_FALSE(r.next());
}

}  // namespace
}  // namespace socready::csv

#include <gtest/gtest.h>

#include <string>

#include "report/markdown.hpp"

namespace socready::report {
namespace {

// '|' characters that still separate cells: those not escaped with a backslash.
int unescaped_pipes(const std::string& s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == '|' && (i == 0 || s[i - 1] != '\\')) ++n;
  return n;
}

TEST(MarkdownEscape, PlainTextIsUnchanged) {
  EXPECT_EQ(md_text("Payroll Engine"), "Payroll Engine");
  EXPECT_EQ(md_cell("order-to-cash 2.0"), "order-to-cash 2.0");
  EXPECT_EQ(md_cell("Zoë Ünal"), "Zoë Ünal");  // UTF-8 passes through
  EXPECT_EQ(md_text(""), "");
}

TEST(MarkdownEscape, PipesCannotSplitACell) {
  EXPECT_EQ(md_cell("a|b"), "a\\|b");
  EXPECT_EQ(unescaped_pipes(md_cell("| x | y |")), 0);
  // A backslash before the pipe must not be able to cancel the pipe's own escape.
  EXPECT_EQ(md_cell("a\\|b"), "a\\\\\\|b");
}

TEST(MarkdownEscape, LineBreaksAndControlCharactersBecomeOneLine) {
  EXPECT_EQ(md_cell("one\ntwo\r\nthree\rfour"), "one two three four");
  EXPECT_EQ(md_text("  padded\t\tname  "), "padded name");
  EXPECT_EQ(md_cell(std::string("bell\a null") + '\0' + "x\x1b[31m"), "bell nullx\\[31m");
  EXPECT_EQ(md_cell("a\xe2\x80\xa8"
                    "b"),
            "a b");  // U+2028 LINE SEPARATOR
  // Bidirectional overrides could make a name display as something else.
  EXPECT_EQ(md_cell("ab\xe2\x80\xae"
                    "cd"),
            "abcd");
  EXPECT_EQ(md_cell("x\x7f"
                    "y"),
            "xy");
}

TEST(MarkdownEscape, HtmlBecomesEntities) {
  EXPECT_EQ(md_cell("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  // A lone '&' is text and stays readable; only what would parse as a reference is escaped.
  EXPECT_EQ(md_text("R&D <b>"), "R&D &lt;b&gt;");
  EXPECT_EQ(md_text("Legal & Privacy"), "Legal & Privacy");
  EXPECT_EQ(md_text("&#60;"), "&amp;\\#60;");
  EXPECT_EQ(md_text("AT&T; B&B"), "AT&amp;T; B&B");
  // An entity typed by the user shows as typed, not as the character it names.
  EXPECT_EQ(md_text("&lt;"), "&amp;lt;");
}

TEST(MarkdownEscape, LinksImagesEmphasisAndCodeAreLiteral) {
  // With the brackets escaped, "](" never forms, so parentheses and '!' stay readable.
  EXPECT_EQ(md_text("[x](http://evil)"), "\\[x\\](http\\://evil)");
  EXPECT_EQ(md_text("![img](http://evil/p.png)"), "!\\[img\\](http\\://evil/p.png)");
  EXPECT_EQ(md_text("Billing (EU)"), "Billing (EU)");
  EXPECT_EQ(md_text("1) first"), "1\\) first");
  EXPECT_EQ(md_text("`rm -rf`"), "\\`rm -rf\\`");
  EXPECT_EQ(md_text("**bold** _it_ ~~gone~~"), "\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~");
  EXPECT_EQ(md_text("a\\b"), "a\\\\b");
  EXPECT_EQ(md_text("cost $5 to $6"), "cost \\$5 to \\$6");  // GitHub math
}

TEST(MarkdownEscape, BareAddressesAreNotAutolinked) {
  EXPECT_EQ(md_cell("see https://evil.example/x"), "see https\\://evil.example/x");
  EXPECT_EQ(md_cell("www.evil.example"), "www\\.evil.example");
  EXPECT_EQ(md_cell("go to WWW.evil.example"), "go to WWW\\.evil.example");
  // Ordinary colons and dots are left alone.
  EXPECT_EQ(md_cell("Billing: EU v2.1 awww.x"), "Billing: EU v2.1 awww.x");
}

TEST(MarkdownEscape, EmailAddressesAreNotAutolinked) {
  EXPECT_EQ(md_cell("owner: jane.doe+soc@example.com"), "owner: jane.doe+soc\\@example.com");
  EXPECT_EQ(md_text("a_b@x.io"), "a\\_b\\@x.io");
  // An '@' that starts no address stays as it is.
  EXPECT_EQ(md_cell("@team, meet @ 10"), "@team, meet @ 10");
}

TEST(MarkdownEscape, ZeroWidthAndDirectionMarksAreDropped) {
  // Zero-width space, non-joiner, joiner, LRM, RLM, word joiner, invisible times, ALM, BOM.
  for (const char* mark : {"\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\u2062",
                           "\u061C", "\uFEFF", "\u202E", "\u2067"})
    EXPECT_EQ(md_cell(std::string("pay") + mark + "roll"), "payroll") << mark;
  // Visible neighbours of those code points are kept.
  EXPECT_EQ(md_cell("\u2010dash\u2065"), "\u2010dash\u2065");
}

TEST(MarkdownEscape, LeadingBlockMarkersAreNeutralisedInText) {
  EXPECT_EQ(md_text("# Boom"), "\\# Boom");
  EXPECT_EQ(md_text("> quoted"), "&gt; quoted");
  EXPECT_EQ(md_text("- item"), "\\- item");
  EXPECT_EQ(md_text("+ item"), "\\+ item");
  EXPECT_EQ(md_text("---"), "\\---");
  EXPECT_EQ(md_text("2026. A year"), "2026\\. A year");
  EXPECT_EQ(md_text("1) first"), "1\\) first");
  EXPECT_EQ(md_text("7."), "7\\.");
  EXPECT_EQ(md_text("1.5 GB of logs"), "1.5 GB of logs");
  EXPECT_EQ(md_text("  - after spaces"), "\\- after spaces");
  // Only at the start: inside a line these are ordinary.
  EXPECT_EQ(md_text("a - b + c 1. d"), "a - b + c 1. d");
  // A line break inside the value cannot start a heading on a line of its own.
  EXPECT_EQ(md_text("name\n# Heading"), "name \\# Heading");
}

TEST(MarkdownEscape, CellsKeepLeadingMarkersReadable) {
  EXPECT_EQ(md_cell("- not a list in a cell"), "- not a list in a cell");
  EXPECT_EQ(md_cell("# still escaped"), "\\# still escaped");
}

TEST(MarkdownFileName, SafeSlugsAreKept) {
  EXPECT_EQ(safe_file_name("payroll"), "payroll");
  EXPECT_EQ(safe_file_name("api-gateway-2"), "api-gateway-2");
}

TEST(MarkdownFileName, CannotLeaveTheFolder) {
  EXPECT_EQ(safe_file_name("../etc"), "etc");
  EXPECT_EQ(safe_file_name("../../etc/passwd"), "etc-passwd");
  EXPECT_EQ(safe_file_name("/abs/path"), "abs-path");
  EXPECT_EQ(safe_file_name(".hidden"), "hidden");
  EXPECT_EQ(safe_file_name("a\\b"), "a-b");
  EXPECT_EQ(safe_file_name("-rf"), "rf");
  for (const char* hostile : {"..", "../", "/", ".", "a/../../b", "C:\\x", "x\ny", "é"}) {
    const std::string name = safe_file_name(hostile);
    EXPECT_FALSE(name.empty()) << hostile;
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos)
        << hostile;
    EXPECT_NE(name.front(), '-') << hostile;
  }
}

TEST(MarkdownFileName, FallbackLengthAndCase) {
  EXPECT_EQ(safe_file_name(""), "service");
  EXPECT_EQ(safe_file_name("..."), "service");
  EXPECT_EQ(safe_file_name("Billing EU"), "billing-eu");
  EXPECT_EQ(safe_file_name(std::string(100, 'a')), std::string(64, 'a'));
  EXPECT_EQ(safe_file_name("con"), "con-service");  // a device name on Windows
  EXPECT_EQ(safe_file_name("console"), "console");
}

}  // namespace
}  // namespace socready::report

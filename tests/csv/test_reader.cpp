#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "csv/reader.hpp"

namespace socready::csv {
namespace {

using Records = std::vector<std::vector<std::string>>;

Records parse(const std::string& text, Limits limits = {}) {
  std::istringstream in(text);
  Reader r(in, "t.csv", limits);
  Records records;
  while (r.next()) {
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < r.size(); ++i) fields.emplace_back(r.field(i));
    records.push_back(std::move(fields));
  }
  return records;
}

struct Failure {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string message;
  std::string what;
};

// Parses `text` to the end, expecting an InputError, and returns where and what it said.
Failure failure(const std::string& text, Limits limits = {}) {
  std::istringstream in(text);
  Reader r(in, "t.csv", limits);
  try {
    while (r.next()) {
    }
  } catch (const InputError& e) {
    const Diagnostic& d = e.diagnostics().at(0);
    EXPECT_EQ(d.where.file, "t.csv");
    return {d.where.line, d.where.column, d.message, e.what()};
  }
  ADD_FAILURE() << "no error for: " << text;
  return {};
}

#define EXPECT_FAILS_AT(text, line_, column_, fragment)                 \
  do {                                                                  \
    const Failure f_ = failure(text);                                   \
    EXPECT_EQ(f_.line, std::size_t{line_}) << f_.what;                  \
    EXPECT_EQ(f_.column, std::size_t{column_}) << f_.what;              \
    EXPECT_NE(f_.message.find(fragment), std::string::npos) << f_.what; \
  } while (false)

// ---- well-formed input

TEST(Reader, ReadsSimpleRecords) {
  EXPECT_EQ(parse("a,b,c\n1,2,3\n"), (Records{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(Reader, ReadsCrlfLineEnds) {
  EXPECT_EQ(parse("a,b\r\nc,d\r\n"), (Records{{"a", "b"}, {"c", "d"}}));
}

TEST(Reader, ReadsALoneCrAsALineEndOutsideQuotes) {
  EXPECT_EQ(parse("a,b\rc,d\r"), (Records{{"a", "b"}, {"c", "d"}}));
}

TEST(Reader, ReadsTheLastRecordWithoutAFinalNewline) {
  EXPECT_EQ(parse("a,b\nc,d"), (Records{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(parse("a,\"b\""), (Records{{"a", "b"}}));
  EXPECT_EQ(parse("x"), (Records{{"x"}}));
}

TEST(Reader, ReadsEmptyFields) {
  EXPECT_EQ(parse(",,\n"), (Records{{"", "", ""}}));
  EXPECT_EQ(parse("a,,b\n"), (Records{{"a", "", "b"}}));
  EXPECT_EQ(parse("a,\n"), (Records{{"a", ""}}));
  EXPECT_EQ(parse("a,"), (Records{{"a", ""}}));
  EXPECT_EQ(parse(",a"), (Records{{"", "a"}}));
  EXPECT_EQ(parse("\"\",\"\"\n"), (Records{{"", ""}}));
  EXPECT_EQ(parse("\"\"\n"), (Records{{""}}));  // quoted, so not a blank line
}

TEST(Reader, KeepsSpacesAroundFields) {
  EXPECT_EQ(parse("  \n a , b \n"), (Records{{"  "}, {" a ", " b "}}));
}

TEST(Reader, SkipsBlankLinesAnywhere) {
  const std::string text = "\n\na\n\n\nb\r\n\r\n\rc\n\n\n\n";
  std::istringstream in(text);
  Reader r(in, "t.csv");
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.field(0), "a");
  EXPECT_EQ(r.line(), 3u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.field(0), "b");
  EXPECT_EQ(r.line(), 6u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.field(0), "c");
  EXPECT_EQ(r.line(), 9u);
  EXPECT_FALSE(r.next());
  EXPECT_FALSE(r.next());  // stays at the end
}

TEST(Reader, ReadsNothingFromEmptyOrBlankInput) {
  EXPECT_TRUE(parse("").empty());
  EXPECT_TRUE(parse("\n\r\n\n").empty());
  EXPECT_TRUE(parse("\xEF\xBB\xBF").empty());
  EXPECT_TRUE(parse("\xEF\xBB\xBF\r\n").empty());
}

TEST(Reader, ReadsQuotedFieldsWithCommasAndDoubledQuotes) {
  EXPECT_EQ(parse("\"a,b\",c\n"), (Records{{"a,b", "c"}}));
  EXPECT_EQ(parse("\"say \"\"hi\"\"\",x\n"), (Records{{"say \"hi\"", "x"}}));
  EXPECT_EQ(parse("\"\"\"\"\n"), (Records{{"\""}}));
  EXPECT_EQ(parse("\"\"\"\"\"\"\n"), (Records{{"\"\""}}));
}

TEST(Reader, KeepsNewlinesInsideQuotesAsTheyAre) {
  EXPECT_EQ(parse("\"a\nb\",c\n"), (Records{{"a\nb", "c"}}));
  EXPECT_EQ(parse("\"a\r\nb\"\r\n"), (Records{{"a\r\nb"}}));
  EXPECT_EQ(parse("\"a\rb\"\n"), (Records{{"a\rb"}}));
  EXPECT_EQ(parse("\"\n\n\"\n"), (Records{{"\n\n"}}));
}

TEST(Reader, CountsLinesInsideQuotedFields) {
  const std::string text =
      "id,text\n"
      "1,\"first\nsecond\r\nthird\rfourth\"\n"
      "2,\"x\nbc\",d\n"
      "3,end\n";
  std::istringstream in(text);
  Reader r(in, "t.csv");
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.line(), 1u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.line(), 2u);
  EXPECT_EQ(r.field(1), "first\nsecond\r\nthird\rfourth");
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.line(), 6u);  // LF, CRLF and lone CR each ended one line
  EXPECT_EQ(r.location(0).line, 6u);
  EXPECT_EQ(r.location(1).line, 6u);
  EXPECT_EQ(r.location(1).column, 3u);
  // The field after a multi-line one starts on the line where that one closed: `bc",d`.
  EXPECT_EQ(r.location(2).line, 7u);
  EXPECT_EQ(r.location(2).column, 5u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.line(), 8u);
  EXPECT_EQ(r.field(1), "end");
  EXPECT_FALSE(r.next());
}

TEST(Reader, ReportsFieldLocations) {
  std::istringstream in("a,bb,\"c\",\n\"x,y\",z\n");
  Reader r(in, "dir/file.csv");
  ASSERT_TRUE(r.next());
  const Location l = r.location(2);
  EXPECT_EQ(l.file, "dir/file.csv");
  EXPECT_EQ(l.line, 1u);
  EXPECT_EQ(l.column, 6u);  // the opening quote
  EXPECT_EQ(r.location(0).column, 1u);
  EXPECT_EQ(r.location(1).column, 3u);
  EXPECT_EQ(r.location(3).column, 10u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.location(1).line, 2u);
  EXPECT_EQ(r.location(1).column, 7u);
  EXPECT_EQ(r.file_name(), "dir/file.csv");
}

TEST(Reader, CountsColumnsInCharactersNotBytes) {
  std::istringstream in("é,ü,x\n日本,語,🚀,z\n");
  Reader r(in, "t.csv");
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.location(1).column, 3u);
  EXPECT_EQ(r.location(2).column, 5u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.field(0), "日本");
  EXPECT_EQ(r.location(1).column, 4u);
  EXPECT_EQ(r.location(2).column, 6u);
  EXPECT_EQ(r.location(3).column, 8u);
}

TEST(Reader, OutOfRangeFieldsAreEmptyAndLocatedAtTheRecord) {
  std::istringstream in("\n\na,b\n");
  Reader r(in, "t.csv");
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.field(2), "");
  EXPECT_EQ(r.location(7).line, 3u);
  EXPECT_EQ(r.location(7).column, 1u);
}

TEST(Reader, SkipsAUtf8ByteOrderMark) {
  std::istringstream in("\xEF\xBB\xBFid,name\n1,x\n");
  Reader r(in, "t.csv");
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.field(0), "id");
  EXPECT_EQ(r.location(0).column, 1u);
  EXPECT_EQ(r.location(1).column, 4u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.line(), 2u);
  // Only at the very start: elsewhere it is an ordinary character.
  EXPECT_EQ(parse("a\n\xEF\xBB\xBF"
                  "b\n"),
            (Records{{"a"},
                     {"\xEF\xBB\xBF"
                      "b"}}));
  EXPECT_EQ(parse("\xEF\xBB\xBF\"q\"\n"), (Records{{"q"}}));
}

TEST(Reader, BytesReadReachesTheInputSize) {
  const std::string text = "a,b\n\"c\nd\",e\n\n";
  std::istringstream in(text);
  Reader r(in, "t.csv");
  EXPECT_EQ(r.bytes_read(), 0u);
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.bytes_read(), 4u);
  while (r.next()) {
  }
  EXPECT_EQ(r.bytes_read(), text.size());
}

// ---- malformed input: every error names the exact place

TEST(ReaderErrors, UnterminatedQuotedFieldPointsAtTheOpeningQuote) {
  EXPECT_FAILS_AT("a,b\nc,\"open\nmore\n", 2, 3,
                  "unterminated quoted field (opened here); expected a closing '\"'");
  EXPECT_FAILS_AT("\"", 1, 1, "unterminated quoted field");
  EXPECT_FAILS_AT("é,\"x\"\"", 1, 3, "unterminated quoted field");
}

TEST(ReaderErrors, MessageHasTheCompilerStyleLocation) {
  const Failure f = failure("a,b\nc,\"open\n");
  EXPECT_EQ(f.what,
            "t.csv:2:3: error: unterminated quoted field (opened here); expected a closing '\"'");
}

TEST(ReaderErrors, TextAfterAClosingQuote) {
  EXPECT_FAILS_AT("\"ab\"c\n", 1, 5, "unexpected 'c' after the closing quote");
  EXPECT_FAILS_AT("\"ab\"c\n", 1, 5, "expected ',' or the end of the line");
  EXPECT_FAILS_AT("x,\"ab\" ,y\n", 1, 7, "unexpected ' ' after the closing quote");
  EXPECT_FAILS_AT("ok\n\"a\nb\"\tc\n", 3, 3, "unexpected U+0009 after the closing quote");
  EXPECT_FAILS_AT("\"ab\"é\n", 1, 5, "unexpected 'é' after the closing quote");
  EXPECT_FAILS_AT("\"ab\"\xFF\n", 1, 5, "invalid UTF-8");
}

TEST(ReaderErrors, BareQuoteInAnUnquotedField) {
  EXPECT_FAILS_AT("ab\"c\n", 1, 3, "unexpected '\"' in an unquoted field");
  EXPECT_FAILS_AT("x,y\nz,ab\"\n", 2, 5, "unexpected '\"' in an unquoted field");
  EXPECT_FAILS_AT(" \"a\"\n", 1, 2, "expected the whole field in quotes");
}

TEST(ReaderErrors, NulByte) {
  EXPECT_FAILS_AT(std::string("a,b\0c\n", 6), 1, 4, "unexpected NUL byte");
  EXPECT_FAILS_AT(std::string("ok\n\"a\0\"\n", 8), 2, 3, "unexpected NUL byte");
  EXPECT_FAILS_AT(std::string("\0", 1), 1, 1, "unexpected NUL byte");
}

TEST(ReaderErrors, Utf16IsRecognised) {
  EXPECT_FAILS_AT(std::string("\xFF\xFE"
                              "a\0",
                              4),
                  1, 1, "the file is UTF-16");
  EXPECT_FAILS_AT(std::string("\xFE\xFF\0a", 4), 1, 1, "the file is UTF-16");
}

TEST(ReaderErrors, InvalidUtf8PointsAtTheBadCharacter) {
  // A stray continuation byte.
  EXPECT_FAILS_AT("a,\x80\n", 1, 3, "unexpected continuation byte 0x80");
  EXPECT_FAILS_AT("é\x80\n", 1, 2, "unexpected continuation byte 0x80");
  // Windows-1252 "café": 0xE9 opens a 3-byte sequence that ',' breaks.
  EXPECT_FAILS_AT("id\ncaf\xE9,x\n", 2, 4, "byte 0xE9 is followed by 0x2C");
  EXPECT_FAILS_AT(
      "\xC3"
      "A\n",
      1, 1, "not by a continuation byte");
  // Overlong forms.
  EXPECT_FAILS_AT("x\xC0\xAF\n", 1, 2, "overlong encoding starting with byte 0xC0");
  EXPECT_FAILS_AT("x\xC1\xBF\n", 1, 2, "overlong encoding");
  EXPECT_FAILS_AT("x\xE0\x80\xAF\n", 1, 2, "overlong encoding starting with bytes 0xE0 0x80");
  EXPECT_FAILS_AT("x\xF0\x80\x80\xAF\n", 1, 2, "overlong encoding starting with bytes 0xF0 0x80");
  // UTF-16 surrogates encoded as UTF-8.
  EXPECT_FAILS_AT("ab\xED\xA0\x80\n", 1, 3, "encoded surrogate starting with bytes 0xED 0xA0");
  EXPECT_FAILS_AT("ab\xED\xBF\xBF\n", 1, 3, "encoded surrogate");
  // Beyond U+10FFFF, and bytes that never occur.
  EXPECT_FAILS_AT("\xF4\x90\x80\x80\n", 1, 1, "code point above U+10FFFF");
  EXPECT_FAILS_AT("\xF5\x80\x80\x80\n", 1, 1, "byte 0xF5 never appears in UTF-8");
  EXPECT_FAILS_AT("a\xFF\n", 1, 2, "byte 0xFF never appears in UTF-8");
  // Cut off by the end of the input, and inside quotes.
  EXPECT_FAILS_AT("ab\xE2\x82", 1, 3, "cut off by the end of the file");
  EXPECT_FAILS_AT("\"é\xFF\"\n", 1, 3, "byte 0xFF never appears");
  EXPECT_FAILS_AT("\"a\nb\xE2\x82\"\n", 2, 2, "byte 0xE2 is followed by 0x22");
  // Every message tells the user what to do.
  EXPECT_FAILS_AT("\xE9", 1, 1, "expected UTF-8 text (in Excel, save as \"CSV UTF-8\")");
}

TEST(ReaderErrors, AcceptsTheEdgesOfValidUtf8) {
  const std::string edges =
      "\xC2\x80,\xDF\xBF,\xE0\xA0\x80,\xED\x9F\xBF,\xEE\x80\x80,\xEF\xBF\xBF,"
      "\xF0\x90\x80\x80,\xF4\x8F\xBF\xBF\n";
  const Records r = parse(edges);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].size(), 8u);
  EXPECT_EQ(r[0][7], "\xF4\x8F\xBF\xBF");
}

// ---- limits

TEST(ReaderLimits, FieldAtTheLimitPassesAndOneByteMoreFails) {
  Limits limits;
  limits.max_field_bytes = 8;
  EXPECT_EQ(parse("12345678,x\n", limits), (Records{{"12345678", "x"}}));
  // Counted after unquoting: 1234"567 is 8 bytes.
  EXPECT_EQ(parse("\"1234\"\"567\"\n", limits), (Records{{"1234\"567"}}));
  EXPECT_EQ(parse("\"日本\"\n", limits), (Records{{"日本"}}));  // 6 bytes

  Failure f = failure("123456789,x\n", limits);
  EXPECT_EQ(f.line, 1u);
  EXPECT_EQ(f.column, 1u);
  EXPECT_NE(f.message.find("field is longer than 8 bytes; expected at most 8"), std::string::npos);
  f = failure("ok\nab,\"12345\n6789\"\n", limits);
  EXPECT_EQ(f.line, 2u);
  EXPECT_EQ(f.column, 4u);
  EXPECT_NE(f.message.find("is a closing quote missing?"), std::string::npos);
  f = failure("x,1234567日\n", limits);  // the multi-byte character crosses the limit
  EXPECT_EQ(f.line, 1u);
  EXPECT_EQ(f.column, 3u);
}

TEST(ReaderLimits, RecordAtTheLimitPassesAndOneByteMoreFails) {
  Limits limits;
  limits.max_record_bytes = 10;
  EXPECT_EQ(parse("12345,12345\n", limits), (Records{{"12345", "12345"}}));
  Failure f = failure("12345,123456\n", limits);
  EXPECT_EQ(f.line, 1u);
  EXPECT_EQ(f.column, 1u);
  EXPECT_NE(f.message.find("record is longer than 10 bytes; expected at most 10"),
            std::string::npos);
  f = failure("a\n\nb,\"12345\n12345\"\n", limits);
  EXPECT_EQ(f.line, 3u);
  EXPECT_EQ(f.column, 1u);
}

TEST(ReaderLimits, FieldCountAtTheLimitPassesAndOneMoreFails) {
  Limits limits;
  limits.max_fields = 3;
  EXPECT_EQ(parse("a,b,c\n", limits), (Records{{"a", "b", "c"}}));
  EXPECT_EQ(parse(",,", limits), (Records{{"", "", ""}}));
  Failure f = failure("a,b,c,d\n", limits);
  EXPECT_EQ(f.line, 1u);
  EXPECT_EQ(f.column, 7u);
  EXPECT_NE(f.message.find("record has more than 3 fields; expected at most 3"), std::string::npos);
  f = failure("x\na,b,c,\n", limits);  // a trailing comma opens a fourth, empty field
  EXPECT_EQ(f.line, 2u);
  EXPECT_EQ(f.column, 7u);
}

TEST(ReaderLimits, DefaultsAreGenerous) {
  const Limits limits;
  EXPECT_EQ(limits.max_field_bytes, 1u << 20);
  EXPECT_EQ(limits.max_record_bytes, 8u << 20);
  EXPECT_EQ(limits.max_fields, 4096u);
  const std::string big(1u << 20, 'x');
  const Records r = parse("\"" + big + "\"," + big + "\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0][0].size(), big.size());
  EXPECT_EQ(failure(big + "y").column, 1u);
}

// ---- input that crosses the reader's internal chunk boundaries

TEST(Reader, HandlesEverySyntaxElementAcrossChunkBoundaries) {
  // The reader reads 256 KiB at a time. Sliding a tricky tail across that boundary one byte
  // at a time puts each of its pieces (CRLF inside and outside quotes, a lone CR, a doubled
  // quote, multi-byte characters, a trailing comma) on the seam.
  constexpr std::size_t chunk = 256 * 1024;
  const std::string tail = "a,\"q\"\"r\",\"x\r\ny\rz\",日本🚀\r\n\"\"\r\n\r\nz,\ré,";
  for (std::size_t shift = 0; shift <= tail.size(); ++shift) {
    const std::string pad(chunk - 1 - shift, 'p');  // tail[shift] is the first byte of chunk 2
    const Records r = parse(pad + "\n" + tail);
    ASSERT_EQ(r.size(), 5u) << shift;
    EXPECT_EQ(r[0][0], pad);
    EXPECT_EQ(r[1], (std::vector<std::string>{"a", "q\"r", "x\r\ny\rz", "日本🚀"})) << shift;
    EXPECT_EQ(r[2], (std::vector<std::string>{""})) << shift;
    EXPECT_EQ(r[3], (std::vector<std::string>{"z", ""})) << shift;
    EXPECT_EQ(r[4], (std::vector<std::string>{"é", ""})) << shift;
  }
}

TEST(ReaderErrors, ReportsExactLocationsAcrossChunkBoundaries) {
  constexpr std::size_t chunk = 256 * 1024;
  // Line 3 is `x""",日` and then the bad character, at column 7.
  const std::string tail = "\"é\r\nx\"\"\",日\xE2\x82x";
  for (std::size_t shift = 0; shift <= tail.size(); ++shift) {
    const std::string pad(chunk - 1 - shift, 'p');
    const Failure f = failure(pad + "\n" + tail);
    EXPECT_EQ(f.line, 3u) << shift;
    EXPECT_EQ(f.column, 7u) << shift;
    EXPECT_NE(f.message.find("byte 0xE2 is followed by 0x78"), std::string::npos) << f.what;
  }
}

// ---- streaming: a large input never held in memory

// Produces `rows` CSV records on demand, a buffer at a time, like a file on disk would.
class GeneratedCsv : public std::streambuf {
 public:
  explicit GeneratedCsv(std::size_t rows) : rows_(rows) {}
  std::size_t bytes() const { return bytes_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    buffer_.clear();
    while (buffer_.size() < 60000 && next_ <= rows_) {
      if (next_ == 0) {
        buffer_ +=
            "\xEF\xBB\xBF"
            "control_id,title,description,owner,note\r\n";
      } else {
        const std::string n = std::to_string(next_);
        buffer_ += "CTL-" + n + ",Quarterly access review " + n +
                   ",\"Reviews, approves and \"\"revokes\"\"\r\naccess; évidence kept\",owner" + n +
                   "@example.com,\r\n";
        if (next_ % 1000 == 0) buffer_ += "\r\n";  // blank lines mixed in
      }
      ++next_;
    }
    if (buffer_.empty()) return traits_type::eof();
    bytes_ += buffer_.size();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + buffer_.size());
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::size_t rows_;
  std::size_t next_ = 0;
  std::size_t bytes_ = 0;
  std::string buffer_;
};

TEST(Reader, StreamsALargeInputWithFlatMemory) {
  constexpr std::size_t rows = 400000;  // about 50 MB
  GeneratedCsv source(rows);
  std::istream in(&source);
  Reader r(in, "big.csv");
  ASSERT_TRUE(r.next());
  EXPECT_EQ(r.field(0), "control_id");
  std::size_t records = 0;
  std::size_t line = 2;
  bool all_fine = true;
  while (r.next()) {
    ++records;
    all_fine = all_fine && r.size() == 5 && r.line() == line && r.field(4).empty() &&
               r.field(2) == "Reviews, approves and \"revokes\"\r\naccess; évidence kept";
    line += records % 1000 == 0 ? 3u : 2u;
  }
  EXPECT_TRUE(all_fine);
  EXPECT_EQ(records, rows);
  EXPECT_GT(source.bytes(), 45'000'000u);
  EXPECT_EQ(r.bytes_read(), source.bytes());
}

// Control characters other than tab and line breaks are noted at their own line and column,
// kept in the field, and forgotten at the next record.
TEST(CsvReader, NotesTheFirstControlCharacterOfARecord) {
  std::istringstream in(
      "a,b\tc\n"
      "x,\"two\nlines \x1b[2J\"\n"
      "ok,\"tab\there\"\n"
      "del\x7f,c1 \xc2\x9b,\x07\n");
  Reader r(in, "t.csv");
  ASSERT_TRUE(r.next());
  EXPECT_FALSE(r.control_character());
  ASSERT_TRUE(r.next());
  ASSERT_TRUE(r.control_character());
  EXPECT_EQ(r.control_character()->code, 0x1bU);
  EXPECT_EQ(r.control_character()->where.line, 3u);
  EXPECT_EQ(r.control_character()->where.column, 7u);
  EXPECT_EQ(r.field(1), "two\nlines \x1b[2J");
  EXPECT_NE(describe(*r.control_character()).find("U+001B (escape)"), std::string::npos);
  ASSERT_TRUE(r.next());
  EXPECT_FALSE(r.control_character());
  ASSERT_TRUE(r.next());
  ASSERT_TRUE(r.control_character());
  EXPECT_EQ(r.control_character()->code, 0x7fU);
  EXPECT_EQ(r.control_character()->where.column, 4u);
  EXPECT_EQ(r.size(), 3u);
  EXPECT_FALSE(r.next());
  for (const char* c1 : {"a,b \xc2\x9b\n", "a,\xc2\x80\n", "\x08\n"}) {
    std::istringstream one(c1);
    Reader r1(one, "t.csv");
    ASSERT_TRUE(r1.next());
    EXPECT_TRUE(r1.control_character()) << c1;
  }
  // U+00A0 (0xC2 0xA0) is a no-break space, not a control.
  std::istringstream nbsp(
      "a\xc2\xa0"
      "b\n");
  Reader r2(nbsp, "t.csv");
  ASSERT_TRUE(r2.next());
  EXPECT_FALSE(r2.control_character());
}

}  // namespace
}  // namespace socready::csv

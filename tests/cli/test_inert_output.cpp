#include <gtest/gtest.h>

#include <ostream>
#include <sstream>
#include <string>

#include "cli/inert_output.hpp"

namespace socready::cli {
namespace {

// What `text` becomes on the terminal, written in pieces of `piece` bytes (so that a CR or a
// C1 lead byte at the end of one write meets its partner in the next).
std::string shown(const std::string& text, std::size_t piece = 1000) {
  std::ostringstream target;
  {
    InertBuffer buffer(*target.rdbuf());
    std::ostream out(&buffer);
    for (std::size_t i = 0; i < text.size(); i += piece) out << text.substr(i, piece);
  }
  return target.str();
}

TEST(InertOutput, EscapesControlCharactersAndKeepsText) {
  for (std::size_t piece : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{1000}}) {
    SCOPED_TRACE(piece);
    EXPECT_EQ(shown("plain\ttext\nnext line\r\nÄ\xc2\xa0ok\n", piece),
              "plain\ttext\nnext line\r\nÄ\xc2\xa0ok\n");
    EXPECT_EQ(shown("\x1b]0;title\x07 \x1b[2J\b\x7f", piece),
              "\\u001B]0;title\\u0007 \\u001B[2J\\u0008\\u007F");
    EXPECT_EQ(shown("csi \xc2\x9b"
                    "2J osc \xc2\x9d",
                    piece),
              "csi \\u009B2J osc \\u009D");
    EXPECT_EQ(shown("over\rwrite", piece), "over\\u000Dwrite");
    EXPECT_EQ(shown("ends with CR\r", piece), "ends with CR\\u000D");
    EXPECT_EQ(shown("ends with \xc2", piece), "ends with \xc2");
  }
}

TEST(InertOutput, JsonStaysValidJsonText) {
  // nlohmann escapes C0 itself; DEL and C1 pass raw and become JSON escapes here.
  EXPECT_EQ(shown("{\"name\":\"a\x7f\xc2\x9b\"}"), "{\"name\":\"a\\u007F\\u009B\"}");
}

}  // namespace
}  // namespace socready::cli

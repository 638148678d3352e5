// Hostile input through the real binary: every kind of import must refuse each file with exit 2
// and a located error, stay within a fixed amount of memory, never crash, and leave the
// database exactly as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <regex>
#include <sstream>

#include "reliability/reliability_support.hpp"

namespace socready::reliability {
namespace {

using testing::source_dir;
using testing::TempDir;

// Peak resident memory a socready refusing a hostile file may reach beyond one refusing an empty
// file. The reader's own bounds (1 MiB per field, 8 MiB per record, 4096 fields) keep it far
// below this. Measured against that baseline, not as a total: under AddressSanitizer the shadow
// memory and quarantine alone take about 200 MB whatever the input (a plain build: about 8 MB).
constexpr long max_growth_kb = 64 * 1024;

struct Kind {
  const char* name;
  const char* header;  // its required columns, and a second one for a row's content
};
constexpr Kind kinds[] = {{"controls", "control_id,title"},
                          {"services", "service,name"},
                          {"evidence", "control_id,collected_on"},
                          {"tests", "control_id,tested_on,result"}};

class HostileInput : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto examples = source_dir() / "examples";
    for (const auto& [kind, file] :
         {std::pair{"objectives", "objectives.csv"}, std::pair{"services", "services.csv"},
          std::pair{"controls", "controls-2026-Q1.csv"}}) {
      const auto r = run({"--db", db().string(), "import", kind, (examples / file).string(),
                          "--effective", "2026-01-01"},
                         dir_.path());
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    before_ = dump(db());
  }

  fs::path db() const { return dir_ / "x.db"; }

  long baseline_rss_kb() {
    static long kb = 0;
    if (kb == 0) {
      dir_.write("empty.csv", "");
      kb = run({"--db", db().string(), "import", "controls", "empty.csv", "--effective",
                "2026-04-01"},
               dir_.path(), {}, /*measure_rss=*/true)
               .max_rss_kb;
    }
    return kb;
  }

  // Imports the content as each kind of file (`make_content` gets the kind's header line, which
  // it may ignore) and checks the refusal, whose message must contain `reason`.
  template <typename MakeContent>
  void expect_refused(const std::string& reason, MakeContent make_content) {
    for (const auto& kind : kinds) {
      SCOPED_TRACE(std::string("import ") + kind.name);
      dir_.write("hostile.csv", make_content(std::string(kind.header) + "\n"));
      const auto r = run(
          {"--db", db().string(), "import", kind.name, "hostile.csv", "--effective", "2026-04-01"},
          dir_.path(), {}, /*measure_rss=*/true);
      ASSERT_TRUE(r.exited) << "killed by signal " << r.signal << "\n" << r.err;
      EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
      static const std::regex located(R"(^hostile\.csv:[0-9]+(:[0-9]+)?: error: \S.*)");
      const auto first_line = r.err.substr(0, r.err.find('\n'));
      EXPECT_TRUE(std::regex_match(first_line, located)) << r.err.substr(0, 2000);
      EXPECT_NE(first_line.find(reason), std::string::npos) << first_line;
      EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err.substr(0, 2000);
      EXPECT_LT(r.max_rss_kb, baseline_rss_kb() + max_growth_kb)
          << "peak RSS " << r.max_rss_kb << " KB, " << baseline_rss_kb() << " KB for an empty file";
      EXPECT_TRUE(r.out.empty()) << r.out.substr(0, 2000);
      EXPECT_EQ(dump(db()), before_) << "a refused import changed the database";
      peak_rss_kb_ = std::max(peak_rss_kb_, r.max_rss_kb);
    }
    RecordProperty("peak_rss_kb", std::to_string(peak_rss_kb_));
  }

  TempDir dir_;
  std::string before_;
  long peak_rss_kb_ = 0;
};

TEST_F(HostileInput, FiveMegabyteField) {
  expect_refused("field is longer than", [](const std::string& header) {
    return header + "X-1,\"" + std::string(5 << 20, 'x') + "\"\n";
  });
}

TEST_F(HostileInput, TwentyMegabyteLineWithoutNewline) {
  expect_refused("field is longer than", [](const std::string& header) {
    std::string line;
    line.reserve(20 << 20);
    while (line.size() < (20 << 20)) line += "abcdefghij ";
    return header + "X-1," + line;
  });
}

TEST_F(HostileInput, MillionColumnRow) {
  expect_refused("more than 4096 fields", [](const std::string& header) {
    return header + "X-1" + std::string(1000000, ',') + "\n";
  });
}

TEST_F(HostileInput, NulBytes) {
  expect_refused("NUL byte", [](const std::string& header) {
    return header + "X-1,ti" + std::string(1, '\0') + "tle\n";
  });
}

TEST_F(HostileInput, InvalidUtf8) {
  // "café" as Windows-1252 writes it.
  expect_refused("invalid UTF-8",
                 [](const std::string& header) { return header + "X-1,caf\xE9\n"; });
}

TEST_F(HostileInput, UnterminatedQuoteAtEndOfFile) {
  expect_refused("unterminated quoted field", [](const std::string& header) {
    return header + "X-1,\"never closed, not even\nat the end";
  });
}

TEST_F(HostileInput, EmptyFile) {
  expect_refused("the file is empty", [](const std::string&) { return std::string(); });
}

TEST_F(HostileInput, RandomBinaryBlob) {
  expect_refused(": error: ", [](const std::string&) {
    std::mt19937 random(20261126);
    std::string blob(1 << 20, '\0');
    for (char& c : blob) c = static_cast<char>(random() & 0xff);
    return blob;
  });
}

// A header and no rows is a well-formed file that says nothing. Either refusing it (exit 2, a
// located error) or importing nothing (exit 0, "0 rows") is acceptable; writing any inventory
// is not. An accepted import may record the (empty) revision in import_revision.
TEST_F(HostileInput, HeaderOnlyFileWritesNoInventory) {
  const auto without_revisions = [](const std::string& d) {
    const auto start = d.find("[import_revision]\n");
    if (start == std::string::npos) return d;
    const auto end = d.find("\n[", start + 1);
    return d.substr(0, start) + (end == std::string::npos ? "" : d.substr(end + 1));
  };
  for (const auto& kind : kinds) {
    SCOPED_TRACE(std::string("import ") + kind.name);
    dir_.write("hostile.csv", std::string(kind.header) + "\n");
    const auto r = run(
        {"--db", db().string(), "import", kind.name, "hostile.csv", "--effective", "2026-04-01"},
        dir_.path(), {}, /*measure_rss=*/true);
    ASSERT_TRUE(r.exited) << r.err;
    const auto now = dump(db());
    if (r.exit_code == 2) {
      EXPECT_EQ(r.err.rfind("hostile.csv:", 0), 0u) << r.err;
      EXPECT_EQ(now, before_);
    } else {
      EXPECT_EQ(r.exit_code, 0) << r.err;
      EXPECT_NE(r.out.find(" 0 rows"), std::string::npos) << r.out;
      EXPECT_EQ(without_revisions(now), without_revisions(before_));
    }
    EXPECT_LT(r.max_rss_kb, baseline_rss_kb() + max_growth_kb);
    before_ = now;
  }
}

}  // namespace
}  // namespace socready::reliability

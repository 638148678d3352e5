// Replays, through the fuzzers' own harness (fuzz/harness.hpp), every input the fuzzers once
// crashed on (tests/fuzz_regressions/<target>/) and every hand-written seed
// (fuzz/seeds/<target>/), so they run in every ordinary and sanitizer build of the tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../../fuzz/harness.hpp"
#include "support/test_support.hpp"

namespace socready::fuzz {
namespace {

namespace fs = std::filesystem;
using socready::testing::read_file;
using socready::testing::source_dir;

struct Input {
  Target target;
  fs::path file;
};

// Files under <root>/<target>/, sorted so failures come in a stable order. A folder that names
// no target is an error: a misspelt folder would otherwise be silently skipped.
std::vector<Input> inputs_under(const fs::path& root, std::vector<std::string>& unknown) {
  std::vector<Input> found;
  if (!fs::is_directory(root)) return found;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    const auto target = target_named(dir.path().filename().string());
    if (!target) {
      unknown.push_back(dir.path().string());
      continue;
    }
    for (const auto& f : fs::recursive_directory_iterator(dir.path()))
      if (f.is_regular_file() && f.path().filename().string().front() != '.')
        found.push_back({*target, f.path()});
  }
  std::sort(found.begin(), found.end(),
            [](const Input& a, const Input& b) { return a.file < b.file; });
  return found;
}

void replay(const fs::path& root) {
  std::vector<std::string> unknown;
  const auto inputs = inputs_under(root, unknown);
  for (const auto& u : unknown) ADD_FAILURE() << "a folder that names no fuzz target: " << u;
  Runner runner(source_dir() / "examples");
  std::size_t replayed = 0;
  for (const auto& input : inputs) {
    SCOPED_TRACE(input.file.string());
    const Result r = runner.run(input.target, read_file(input.file));
    EXPECT_EQ(r.violation, "");
    ++replayed;
  }
  EXPECT_EQ(replayed, inputs.size());
  ::testing::Test::RecordProperty("replayed", std::to_string(replayed));
}

TEST(FuzzRegression, CrashInputsReplayCleanly) {
  replay(source_dir() / "tests" / "fuzz_regressions");
}

TEST(FuzzRegression, HandWrittenSeedsReplayCleanly) { replay(source_dir() / "fuzz" / "seeds"); }

// The seed corpus the fuzzers start from: every example file is accepted by its harness, which
// runs the full round trip on it (so the harness really imports, not only refuses).
TEST(FuzzRegression, ExampleCorpusIsAcceptedWithoutViolations) {
  Runner runner(source_dir() / "examples");
  int accepted = 0;
  for (const auto& f : fs::directory_iterator(source_dir() / "examples")) {
    const auto name = f.path().filename().string();
    if (f.path().extension() != ".csv") continue;
    SCOPED_TRACE(name);
    const auto data = read_file(f.path());
    std::vector<Target> targets{Target::csv_reader};
    if (name.rfind("controls-", 0) == 0) targets.push_back(Target::import_controls);
    if (name == "services.csv") targets.push_back(Target::import_services);
    if (name.rfind("evidence-2026-Q1", 0) == 0) targets.push_back(Target::import_evidence);
    if (name.rfind("tests-2026-Q1", 0) == 0) targets.push_back(Target::import_tests);
    // The harness seeds Q1's populations: the other quarters add records next to them.
    if (name.rfind("populations-2026-Q", 0) == 0 && name != "populations-2026-Q1.csv")
      targets.push_back(Target::import_populations);
    if (name.rfind("systems", 0) == 0) targets.push_back(Target::import_systems);
    for (const auto target : targets) {
      const Result r = runner.run(target, data);
      EXPECT_TRUE(r.accepted) << "target " << static_cast<int>(target);
      EXPECT_EQ(r.violation, "") << "target " << static_cast<int>(target);
      if (r.accepted) ++accepted;
    }
  }
  EXPECT_GE(accepted, 17 + 4 + 1 + 1 + 1 + 3);
}

// The harness tells a refusal from a violation: hostile bytes are refused, not flagged.
TEST(FuzzRegression, HarnessRefusesHostileBytesWithoutViolation) {
  Runner runner(source_dir() / "examples");
  for (const auto& [name, target] : all_targets) {
    SCOPED_TRACE(std::string(name));
    for (const std::string& bytes : {std::string("a,\"open"), std::string("\xFF\xFE\x00x", 4),
                                     std::string("control_id\n\xC3\x28\n")}) {
      const Result r = runner.run(target, bytes);
      EXPECT_FALSE(r.accepted);
      EXPECT_EQ(r.violation, "");
    }
  }
}

}  // namespace
}  // namespace socready::fuzz

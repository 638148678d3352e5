// End-to-end: the example year imported and frozen, each quarter exported as OSCAL, every file
// validated against the NIST OSCAL 1.0.6 schemas committed in tests/oscal/schemas/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "support/example_year.hpp"
#include "support/test_support.hpp"

namespace socready {
namespace {

namespace fs = std::filesystem;
using testing::run_socready;

void run_ok(const std::vector<std::string>& args, const fs::path& cwd) {
  const auto r = run_socready(args, cwd);
  ASSERT_EQ(r.exit_code, 0) << args.at(2) << ": " << r.err;
}

std::vector<fs::path> json_files(const fs::path& root) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

using OscalExport = testing::ExampleYearTest;

TEST_F(OscalExport, EveryFileOfTheExampleYearValidatesAgainstTheSchemas) {
  ASSERT_FALSE(HasFatalFailure());
  std::vector<fs::path> files;
  for (int q = 1; q <= 4; ++q) {
    const std::string period = "2026-Q" + std::to_string(q);
    run_ok({"--db", "example.db", "export", "oscal", "--period", period, "--out", "oscal"},
           folder());
    const auto written = json_files(folder() / "oscal" / period);
    // A catalog, then a component definition and assessment results per service.
    ASSERT_GE(written.size(), 3u) << period;
    ASSERT_EQ(written.size() % 2, 1u) << period;
    files.insert(files.end(), written.begin(), written.end());
  }
  std::string command =
      "python3 '" + (testing::source_dir() / "tests" / "oscal" / "validate.py").string() + "' '" +
      (testing::source_dir() / "tests" / "oscal" / "schemas").string() + "'";
  for (const auto& f : files) command += " '" + f.string() + "'";
  const fs::path log = folder() / "validate.log";
  command += " >'" + log.string() + "' 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0) << testing::read_file(log);
}

TEST_F(OscalExport, TwoExportsOfOneSnapshotAreIdentical) {
  run_ok({"--db", "example.db", "export", "oscal", "--period", "2026-Q3", "--out", "a"}, folder());
  run_ok({"--db", "example.db", "export", "oscal", "--period", "2026-Q3", "--out", "b"}, folder());
  const auto a = json_files(folder() / "a" / "2026-Q3");
  const auto b = json_files(folder() / "b" / "2026-Q3");
  ASSERT_EQ(a.size(), b.size());
  ASSERT_FALSE(a.empty());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].filename(), b[i].filename());
    EXPECT_EQ(testing::read_file(a[i]), testing::read_file(b[i])) << a[i];
  }
}

TEST_F(OscalExport, FindingsCoverEveryRequirementAndUuidsAreUnique) {
  run_ok({"--db", "example.db", "export", "oscal", "--period", "2026-Q4", "--out", "u"}, folder());
  std::set<std::string> uuids;
  int duplicates = 0, findings = 0, not_satisfied = 0, observations = 0;
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
    if (j.is_object()) {
      // Party UUIDs name one owner across documents; every other uuid is defined once.
      if (j.contains("uuid") && !j.contains("type") &&
          !uuids.insert(j["uuid"].get<std::string>()).second)
        ++duplicates;
      for (const auto& item : j.items()) walk(item.value());
    } else if (j.is_array()) {
      for (const auto& v : j) walk(v);
    }
  };
  for (const auto& f : json_files(folder() / "u" / "2026-Q4")) {
    const auto j = nlohmann::json::parse(testing::read_file(f));
    walk(j);
    if (!j.contains("assessment-results")) continue;
    for (const auto& r : j["assessment-results"]["results"]) {
      const auto selected = r["reviewed-controls"]["control-selections"][0];
      if (selected.contains("include-controls")) {
        EXPECT_EQ(selected["include-controls"].size(),
                  r.value("findings", nlohmann::json::array()).size());
      }
      for (const auto& finding : r.value("findings", nlohmann::json::array())) {
        ++findings;
        if (finding["target"]["status"]["state"] == "not-satisfied") ++not_satisfied;
      }
      observations += static_cast<int>(r.value("observations", nlohmann::json::array()).size());
    }
  }
  EXPECT_EQ(duplicates, 0);
  EXPECT_GT(findings, 0);
  // The example year has open gaps in Q4, each an observation of a finding not satisfied.
  EXPECT_GT(not_satisfied, 0);
  EXPECT_GE(observations, 1);
}

TEST_F(OscalExport, APeriodThatIsNotFrozenIsRefused) {
  const auto r =
      run_socready({"--db", "example.db", "export", "oscal", "--period", "2025-Q4"}, folder());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not frozen"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(folder() / "oscal" / "2025-Q4"));
  const auto missing = run_socready({"--db", "example.db", "export", "oscal"}, folder());
  EXPECT_EQ(missing.exit_code, 2);
}

}  // namespace
}  // namespace socready

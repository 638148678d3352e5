#include "support/example_year.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <vector>

#include "support/test_support.hpp"

namespace socready::testing {

namespace {

void run_ok(const std::vector<std::string>& args, const std::filesystem::path& cwd) {
  const auto r = run_socready(args, cwd);
  ASSERT_EQ(r.exit_code, 0) << args.at(2) << ": " << r.err;
}

}  // namespace

void load_example_year(const std::filesystem::path& dir, const std::string& db) {
  const auto ex = source_dir() / "examples";
  const auto file = [&](const std::string& name) { return (ex / name).string(); };
  run_ok({"--db", db, "init"}, dir);
  run_ok({"--db", db, "import", "objectives", file("objectives.csv"), "--effective", "2026-01-01"},
         dir);
  run_ok({"--db", db, "import", "services", file("services.csv"), "--effective", "2026-01-01"},
         dir);
  run_ok({"--db", db, "import", "subservice", file("subservice-2026-Q1.csv"), "--effective",
          "2026-01-01"},
         dir);
  for (int q = 1; q <= 4; ++q) {
    const std::string start = fmt::format("2026-{:02d}-01", (q - 1) * 3 + 1);
    const std::string period = fmt::format("2026-Q{}", q);
    run_ok({"--db", db, "import", "controls", file("controls-" + period + ".csv"), "--effective",
            start, "--replace"},
           dir);
    run_ok({"--db", db, "import", "evidence", file("evidence-" + period + ".csv"), "--effective",
            start},
           dir);
    run_ok({"--db", db, "import", "tests", file("tests-" + period + ".csv"), "--effective", start},
           dir);
    run_ok({"--db", db, "import", "populations", file("populations-" + period + ".csv"),
            "--effective", start},
           dir);
    // As scripts/main-job.sh: the CUECs from Q3, the cloud host's new report in Q4.
    if (q == 3)
      run_ok({"--db", db, "import", "cuecs", file("cuecs.csv"), "--effective", start}, dir);
    if (q == 4)
      run_ok({"--db", db, "import", "subservice", file("subservice-2026-Q4.csv"), "--effective",
              start},
             dir);
    std::vector<std::string> snapshot{"--db", db, "snapshot", "--period", period};
    if (q == 4) snapshot.insert(snapshot.end(), {"--as-of", "2026-11-20"});
    run_ok(snapshot, dir);
  }
}

}  // namespace socready::testing

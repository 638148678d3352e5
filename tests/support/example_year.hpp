#pragma once
// The example year of examples/ imported as scripts/main-job.sh imports it, for end-to-end
// tests that need realistic data with frozen quarters.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "support/test_support.hpp"

namespace socready::testing {

// Creates DIR/DB_NAME with the services, each quarter of 2026 and its snapshot (2026-Q4 frozen
// as of 2026-11-20). Fails the current test with the command's error when a step fails.
void load_example_year(const std::filesystem::path& dir, const std::string& db_name);

// Puts a copy of the example year in DIR/DB_NAME. The database is loaded once per build of the
// binary and of the examples, into the test binary's cache folder, under a lock: ctest runs
// every test in its own process, so a suite's set-up runs once per test, and the load takes
// seconds (tens under the sanitizers).
void copy_example_year(const std::filesystem::path& dir, const std::string& db_name);

// A suite that shares one example-year database, example.db in folder(): the tests only read
// it.
class ExampleYearTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    copy_example_year(dir_->path(), "example.db");
  }
  static void TearDownTestSuite() { dir_.reset(); }
  static const std::filesystem::path& folder() { return dir_->path(); }

 private:
  static inline std::unique_ptr<TempDir> dir_;
};

}  // namespace socready::testing

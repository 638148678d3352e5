#include <gtest/gtest.h>

#include "core/error.hpp"

namespace socready {
namespace {

TEST(ErrorContext, GrowsAsTheErrorClimbsInnermostFirst) {
  try {
    with_context("while writing the report", [] {
      with_context("while writing the report page README.md",
                   [] { throw FileWriteError("out/README.md", "write failed (disk full?)"); });
    });
    FAIL() << "expected a FileWriteError";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::internal);
    EXPECT_STREQ(e.what(), "out/README.md: write failed (disk full?)");
    EXPECT_EQ(e.context(), (std::vector<std::string>{"while writing the report page README.md",
                                                     "while writing the report"}));
  }
}

TEST(ErrorContext, KeepsTheKindAndDiagnostics) {
  try {
    with_context("while reading it", [] { throw InputError(Location{"a.csv", 2, 3}, "bad"); });
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].where.line, 2u);
    EXPECT_EQ(e.context(), std::vector<std::string>{"while reading it"});
  }
}

TEST(ErrorContext, ReturnsTheValueWhenNothingFails) {
  EXPECT_EQ(with_context("while adding", [] { return 1 + 1; }), 2);
}

}  // namespace
}  // namespace socready

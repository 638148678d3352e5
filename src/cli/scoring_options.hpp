#pragma once
// The options every scoring command shares: --as-of and --window-months, defined once.

#include <string>

#include "cli/command.hpp"
#include "scoring/inventory.hpp"

namespace socready::cli {

// --window-months alone, for the commands that take their date otherwise (report, snapshot):
// the default and the 3..12 range of scoring/policy.hpp, `what` followed by the range in the help.
void add_window_months_option(po::options_description& options, int& window_months,
                              const char* what);
// A usage error (exit 2) when the window is outside the range.
void check_window_months(const std::string& command, int window_months);

class ScoringOptions {
 public:
  void add_to(po::options_description& options);
  // After parsing: the date (default today) and window, validated; a usage error names
  // `command`.
  void resolve(const std::string& command);
  const scoring::Options& value() const { return value_; }

 private:
  std::string as_of_;
  int window_months_ = 0;
  scoring::Options value_;
};

}  // namespace socready::cli

#pragma once
// The options every scoring command shares: --as-of and --window-months, defined once.

#include <string>

#include "cli/command.hpp"
#include "scoring/inventory.hpp"

namespace socready::cli {

class ScoringOptions {
 public:
  void add_to(po::options_description& options);
  // After parsing: the date (default today) and window, validated.
  scoring::Options resolve(const std::string& command) const;

 private:
  std::string as_of_;
  int window_months_ = 6;
};

}  // namespace socready::cli

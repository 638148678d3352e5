#include "cli/scoring_options.hpp"

#include <fmt/format.h>

#include "cli/option_values.hpp"
#include "scoring/policy.hpp"

namespace socready::cli {

void add_window_months_option(po::options_description& options, int& window_months,
                              const char* what) {
  const std::string help = fmt::format("{} ({} to {})", what, scoring::policy::min_window_months,
                                       scoring::policy::max_window_months);
  options.add_options()(
      "window-months",
      po::value(&window_months)->default_value(scoring::policy::default_window_months),
      help.c_str());
}

void check_window_months(const std::string& command, int window_months) {
  if (window_months < scoring::policy::min_window_months ||
      window_months > scoring::policy::max_window_months)
    usage_error(command, fmt::format("--window-months {} is outside {} to {}", window_months,
                                     scoring::policy::min_window_months,
                                     scoring::policy::max_window_months));
}

void ScoringOptions::add_to(po::options_description& options) {
  options.add_options()  //
      ("as-of", po::value(&as_of_), "score as of DATE (YYYY-MM-DD; default today)");
  add_window_months_option(options, window_months_, "Type II observation window in months");
}

void ScoringOptions::resolve(const std::string& command) {
  value_.as_of = parse_date_option(command, "as-of", as_of_, Date::today());
  check_window_months(command, window_months_);
  value_.window_months = window_months_;
}

}  // namespace socready::cli

#include "cli/scoring_options.hpp"

#include <fmt/format.h>

#include "cli/option_values.hpp"
#include "scoring/policy.hpp"

namespace socready::cli {

void ScoringOptions::add_to(po::options_description& options) {
  options.add_options()                                                              //
      ("as-of", po::value(&as_of_), "score as of DATE (YYYY-MM-DD; default today)")  //
      ("window-months",
       po::value(&window_months_)->default_value(scoring::policy::default_window_months),
       "Type II observation window in months (3 to 12)");
}

scoring::Options ScoringOptions::resolve(const std::string& command) const {
  scoring::Options o;
  o.as_of = as_of_.empty() ? Date::today() : parse_date_option(command, "as-of", as_of_);
  if (window_months_ < scoring::policy::min_window_months ||
      window_months_ > scoring::policy::max_window_months)
    usage_error(command, fmt::format("--window-months {} is outside {} to {}", window_months_,
                                     scoring::policy::min_window_months,
                                     scoring::policy::max_window_months));
  o.window_months = window_months_;
  return o;
}

}  // namespace socready::cli

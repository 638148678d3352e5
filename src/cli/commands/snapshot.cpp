#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/scoring_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/scoring_options.hpp"

namespace socready::cli {
namespace {

class SnapshotCommand final : public Command {
 public:
  SnapshotCommand()
      : Command("snapshot",
                "Freeze a quarter's results (applicability, readiness, requirement scores,\n"
                "blockers and gaps) as of its last day. A frozen period never changes, whatever\n"
                "is imported later; freezing it again is refused.",
                "--period YYYY-Qn [--as-of DATE] [--window-months N]") {
    add_option("period", period_text_, "the quarter, e.g. 2026-Q3");
    add_option("as-of", as_of_text_,
               "freeze as of DATE within the quarter (default: its last day)");
    add_window_months_option(options(), window_, "Type II observation window in months");
  }

  void validate(const po::variables_map&) override {
    if (period_text_.empty()) usage_error(command_name(), "expected --period YYYY-Qn");
    period_ = parse_period_option(command_name(), period_text_);
    as_of_ = parse_date_option(command_name(), "as-of", as_of_text_, period_.last_day());
    check_window_months(command_name(), window_);
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const auto results = app::freeze_period(db, period_, as_of_, window_, Date::today());
    int ready = 0, applicable = 0;
    for (const auto& r : results)
      for (auto f : scoring::all_frameworks)
        for (auto t : scoring::all_report_types)
          if (const auto& x = r.readiness(f, t); x.applies()) {
            ++applicable;
            ready += x.band == scoring::Band::ready;
          }
    fmt::print(io.out, "{} frozen as of {}: {} services, {} of {} applicable reports ready\n",
               period_.label(), as_of_.iso(), results.size(), ready, applicable);
    return ExitCode::ok;
  }

 private:
  std::string period_text_;
  std::string as_of_text_;
  int window_ = 0;
  Quarter period_;
  Date as_of_;
};

}  // namespace

std::unique_ptr<Command> make_snapshot_command() { return std::make_unique<SnapshotCommand>(); }

}  // namespace socready::cli

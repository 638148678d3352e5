#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/plan_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/format_option.hpp"
#include "cli/scoring_options.hpp"
#include "report/plan_output.hpp"
#include "store/database.hpp"

namespace socready::cli {
namespace {

class PlanCommand final : public Command {
 public:
  PlanCommand()
      : Command(
            "plan",
            "When can SYSTEM be audited? The earliest end of a Type II period of the window's\n"
            "length in which every control carrying a requirement would have operated for the\n"
            "whole window and each periodic control's next run falls inside it, with the\n"
            "controls that decide that date; no date while blockers remain, naming them; and\n"
            "what must still happen inside the system's planned Type II period (annual controls\n"
            "not yet run, vendor reports that will not cover it, populations missing).",
            "SYSTEM [--window-months N] [--as-of DATE] [--format table|json]") {
    add_option("system", system_, "the system's slug");
    format_.add_to(options());
    positional().add("system", 1);
    scoring_.add_to(options());
  }

  void validate(const po::variables_map&) override {
    if (system_.empty()) usage_error(command_name(), "expected a system to plan");
    scoring_.resolve(command_name());
    format_.resolve(command_name());
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const auto& o = scoring_.value();
    const auto plan = app::plan_as_of(db, system_, {o.as_of, o.window_months});
    if (format_.value() == OutputFormat::json)
      io.out << report::plan_json(plan).dump(2) << '\n';
    else
      io.out << report::plan_text(plan);
    return ExitCode::ok;
  }

 private:
  std::string system_;
  FormatOption format_{OutputFormat::table, OutputFormat::json};
  ScoringOptions scoring_;
};

}  // namespace

std::unique_ptr<Command> make_plan_command() { return std::make_unique<PlanCommand>(); }

}  // namespace socready::cli

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/scoring_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/format_option.hpp"
#include "cli/scoring_options.hpp"
#include "report/open_work.hpp"
#include "report/open_work_output.hpp"

namespace socready::cli {
namespace {

class GapsCommand final : public Command {
 public:
  GapsCommand()
      : Command("gaps",
                "The open work, one row per gap of an applicable report or control whose\n"
                "evidence goes stale next quarter, most urgent first: blockers, then gaps by\n"
                "score, then expiring evidence by date. The CSV opens in a spreadsheet and\n"
                "imports into a ticket tracker; cells starting with = + - @ are prefixed with '.",
                "[--owner NAME] [--service S] [--as-of DATE] [--format table|csv|json]") {
    add_option("owner", owner_, "only the work of owner NAME (case does not matter)");
    add_option("service", services_, "only service S (repeatable; default: all)");
    format_.add_to(options());
    scoring_.add_to(options());
  }

  void validate(const po::variables_map&) override {
    scoring_.resolve(command_name());
    format_.resolve(command_name());
  }

  ExitCode run(Io io) override {
    const auto& options = scoring_.value();
    store::Database db(database_path());
    const auto scored = app::score_as_of(db, options, services_);
    auto items = report::open_work(scored, options.as_of);
    if (!owner_.empty())
      std::erase_if(items, [&](const auto& w) { return !report::owned_by(w, owner_); });
    if (format_.value() == OutputFormat::csv) {
      report::write_open_work_csv(items, io.out);
    } else if (format_.value() == OutputFormat::json) {
      io.out << report::open_work_json(items).dump(2) << '\n';
    } else {
      fmt::print(io.out, "Open work as of {}: {} items\n\n", options.as_of.iso(), items.size());
      if (!items.empty()) io.out << report::open_work_table(items);
    }
    return ExitCode::ok;
  }

 private:
  std::string owner_;
  std::vector<std::string> services_;
  FormatOption format_{OutputFormat::table, OutputFormat::csv, OutputFormat::json};
  ScoringOptions scoring_;
};

}  // namespace

std::unique_ptr<Command> make_gaps_command() { return std::make_unique<GapsCommand>(); }

}  // namespace socready::cli

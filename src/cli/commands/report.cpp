#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/report_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/scoring_options.hpp"
#include "report/render.hpp"

namespace socready::cli {
namespace {

class ReportCommand final : public Command {
 public:
  ReportCommand()
      : Command("report",
                "Write the quarterly readiness reports in Markdown: DIR/PERIOD/README.md (the\n"
                "portfolio) and DIR/PERIOD/services/SERVICE.md (one per service). From the\n"
                "period's frozen snapshot when there is one; otherwise computed now and marked\n"
                "preliminary.",
                "[--period YYYY-Qn] [--out DIR]") {
    add_option("period", period_text_,
               "the quarter (default: the latest frozen one, else the current quarter)");
    add_option("out", out_, "reports", "the folder to write into");
    add_window_months_option(options(), window_, "Type II window for a period that is not frozen");
  }

  void validate(const po::variables_map&) override {
    if (!period_text_.empty()) period_ = parse_period_option(command_name(), period_text_);
    check_window_months(command_name(), window_);
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const auto input = app::gather_report(db, period_, Date::today(), window_);
    const auto folder = std::filesystem::path(out_) / input.period;
    const std::size_t written = report::render_reports_into(input, folder);
    fmt::print(io.out, "{}: {} report as of {}, {} files ({} services)\n", folder.string(),
               input.preliminary ? "preliminary" : "frozen", input.as_of.iso(), written,
               input.services.size());
    return ExitCode::ok;
  }

 private:
  std::string period_text_;
  std::string out_;
  int window_ = 0;
  std::optional<Quarter> period_;
};

}  // namespace

std::unique_ptr<Command> make_report_command() { return std::make_unique<ReportCommand>(); }

}  // namespace socready::cli

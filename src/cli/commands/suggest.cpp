#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <filesystem>

#include "app/suggest_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "report/suggestions_output.hpp"

namespace socready::cli {
namespace {

class SuggestCommand final : public Command {
 public:
  SuggestCommand()
      : Command("suggest",
                "SOC 1 objectives that controls already tagged with Trust Services Criteria\n"
                "could address (the crosswalk of docs/scoring.md), for the controls of the\n"
                "services SOC 1 applies to (or the SERVICEs named). Nothing is changed: --out\n"
                "writes those controls in the export format with soc1_objectives extended, to\n"
                "review and import with 'socready import controls FILE'.",
                "soc1 [SERVICE...] [--out FILE] [--format table|json]") {
    add_option("framework", framework_, "soc1: the report to suggest mappings for");
    add_option("service", services_, "services to suggest for (default: all needing SOC 1)");
    add_option("out", out_, "write the controls file to review and import to FILE");
    format_.add_to(options());
    positional().add("framework", 1).add("service", -1);
  }

  void validate(const po::variables_map&) override {
    if (framework_.empty()) usage_error(command_name(), "expected what to suggest for: soc1");
    if (framework_ != "soc1")
      usage_error(command_name(),
                  fmt::format("cannot suggest for '{}'; expected soc1 (SOC 2 criteria are the "
                              "source of the suggestions)",
                              framework_));
    format_.resolve(command_name());
    check_out_file(command_name(), out_);
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const Date today = Date::today();
    const auto s =
        app::suggest_soc1(db, today, services_,
                          out_.empty() ? std::nullopt : std::optional<std::filesystem::path>(out_));
    if (format_.value() == OutputFormat::json) {
      auto j = report::suggestions_json(s);
      j["file"] = out_.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(out_);
      io.out << j.dump(2) << '\n';
      return ExitCode::ok;
    }
    if (s.services.empty()) {
      fmt::print(io.out,
                 "No service needs SOC 1 (see 'socready applicability'); name services to "
                 "suggest for them anyway.\n");
      return ExitCode::ok;
    }
    for (const auto& slug : s.not_applying)
      fmt::print(io.out,
                 "Note: SOC 1 does not apply to {} (see 'socready applicability'); "
                 "suggested as asked.\n",
                 slug);
    fmt::print(io.out,
               "SOC 1 objectives suggested from Trust Services Criteria as of {}: {} for {} "
               "control{}, {} service{} considered\n\n",
               today.iso(), s.suggestions.size(), s.controls.size(),
               s.controls.size() == 1 ? "" : "s", s.services.size(),
               s.services.size() == 1 ? "" : "s");
    if (out_.empty() && !s.suggestions.empty()) io.out << report::suggestions_table(s) << '\n';
    io.out << report::suggestions_summary(s);
    if (!out_.empty())
      fmt::print(io.out,
                 "\nWrote {} ({} control{}). Nothing has been changed: review the file, then "
                 "'socready import controls {}'.\n",
                 out_, s.controls.size(), s.controls.size() == 1 ? "" : "s", out_);
    else if (!s.suggestions.empty())
      fmt::print(io.out,
                 "\nNothing has been changed. To review and import them: 'socready suggest "
                 "soc1{}{} --out FILE', then 'socready import controls FILE'.\n",
                 services_.empty() ? "" : " ", fmt::join(services_, " "));
    return ExitCode::ok;
  }

 private:
  std::string framework_;
  std::vector<std::string> services_;
  std::string out_;
  FormatOption format_{OutputFormat::table, OutputFormat::json};
};

}  // namespace

std::unique_ptr<Command> make_suggest_command() { return std::make_unique<SuggestCommand>(); }

}  // namespace socready::cli

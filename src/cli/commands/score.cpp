#include <fmt/format.h>
#include <fmt/ostream.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/scoring_run.hpp"
#include "app/system_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/scoring_options.hpp"
#include "core/text_table.hpp"
#include "scoring/json.hpp"
#include "scoring/soc1_hints.hpp"
#include "scoring/system_score.hpp"

namespace socready::cli {
namespace {

// The footnote's lines are one per service; past this many, one line sends to the command.
constexpr std::size_t hint_services_listed = 10;

// A service's line of the footnote under the table: the SOC 1 blockers that controls already
// tagged with Trust Services Criteria could address, when SOC 1 applies.
std::optional<std::string> soc1_footnote_line(const scoring::ServiceResult& r) {
  if (!r.applicability.soc1.applies()) return std::nullopt;
  const auto hints = scoring::soc1_hints(r);
  if (hints.empty()) return std::nullopt;
  std::vector<std::string> parts;
  for (const auto& h : hints)
    parts.push_back(fmt::format("{} ({} control{})", h.objective, h.controls.size(),
                                h.controls.size() == 1 ? "" : "s"));
  return fmt::format("  {}: {}: {}\n", r.service, fmt::join(parts, ", "),
                     scoring::suggest_command(r.service));
}

std::string soc1_footnote(const std::vector<std::string>& lines) {
  if (lines.empty()) return {};
  std::string out =
      "\nSOC 1 blockers that controls tagged with Trust Services Criteria could address (review "
      "the suggestions, then 'socready import controls'):\n";
  for (std::size_t i = 0; i < lines.size() && i < hint_services_listed; ++i) out += lines[i];
  if (lines.size() > hint_services_listed)
    out += fmt::format("  and {} more services: socready suggest soc1\n",
                       lines.size() - hint_services_listed);
  return out;
}

class ScoreCommand final : public Command {
 public:
  ScoreCommand()
      : Command("score",
                "Readiness per service for each report that applies (SOC 1, SOC 2; Type I and\n"
                "Type II), as of a date. With --system, the system as one scope: its services'\n"
                "requirements and controls, each requirement and blocker counted once, Type II\n"
                "over its planned period (a projection while that period runs). With\n"
                "--fail-under, exits 1 when any applicable readiness is below N (for CI gates).",
                "[SERVICE...] [--system SYSTEM] [--as-of DATE] [--type I|II] "
                "[--format table|json] [--fail-under N]") {
    options().add_options()                                                            //
        ("service", po::value(&services_), "services to score (default: all)")         //
        ("system", po::value(&system_), "score this system instead of services")       //
        ("type", po::value(&type_text_), "only Type I or Type II")                     //
        ("format", po::value(&format_text_)->default_value("table"), "table or json")  //
        ("fail-under", po::value(&fail_under_), "exit 1 when an applicable readiness is below N");
    scoring_.add_to(options());
    positional().add("service", -1);
  }

  void validate(const po::variables_map& vm) override {
    options_ = scoring_.resolve(command_name());
    if (!type_text_.empty()) type_ = parse_type_option(command_name(), type_text_);
    format_ = parse_output_format(command_name(), format_text_,
                                  {OutputFormat::table, OutputFormat::json});
    gate_ = vm.count("fail-under") > 0;
    if (vm.count("system") && !services_.empty())
      usage_error(command_name(), "--system scores the system's own services; name no SERVICE");
    // Written so that NaN, which compares false with everything, is refused too.
    if (gate_ && !(fail_under_ >= 0 && fail_under_ <= 100))
      usage_error(command_name(),
                  fmt::format("--fail-under {} is not a number from 0 to 100", fail_under_));
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    if (!system_.empty()) return run_system(db, io);
    std::vector<std::string> below;

    const auto report_types = types();
    auto json = nlohmann::ordered_json::array();
    TextTable table({{"Product line"},
                     {"Service"},
                     {"Report"},
                     {"Type"},
                     {"Readiness", TextTable::Align::right},
                     {"Band"},
                     {"Blockers", TextTable::Align::right}});
    std::vector<std::string> none, undetermined, hints;
    // One service at a time: the rows keep what they print, the results are dropped.
    app::score_each_as_of(db, options_, services_, [&](scoring::ServiceResult&& r) {
      if (auto hint = soc1_footnote_line(r)) hints.push_back(std::move(*hint));
      bool any = false;
      for (auto f : scoring::all_frameworks) {
        if (r.applicability.decision(f).outcome == scoring::Outcome::undetermined)
          undetermined.push_back(fmt::format("{} {}", r.service, label(f)));
        for (auto t : report_types) {
          const auto& x = r.readiness(f, t);
          // JSON only when it is printed: building it for 4,000 readinesses costs more than
          // the table.
          if (format_ == OutputFormat::json)
            json.push_back(nlohmann::ordered_json(scoring::score_json(r, f, t)));
          if (!x.applies()) continue;
          any = true;
          const double shown = x.display_readiness();
          table.add_row({r.product_line, r.service, std::string(label(f)), std::string(name(t)),
                         fmt::format("{:.1f}", shown), std::string(scoring::name(x.band)),
                         std::to_string(x.blockers.size())});
          if (gate_ && shown < fail_under_)
            below.push_back(
                fmt::format("{} {} Type {} at {:.1f}", r.service, label(f), name(t), shown));
        }
      }
      if (!any) none.push_back(r.service);
    });

    if (format_ == OutputFormat::json) {
      io.out << json.dump(2) << '\n';
    } else {
      fmt::print(io.out, "Readiness as of {} (Type II window: {} months)\n\n", options_.as_of.iso(),
                 options_.window_months);
      io.out << table.render();
      if (!none.empty())
        fmt::print(io.out, "\nNo report indicated yet for: {} (see 'socready applicability')\n",
                   fmt::join(none, ", "));
      if (!undetermined.empty())
        fmt::print(io.out,
                   "{}Undetermined, questions to answer: {} (see 'socready applicability')\n",
                   none.empty() ? "\n" : "", fmt::join(undetermined, ", "));
      io.out << soc1_footnote(hints);
    }
    return gate(io, below);
  }

 private:
  std::vector<ReportType> types() const {
    return type_ ? std::vector<ReportType>{*type_}
                 : std::vector<ReportType>{ReportType::type1, ReportType::type2};
  }

  ExitCode gate(Io io, const std::vector<std::string>& below) const {
    if (below.empty()) return ExitCode::ok;
    fmt::print(io.err, "socready: readiness below {:.1f}: {}\n", fail_under_,
               fmt::join(below, "; "));
    return ExitCode::gate_failed;
  }

  ExitCode run_system(store::Database& db, Io io) {
    const auto r = app::score_system_as_of(db, system_, options_);
    std::vector<std::string> below;
    auto json = nlohmann::ordered_json::array();
    TextTable table({{"Report"},
                     {"Type"},
                     {"Over"},
                     {"Readiness", TextTable::Align::right},
                     {"Band"},
                     {"Blockers", TextTable::Align::right}});
    std::vector<std::string> notes;
    for (const auto& f : r.frameworks) {
      notes.push_back(fmt::format("  {}: {}", label(f.framework), scoring::why_scored(f)));
      for (auto t : types()) {
        const auto& x = f.readiness(t);
        if (format_ == OutputFormat::json)
          json.push_back(nlohmann::ordered_json(scoring::system_score_json(r, f, t)));
        const double shown = x.display_readiness();
        table.add_row({std::string(label(f.framework)), std::string(name(t)),
                       scoring::window_text(f, t, r.as_of), fmt::format("{:.1f}", shown),
                       std::string(scoring::name(x.band)), std::to_string(x.blockers.size())});
        if (gate_ && x.applies() && shown < fail_under_)
          below.push_back(
              fmt::format("{} {} Type {} at {:.1f}", r.system, label(f.framework), name(t), shown));
      }
    }
    if (format_ == OutputFormat::json) {
      io.out << json.dump(2) << '\n';
    } else {
      fmt::print(io.out,
                 "System {} ({}): {}\nReadiness as of {}, each requirement counted once\n\n",
                 r.system, r.name, fmt::join(r.services, ", "), r.as_of.iso());
      if (r.frameworks.empty()) {
        fmt::print(io.out,
                   "No report planned for it and none applies to its services yet (see "
                   "'socready applicability')\n");
      } else {
        io.out << table.render();
        fmt::print(io.out, "\nScored because:\n{}\n", fmt::join(notes, "\n"));
      }
    }
    return gate(io, below);
  }

  std::string system_;
  std::vector<std::string> services_;
  std::string type_text_;
  std::string format_text_;
  double fail_under_ = 0;
  bool gate_ = false;
  std::optional<ReportType> type_;
  OutputFormat format_ = OutputFormat::table;
  ScoringOptions scoring_;
  scoring::Options options_;
};

}  // namespace

std::unique_ptr<Command> make_score_command() { return std::make_unique<ScoreCommand>(); }

}  // namespace socready::cli

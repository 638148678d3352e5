#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/scoring_run.hpp"
#include "app/system_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/format_option.hpp"
#include "cli/json_array_stream.hpp"
#include "cli/option_values.hpp"
#include "cli/scoring_options.hpp"
#include "core/text_table.hpp"
#include "scoring/json.hpp"
#include "scoring/soc1_hints.hpp"
#include "scoring/system_score.hpp"
#include "store/objective_store.hpp"

namespace socready::cli {
namespace {

// A system's services as named on file, each not on file on the as-of date (retired, or added
// later) marked so: it is left out of the scores.
std::vector<std::string> listed_services(const scoring::SystemResult& r) {
  std::vector<std::string> out;
  for (const auto& slug : r.services) {
    const bool on_file = std::any_of(r.applicability.begin(), r.applicability.end(),
                                     [&](const auto& s) { return s.service == slug; });
    out.push_back(on_file ? slug : slug + " (not on file on " + r.as_of.iso() + ")");
  }
  return out;
}

// The footnote's lines are one per service; past this many, one line sends to the command.
constexpr std::size_t hint_services_listed = 10;

// A service's line of the footnote under the table: the SOC 1 blockers that controls already
// tagged with Trust Services Criteria could address, when SOC 1 applies.
// `crosswalk`: the user's own criterion -> objective pairs.
std::optional<std::string> soc1_footnote_line(
    const scoring::ServiceResult& r, std::span<const scoring::ObjectiveCriteria> crosswalk) {
  if (!r.applicability.soc1.applies()) return std::nullopt;
  const auto hints = scoring::soc1_hints(r, crosswalk);
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
    add_option("service", services_, "services to score (default: all)");
    add_option("system", system_, "score this system instead of services");
    add_option("type", type_text_, "only Type I or Type II");
    format_.add_to(options());
    add_option("fail-under", fail_under_, "exit 1 when an applicable readiness is below N");
    scoring_.add_to(options());
    positional().add("service", -1);
  }

  void validate(const po::variables_map& vm) override {
    scoring_.resolve(command_name());
    if (!type_text_.empty()) type_ = parse_type_option(command_name(), type_text_);
    format_.resolve(command_name());
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
    const auto report_types = types();
    // JSON streams one readiness at a time: the whole document for 100,000 services is
    // gigabytes.
    std::optional<JsonArrayStream> json;
    if (format_.value() == OutputFormat::json) json.emplace(io.out);
    ServiceRows rows;
    const auto crosswalk = store::load_objective_criteria(db);
    // One service at a time: the rows keep what they print, the results are dropped.
    app::score_each_as_of(db, scoring_.value(), services_, [&](scoring::ServiceResult&& r) {
      if (auto hint = soc1_footnote_line(r, crosswalk)) rows.hints.push_back(std::move(*hint));
      add_service(r, report_types, rows, json);
    });
    if (json)
      json->finish();
    else
      print_services(io, rows);
    return gate(io, rows.below);
  }

 private:
  // What the run over services keeps of each, to print after the last.
  struct ServiceRows {
    TextTable table{{{"Product line"},
                     {"Service"},
                     {"Report"},
                     {"Type"},
                     {"Readiness", TextTable::Align::right},
                     {"Band"},
                     {"Blockers", TextTable::Align::right}}};
    std::vector<std::string> none, undetermined, hints, below;
  };

  void add_service(const scoring::ServiceResult& r, const std::vector<ReportType>& report_types,
                   ServiceRows& rows, std::optional<JsonArrayStream>& json) const {
    bool any = false;
    for (auto f : scoring::all_frameworks) {
      if (r.applicability.decision(f).outcome == scoring::Outcome::undetermined)
        rows.undetermined.push_back(fmt::format("{} {}", r.service, label(f)));
      for (auto t : report_types) {
        const auto& x = r.readiness(f, t);
        // JSON only when it is printed: building it for 4,000 readinesses costs more than
        // the table.
        if (json) json->add(nlohmann::ordered_json(scoring::score_json(r, f, t)));
        if (!x.applies()) continue;
        any = true;
        const double shown = x.display_readiness();
        rows.table.add_row({r.product_line, r.service, std::string(label(f)), std::string(name(t)),
                            fmt::format("{:.1f}", shown), std::string(scoring::name(x.band)),
                            std::to_string(x.blockers.size())});
        if (gate_ && shown < fail_under_)
          rows.below.push_back(
              fmt::format("{} {} Type {} at {:.1f}", r.service, label(f), name(t), shown));
      }
    }
    if (!any) rows.none.push_back(r.service);
  }

  void print_services(Io io, const ServiceRows& rows) const {
    const auto& options = scoring_.value();
    fmt::print(io.out, "Readiness as of {} (Type II window: {} months)\n\n", options.as_of.iso(),
               options.window_months);
    io.out << rows.table.render();
    if (!rows.none.empty())
      fmt::print(io.out, "\nNo report indicated yet for: {} (see 'socready applicability')\n",
                 fmt::join(rows.none, ", "));
    if (!rows.undetermined.empty())
      fmt::print(io.out, "{}Undetermined, questions to answer: {} (see 'socready applicability')\n",
                 rows.none.empty() ? "\n" : "", fmt::join(rows.undetermined, ", "));
    io.out << soc1_footnote(rows.hints);
  }

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
    const auto r = app::score_system_as_of(db, system_, scoring_.value());
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
        if (format_.value() == OutputFormat::json)
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
    if (format_.value() == OutputFormat::json) {
      io.out << json.dump(2) << '\n';
    } else {
      fmt::print(io.out,
                 "System {} ({}): {}\nReadiness as of {}, each requirement counted once\n\n",
                 r.system, r.name, fmt::join(listed_services(r), ", "), r.as_of.iso());
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
  double fail_under_ = 0;
  bool gate_ = false;
  std::optional<ReportType> type_;
  FormatOption format_{OutputFormat::table, OutputFormat::json};
  ScoringOptions scoring_;
};

}  // namespace

std::unique_ptr<Command> make_score_command() { return std::make_unique<ScoreCommand>(); }

}  // namespace socready::cli

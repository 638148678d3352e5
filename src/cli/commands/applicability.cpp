#include <fmt/format.h>
#include <fmt/ostream.h>

#include <nlohmann/json.hpp>

#include "app/scoring_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/service_list_options.hpp"
#include "core/text_table.hpp"
#include "scoring/applicability_text.hpp"
#include "scoring/json.hpp"
#include "scoring/policy.hpp"

namespace socready::cli {
namespace {

void print_items(std::ostream& out, const std::vector<std::string>& items) {
  for (const auto& item : items) fmt::print(out, "    - {}\n", item);
}

// Why each report applies or not to one service, and what is left to confirm or answer.
void print_reasons(std::ostream& out, const scoring::ServiceResult& r) {
  const auto& a = r.applicability;
  fmt::print(out, "\n{} ({}): {}\n", r.name, r.service, a.verdict);
  for (auto f : scoring::all_frameworks) {
    const auto& d = a.decision(f);
    fmt::print(out, "  {}:\n", scoring::decision_heading(f, d));
    print_items(out, d.rationale);
    if (d.outcome == scoring::Outcome::undetermined)
      fmt::print(out, "    {}\n", scoring::undetermined_line(f, d));
  }
  if (a.soc2.outcome != scoring::Outcome::does_not_apply) {
    out << "  SOC 2 categories in scope:\n";
    print_items(out, scoring::category_lines(a));
  }
  if (a.soc1.outcome != scoring::Outcome::does_not_apply) {
    fmt::print(out, "  SOC 1 objectives in scope: {}\n", scoring::list_text(a.soc1_objectives));
    for (const auto& e : a.soc1_exclusions)
      fmt::print(out, "  SOC 1 objective excluded: {} ({})\n", e.objective, e.reason);
  }
  for (const auto& [heading, items] : scoring::applicability_notes(a, true)) {
    fmt::print(out, "  {}:\n", heading);
    print_items(out, items);
  }
}

class ApplicabilityCommand final : public Command {
 public:
  ApplicabilityCommand()
      : Command("applicability",
                "Which reports apply to each service: for SOC 1 and SOC 2, applies, does not\n"
                "apply or undetermined; the facts that decided it, the SOC 2 categories in\n"
                "scope, the answers inferred from capabilities (to confirm), contradictions to\n"
                "check and the questions still to answer. Name services to see every reason.\n"
                "With --as-of, the service facts valid on that date (a service imported later\n"
                "is not listed).",
                "[SERVICE...] [--as-of DATE] [--format table|json]") {
    list_.add_to(options(), positional());
    add_option("as-of", as_of_text_, "the facts valid on DATE (YYYY-MM-DD; default today)");
  }

  void validate(const po::variables_map&) override {
    list_.resolve(command_name());
    // As `score --as-of` parses and checks it.
    as_of_ = parse_date_option(command_name(), "as-of", as_of_text_, Date::today());
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    // Applicability depends on the date only through the service facts valid on it; scoring
    // as of that date gives it with the rest.
    const auto results =
        app::score_as_of(db, {as_of_, scoring::policy::default_window_months}, list_.services());
    if (list_.format() == OutputFormat::json) {
      auto all = nlohmann::ordered_json::array();
      for (const auto& r : results)
        all.push_back(nlohmann::ordered_json(scoring::applicability_json(r)));
      io.out << all.dump(2) << '\n';
      return ExitCode::ok;
    }
    TextTable table({{"Product line"},
                     {"Service"},
                     {"Reports"},
                     {"SOC 2 categories"},
                     {"Open questions", TextTable::Align::right},
                     {"To confirm", TextTable::Align::right},
                     {"Contradictions", TextTable::Align::right}});
    for (const auto& r : results) {
      const auto& a = r.applicability;
      std::vector<std::string> cats;
      if (a.soc2.outcome != scoring::Outcome::does_not_apply)
        for (const auto& c : a.soc2_categories) cats.emplace_back(name(c.category));
      table.add_row({r.product_line, r.service, a.verdict, scoring::list_text(cats),
                     std::to_string(a.unknowns.size()), std::to_string(a.to_confirm.size()),
                     std::to_string(a.contradictions.size())});
    }
    io.out << table.render();
    if (list_.services().empty()) {
      io.out << "\nName a service to see why: socready applicability SERVICE\n";
      return ExitCode::ok;
    }
    for (const auto& r : results) print_reasons(io.out, r);
    return ExitCode::ok;
  }

 private:
  ServiceListOptions list_;
  std::string as_of_text_;
  Date as_of_;
};

}  // namespace

std::unique_ptr<Command> make_applicability_command() {
  return std::make_unique<ApplicabilityCommand>();
}

}  // namespace socready::cli

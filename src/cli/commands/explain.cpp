#include "scoring/explain.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/scoring_run.hpp"
#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/scoring_options.hpp"
#include "store/objective_store.hpp"

namespace socready::cli {
namespace {

class ExplainCommand final : public Command {
 public:
  ExplainCommand()
      : Command("explain",
                "Trace a service's readiness to its rows: which control versions, evidence\n"
                "dates and tests produced each requirement's score, and which rule lowered it.",
                "SERVICE --framework soc1|soc2 [REQUIREMENT] [--as-of DATE]") {
    add_option("service", service_, "the service");
    add_option("requirement", requirement_, "one requirement (e.g. CC6.1) in full detail");
    add_option("framework", framework_text_, "soc1 or soc2");
    scoring_.add_to(options());
    positional().add("service", 1).add("requirement", 1);
  }

  void validate(const po::variables_map&) override {
    if (service_.empty()) usage_error(command_name(), "expected a service to explain");
    if (framework_text_.empty()) usage_error(command_name(), "expected --framework soc1 or soc2");
    framework_ = parse_framework_option(command_name(), framework_text_);
    scoring_.resolve(command_name());
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const auto results = app::score_as_of(db, scoring_.value(), {service_});
    const auto& r = results.at(0);
    std::optional<std::string> requirement;
    if (!requirement_.empty()) {
      std::string code = requirement_;
      for (auto& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      // An excluded objective is explained (excluded, and why), not refused.
      const auto& excluded = r.applicability.soc1_exclusions;
      const bool is_excluded =
          framework_ == Framework::soc1 &&
          std::any_of(excluded.begin(), excluded.end(),
                      [&](const scoring::Exclusion& e) { return e.objective == code; });
      if (!is_excluded && !r.readiness(framework_, ReportType::type1).find(code))
        throw InputError(
            fmt::format("{} is not in scope for {} {}", requirement_, service_, label(framework_)));
      requirement = code;
    }
    io.out << scoring::explain(r, framework_, requirement, scoring_.value(),
                               store::load_objective_criteria(db));
    return ExitCode::ok;
  }

 private:
  std::string service_;
  std::string requirement_;
  std::string framework_text_;
  Framework framework_ = Framework::soc2;
  ScoringOptions scoring_;
};

}  // namespace

std::unique_ptr<Command> make_explain_command() { return std::make_unique<ExplainCommand>(); }

}  // namespace socready::cli

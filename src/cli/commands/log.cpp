#include <fmt/format.h>
#include <fmt/ostream.h>

#include <nlohmann/json.hpp>

#include "cli/commands/commands.hpp"
#include "cli/format_option.hpp"
#include "cli/option_values.hpp"
#include "store/audit_store.hpp"
#include "store/read_transaction.hpp"

namespace socready::cli {
namespace {

class LogCommand final : public Command {
 public:
  LogCommand()
      : Command("log",
                "The audit trail: every change to SOC 1 objectives, services, controls,\n"
                "evidence, tests, populations, CUECs, subservice organisations and systems,\n"
                "with the import that made it (when, command, file) and the values before and\n"
                "after.\n"
                "The trail is append-only; no command edits it.",
                "[--since DATE] [--control ID] [--service SLUG] [--format text|json]") {
    add_option("since", since_text_, "imports run on or after DATE (YYYY-MM-DD, UTC)");
    add_option("control", control_, "one control");
    add_option("service", service_, "one service, and the controls covering it");
    format_.add_to(options());
  }

  void validate(const po::variables_map&) override {
    if (!since_text_.empty())
      filter_.since = parse_date_option(command_name(), "since", since_text_);
    if (!control_.empty()) filter_.control = control_;
    if (!service_.empty()) filter_.service = service_;
    format_.resolve(command_name());
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const store::ReadTransaction read(db);
    const auto events = store::load_audit_trail(db, filter_);
    if (format_.value() == OutputFormat::json) {
      auto all = nlohmann::ordered_json::array();
      for (const auto& e : events) {
        auto changes = nlohmann::ordered_json::array();
        for (const auto& c : e.changes)
          changes.push_back({{"field", c.field}, {"before", c.before}, {"after", c.after}});
        all.push_back({{"revision", e.revision_id},
                       {"imported_at", e.imported_at},
                       {"command", e.command},
                       {"file", e.source},
                       {"effective", e.effective.iso()},
                       {"entity", name(e.entity)},
                       {"key", e.key},
                       {"action", name(e.action)},
                       {"detail", e.detail},
                       {"changes", changes}});
      }
      io.out << all.dump(2) << '\n';
      return ExitCode::ok;
    }
    std::int64_t revision = -1;
    for (const auto& e : events) {
      if (e.revision_id != revision) {
        revision = e.revision_id;
        fmt::print(io.out, "\n#{} {}  {} (effective {})\n    {}\n", e.revision_id, e.imported_at,
                   e.source, e.effective.iso(), e.command);
      }
      fmt::print(io.out, "  {} {} {}{}\n", name(e.entity), e.key, name(e.action),
                 e.detail.empty() ? "" : ": " + e.detail);
      for (const auto& c : e.changes) {
        if (e.action == store::AuditAction::added)
          fmt::print(io.out, "      {}: {}\n", c.field, c.after);
        else
          fmt::print(io.out, "      {}: {} -> {}\n", c.field,
                     c.before.empty() ? "(empty)" : c.before,
                     c.after.empty() ? "(empty)" : c.after);
      }
    }
    if (events.empty()) io.out << "No changes recorded";
    io.out << (events.empty() ? ".\n" : "");
    return ExitCode::ok;
  }

 private:
  std::string since_text_;
  std::string control_;
  std::string service_;
  FormatOption format_{OutputFormat::text, OutputFormat::json};
  store::AuditFilter filter_;
};

}  // namespace

std::unique_ptr<Command> make_log_command() { return std::make_unique<LogCommand>(); }

}  // namespace socready::cli

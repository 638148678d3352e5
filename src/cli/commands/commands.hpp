#pragma once
// One factory per subcommand; each lives in its own file in this folder.

#include <memory>
#include <vector>

#include "cli/command.hpp"

namespace socready::cli {

std::unique_ptr<Command> make_init_command();
std::unique_ptr<Command> make_migrate_command();
std::unique_ptr<Command> make_catalog_command();
std::unique_ptr<Command> make_import_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_applicability_command();
std::unique_ptr<Command> make_score_command();
std::unique_ptr<Command> make_explain_command();
std::unique_ptr<Command> make_snapshot_command();
std::unique_ptr<Command> make_report_command();
std::unique_ptr<Command> make_history_command();
std::unique_ptr<Command> make_log_command();
std::unique_ptr<Command> make_gaps_command();
std::unique_ptr<Command> make_suggest_command();
std::unique_ptr<Command> make_plan_command();

// Every command, in the order `socready --help` lists them. The one place they are registered.
std::vector<std::unique_ptr<Command>> all_commands();

}  // namespace socready::cli

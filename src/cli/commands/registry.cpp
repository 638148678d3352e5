#include "cli/commands/commands.hpp"

namespace socready::cli {

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> all;
  all.push_back(make_init_command());
  all.push_back(make_migrate_command());
  all.push_back(make_catalog_command());
  all.push_back(make_import_command());
  all.push_back(make_export_command());
  all.push_back(make_applicability_command());
  all.push_back(make_score_command());
  all.push_back(make_explain_command());
  all.push_back(make_gaps_command());
  all.push_back(make_plan_command());
  all.push_back(make_suggest_command());
  all.push_back(make_snapshot_command());
  all.push_back(make_report_command());
  all.push_back(make_history_command());
  all.push_back(make_log_command());
  return all;
}

}  // namespace socready::cli

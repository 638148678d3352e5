#include "cli/command.hpp"

#include <fmt/format.h>

#include <sstream>

#include "store/database.hpp"

namespace socready::cli {

Command::Command(std::string name, std::string summary, std::string usage)
    : name_(std::move(name)), summary_(std::move(summary)), usage_(std::move(usage)) {}

void usage_error(const std::string& command, const std::string& message) {
  throw InputError(
      fmt::format("{}\nSee 'socready {}--help'.", message, command.empty() ? "" : command + " "));
}

void Command::parse(const std::vector<std::string>& args) {
  po::options_description common("Common options");
  common.add_options()                                                                //
      ("db", po::value(&db_), "database file (else $SOCREADY_DB, else socready.db)")  //
      ("help,h", po::bool_switch(&help_), "show this help");
  po::options_description all;
  all.add(own_).add(common);
  po::variables_map vm;
  try {
    // No guessing: `--re` must not silently mean `--replace`.
    const int style =
        po::command_line_style::default_style & ~po::command_line_style::allow_guessing;
    po::store(po::command_line_parser(args).options(all).positional(positional_).style(style).run(),
              vm);
    po::notify(vm);
    if (!help_) validate(vm);
  } catch (const po::error& e) {
    usage_error(name_, e.what());
  }
}

std::string Command::help() const {
  std::ostringstream s;
  s << "Usage: socready " << name_ << (usage_.empty() ? "" : " ") << usage_ << "\n\n"
    << summary_ << "\n\n";
  if (!own_.options().empty()) s << own_ << "\n";
  s << "Common options:\n"
    << "  --db PATH             database file (else $SOCREADY_DB, else socready.db)\n"
    << "  -h [ --help ]         show this help\n";
  return s.str();
}

std::string Command::database_path() const { return store::resolve_database_path(db_); }

}  // namespace socready::cli

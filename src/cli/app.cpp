#include "cli/app.hpp"

#include <fmt/ostream.h>

#include <algorithm>
#include <exception>

#include "cli/commands/commands.hpp"
#include "core/suggest.hpp"

namespace socready::cli {

namespace {

std::string program_help(const std::vector<std::unique_ptr<Command>>& commands) {
  std::string s =
      "socready: SOC 1 / SOC 2 readiness from your control inventory.\n\n"
      "Usage: socready [--db PATH] COMMAND [ARGS...]\n\nCommands:\n";
  for (const auto& c : commands) {
    auto first_line = c->summary().substr(0, c->summary().find('\n'));
    s += fmt::format("  {:<15}{}\n", c->command_name(), first_line);
  }
  s += "\nOptions:\n"
       "  --db PATH      database file (else $SOCREADY_DB, else socready.db)\n"
       "  --version      print the version\n"
       "  -h, --help     show this help; 'socready COMMAND --help' for a command\n\n"
       "Exit codes: 0 success, 1 readiness gate not met, 2 bad input, 3 database or internal "
       "error.\n";
  return s;
}

void print_error(std::ostream& err, const Error& e) {
  // Outermost first, as a reader follows it: what the command was doing, then what failed.
  for (auto it = e.context().rbegin(); it != e.context().rend(); ++it)
    err << "socready: " << *it << ":\n";
  if (const auto* input = dynamic_cast<const InputError*>(&e)) {
    for (const auto& d : input->diagnostics()) {
      if (d.where.file.empty())
        err << "socready: error: " << d.message << '\n';
      else
        err << format_diagnostic(d) << '\n';
    }
    if (input->total() > input->diagnostics().size())
      fmt::print(err, "... and {} more errors\n", input->total() - input->diagnostics().size());
    return;
  }
  err << "socready: error: " << e.what() << '\n';
}

}  // namespace

int run_app(const std::vector<std::string>& args, Io io) {
  auto commands = all_commands();
  try {
    // The command is the first word that is neither an option nor --db's value; every other
    // argument, --db included, goes to the command, so global options work on either side.
    std::vector<std::string> rest;
    std::string command_name;
    bool help = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
      const auto& a = args[i];
      if (!command_name.empty()) {
        rest.push_back(a);
      } else if (a == "--db" && i + 1 < args.size()) {
        rest.push_back(a);
        rest.push_back(args[++i]);
      } else if (a.rfind("--db=", 0) == 0) {
        rest.push_back(a);
      } else if (a == "--version") {
        fmt::print(io.out, "socready {}\n", SOCREADY_VERSION);
        return 0;
      } else if (a == "--help" || a == "-h") {
        help = true;
      } else if (!a.empty() && a[0] == '-') {
        usage_error("", fmt::format("unknown option '{}'", a));
      } else {
        command_name = a;
      }
    }
    if (command_name.empty() || command_name == "help") {
      io.out << program_help(commands);
      return help || command_name == "help" ? 0 : 2;
    }
    auto it = std::find_if(commands.begin(), commands.end(),
                           [&](const auto& c) { return c->command_name() == command_name; });
    if (it == commands.end()) {
      std::vector<std::string> names;
      for (const auto& c : commands) names.push_back(c->command_name());
      usage_error("", fmt::format("unknown command '{}'{}", command_name,
                                  did_you_mean(command_name, names)));
    }
    Command& command = **it;
    if (help) rest.push_back("--help");
    command.parse(rest);
    if (command.help_requested()) {
      io.out << command.help();
      return 0;
    }
    return static_cast<int>(command.run(io));
  } catch (const Error& e) {
    print_error(io.err, e);
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    io.err << "socready: internal error: " << e.what() << '\n';
    return static_cast<int>(ExitCode::internal);
  }
}

}  // namespace socready::cli

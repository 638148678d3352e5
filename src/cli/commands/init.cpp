#include <fmt/ostream.h>

#include "cli/commands/commands.hpp"
#include "store/database.hpp"

namespace socready::cli {
namespace {

class InitCommand final : public Command {
 public:
  InitCommand() : Command("init", "Create the database (or bring it up to date).", "") {}

  ExitCode run(Io io) override {
    store::Database db(database_path());
    const auto& r = db.migration_report();
    if (r.from_version == r.to_version)
      fmt::print(io.out, "{}: up to date (schema version {})\n", db.path(), r.to_version);
    else if (r.from_version == 0)
      fmt::print(io.out, "{}: created (schema version {})\n", db.path(), r.to_version);
    else
      fmt::print(io.out, "{}: upgraded from schema version {} to {}\n", db.path(), r.from_version,
                 r.to_version);
    return ExitCode::ok;
  }
};

}  // namespace

std::unique_ptr<Command> make_init_command() { return std::make_unique<InitCommand>(); }

}  // namespace socready::cli

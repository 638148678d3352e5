#include <fmt/ostream.h>

#include "cli/commands/commands.hpp"
#include "store/database.hpp"

namespace socready::cli {
namespace {

class MigrateCommand final : public Command {
 public:
  MigrateCommand()
      : Command("migrate",
                "Upgrade the database to this version's schema. A copy of the database is\n"
                "written beside it first (NAME.vN.bak).",
                "") {}

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const auto& r = db.migration_report();
    if (r.from_version == r.to_version) {
      fmt::print(io.out, "{}: schema version {} is current; nothing to do\n", db.path(),
                 r.to_version);
    } else {
      fmt::print(io.out, "{}: migrated schema version {} -> {}\n", db.path(), r.from_version,
                 r.to_version);
      if (!r.backup.empty()) fmt::print(io.out, "backup: {}\n", r.backup.string());
    }
    return ExitCode::ok;
  }
};

}  // namespace

std::unique_ptr<Command> make_migrate_command() { return std::make_unique<MigrateCommand>(); }

}  // namespace socready::cli

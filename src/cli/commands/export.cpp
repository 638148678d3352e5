#include <fmt/ostream.h>

#include <filesystem>
#include <fstream>

#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "core/atomic_file.hpp"
#include "import/exporter.hpp"
#include "store/read_transaction.hpp"

namespace socready::cli {
namespace {

class ExportCommand final : public Command {
 public:
  ExportCommand()
      : Command("export",
                "Write controls or services as CSV in the import format; the file imports back\n"
                "with zero changes. Cells starting with = + - @ are prefixed with ' so\n"
                "spreadsheets do not run them; the importer removes the prefix.",
                "controls|services [--out FILE] [--as-of DATE]") {
    options().add_options()                                                    //
        ("kind", po::value(&kind_), "controls or services")                    //
        ("out", po::value(&out_), "write to FILE instead of standard output")  //
        ("as-of", po::value(&as_of_text_), "controls: the inventory as of DATE (default today)");
    positional().add("kind", 1);
  }

  void validate(const po::variables_map&) override {
    if (kind_ != "controls" && kind_ != "services")
      usage_error(command_name(), kind_.empty()
                                      ? "expected what to export: controls or services"
                                      : fmt::format("cannot export '{}'; expected controls or "
                                                    "services",
                                                    kind_));
    // Checked before the database is opened; rename() would only say "Is a directory" late.
    if (!out_.empty() && std::filesystem::is_directory(out_))
      usage_error(command_name(),
                  fmt::format("--out {} is a folder; name the file to write", out_));
    as_of_ = as_of_text_.empty() ? Date::today()
                                 : parse_date_option(command_name(), "as-of", as_of_text_);
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const store::ReadTransaction read(db);
    auto write = [&](std::ostream& out) {
      if (kind_ == "controls")
        import::export_controls(db, out, as_of_);
      else
        import::export_services(db, out);
    };
    if (out_.empty()) {
      write(io.out);
    } else {
      write_file_atomically(out_, write);
    }
    return ExitCode::ok;
  }

 private:
  std::string kind_;
  std::string out_;
  std::string as_of_text_;
  Date as_of_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace socready::cli

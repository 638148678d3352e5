#include <fmt/ostream.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "import/control_importer.hpp"
#include "import/record_importer.hpp"
#include "import/service_importer.hpp"

namespace socready::cli {
namespace {

class ImportCommand final : public Command {
 public:
  ImportCommand()
      : Command("import",
                "Import services, controls, evidence, tests or populations from a CSV file\n"
                "(SPEC §7 formats). Every row is validated first; if any is bad, all problems\n"
                "are listed and nothing is written. Controls are versioned: a changed control\n"
                "gets a new version valid from the effective date; an unchanged one is left\n"
                "alone. Evidence, tests and populations are dated records: one already on file\n"
                "is left alone, and population periods of one control may not overlap.",
                "services|controls|evidence|tests|populations FILE.csv [--effective DATE] "
                "[--dry-run] [--replace]") {
    options().add_options()  //
        ("kind", po::value(&kind_),
         "services, controls, evidence, tests or populations")                //
        ("file", po::value(&file_), "the CSV file ('-' for standard input)")  //
        ("effective", po::value(&effective_text_),
         "the date the file describes (YYYY-MM-DD; default today)")                       //
        ("dry-run", po::bool_switch(&dry_run_), "validate and summarise; write nothing")  //
        ("replace", po::bool_switch(&replace_),
         "controls: retire, as of the effective date, controls missing from the file");
    positional().add("kind", 1).add("file", 1);
  }

  void validate(const po::variables_map&) override {
    if (kind_ != "services" && kind_ != "controls" && kind_ != "evidence" && kind_ != "tests" &&
        kind_ != "populations")
      usage_error(command_name(), kind_.empty()
                                      ? "expected what to import: services, controls, evidence, "
                                        "tests or populations"
                                      : fmt::format("cannot import '{}'; expected services, "
                                                    "controls, evidence, tests or populations",
                                                    kind_));
    if (file_.empty()) usage_error(command_name(), "expected the CSV file to import");
    today_ = Date::today();
    effective_ = effective_text_.empty()
                     ? today_
                     : parse_date_option(command_name(), "effective", effective_text_);
    if (replace_ && kind_ != "controls")
      usage_error(command_name(), "--replace applies to controls only");
  }

  ExitCode run(Io io) override {
    std::ifstream file;
    std::uint64_t size = 0;
    if (file_ != "-") {
      file.open(file_, std::ios::binary);
      if (!file)
        throw InputError(Location{file_, 0, 0},
                         fmt::format("cannot open: {}", std::strerror(errno)));
      std::error_code ec;
      size = std::filesystem::file_size(file_, ec);
    }
    store::Database db(database_path());
    std::istream& in = file_ == "-" ? std::cin : file;
    const import::Source source{in, file_ == "-" ? "<stdin>" : file_, size};
    const std::string command =
        fmt::format("socready import {} {} --effective {}{}{}", kind_, file_, effective_.iso(),
                    dry_run_ ? " --dry-run" : "", replace_ ? " --replace" : "");
    const import::ImportOptions options{effective_, today_, dry_run_, replace_, command};
    import::ImportSummary summary;
    if (kind_ == "services")
      summary = import::import_services(db, source, options);
    else if (kind_ == "controls")
      summary = import::import_controls(db, source, options);
    else if (kind_ == "evidence")
      summary = import::import_evidence(db, source, options);
    else if (kind_ == "tests")
      summary = import::import_tests(db, source, options);
    else
      summary = import::import_populations(db, source, options);
    io.out << import::describe(summary) << '\n';
    return ExitCode::ok;
  }

 private:
  std::string kind_;
  std::string file_;
  std::string effective_text_;
  bool dry_run_ = false;
  bool replace_ = false;
  Date today_;
  Date effective_;
};

}  // namespace

std::unique_ptr<Command> make_import_command() { return std::make_unique<ImportCommand>(); }

}  // namespace socready::cli

#include <fmt/ostream.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/kind_argument.hpp"
#include "cli/option_values.hpp"
#include "import/capability_importer.hpp"
#include "import/control_importer.hpp"
#include "import/cuec_importer.hpp"
#include "import/objective_importer.hpp"
#include "import/record_importer.hpp"
#include "import/service_importer.hpp"
#include "import/subservice_importer.hpp"
#include "import/system_importer.hpp"

namespace socready::cli {
namespace {

// Each kind an import reads: the command's word, its importer, and whether --replace applies.
struct Importable {
  std::string_view kind;
  import::ImportSummary (*run)(store::Database&, const import::Source&,
                               const import::ImportOptions&);
  bool replaces = false;
};

// Sized by its entries: a kind added here is all an import needs besides its importer.
constexpr auto importables = std::to_array<Importable>({
    {"services", import::import_services, true},
    {"controls", import::import_controls, true},
    {"evidence", import::import_evidence},
    {"tests", import::import_tests},
    {"populations", import::import_populations},
    {"capabilities", import::import_capabilities},
    {"cuecs", import::import_cuecs, true},
    {"subservice", import::import_subservice, true},
    {"objectives", import::import_objectives},
    {"systems", import::import_systems, true},
});

// The kinds --replace applies to.
std::vector<std::string_view> replacing_kinds() {
  std::vector<std::string_view> kinds;
  for (const auto& i : importables)
    if (i.replaces) kinds.push_back(i.kind);
  return kinds;
}

class ImportCommand final : public Command {
 public:
  ImportCommand()
      : Command("import",
                "Import services, controls, evidence, tests, populations, capabilities, CUECs,\n"
                "subservice organisations, systems or SOC 1 objectives from a CSV file (SPEC §7\n"
                "formats). Every row is validated first; if any is bad, all problems are listed\n"
                "and nothing is written. Service facts, controls, CUECs, vendors and systems are\n"
                "versioned: a changed row gets a new version valid from the effective date; an\n"
                "unchanged one is left alone. Evidence, tests and populations are dated records:\n"
                "one already on file is left alone, and population periods of one control may\n"
                "not overlap. SOC 1 objectives (objectives) add to the catalog or re-word its\n"
                "built-in ones.",
                "services|controls|evidence|tests|populations|capabilities|cuecs|subservice|"
                "systems|objectives FILE.csv [--effective DATE] [--dry-run] [--replace]") {
    kind_.add_to(
        options(), positional(),
        "services, controls, evidence, tests, populations, capabilities, cuecs, subservice,\n"
        "systems or objectives");
    add_option("file", file_, "the CSV file ('-' for standard input)");
    add_option("effective", effective_text_,
               "the date the file describes (YYYY-MM-DD; default today)");
    add_switch("dry-run", dry_run_, "validate and summarise; write nothing");
    add_switch("replace", replace_,
               "controls, cuecs, subservice, systems: retire, as of the effective date, those\n"
               "missing from the file");
    positional().add("file", 1);
  }

  void validate(const po::variables_map&) override {
    if (!kind_.entry()) refuse_kind(command_name(), kind_.text(), kind_.names());
    if (file_.empty()) usage_error(command_name(), "expected the CSV file to import");
    today_ = Date::today();
    effective_ = parse_date_option(command_name(), "effective", effective_text_, today_);
    if (replace_ && !kind_.entry()->replaces)
      usage_error(command_name(),
                  fmt::format("--replace applies to {} only", one_of_text(replacing_kinds())));
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
        fmt::format("socready import {} {} --effective {}{}{}", kind_.text(), file_,
                    effective_.iso(), dry_run_ ? " --dry-run" : "", replace_ ? " --replace" : "");
    const import::ImportOptions options{effective_, today_, dry_run_, replace_, command};
    const auto summary = kind_.entry()->run(db, source, options);
    io.out << import::describe(summary) << '\n';
    return ExitCode::ok;
  }

 private:
  KindArgument<Importable> kind_{importables};
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

#include <fmt/ostream.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/option_values.hpp"
#include "import/capability_importer.hpp"
#include "import/control_importer.hpp"
#include "import/cuec_importer.hpp"
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
    {"services", import::import_services},
    {"controls", import::import_controls, true},
    {"evidence", import::import_evidence},
    {"tests", import::import_tests},
    {"populations", import::import_populations},
    {"capabilities", import::import_capabilities},
    {"cuecs", import::import_cuecs, true},
    {"subservice", import::import_subservice, true},
    {"systems", import::import_systems, true},
});

const Importable* importable(std::string_view kind) {
  for (const auto& i : importables)
    if (i.kind == kind) return &i;
  return nullptr;
}

// "services, controls, evidence, tests, populations, capabilities, cuecs, subservice or systems"
std::string kinds_text(bool replacing_only = false) {
  std::vector<std::string_view> kinds;
  for (const auto& i : importables)
    if (i.replaces || !replacing_only) kinds.push_back(i.kind);
  std::string out;
  for (std::size_t i = 0; i < kinds.size(); ++i)
    out += fmt::format("{}{}", i == 0 ? "" : i + 1 == kinds.size() ? " or " : ", ", kinds[i]);
  return out;
}

class ImportCommand final : public Command {
 public:
  ImportCommand()
      : Command(
            "import",
            "Import services, controls, evidence, tests, populations, capabilities, CUECs,\n"
            "subservice organisations or systems from a CSV file (SPEC §7 formats). Every\n"
            "row is validated first; if any is bad, all problems are listed and nothing is\n"
            "written. Controls, CUECs, vendors and systems are versioned: a changed row gets\n"
            "a new version valid from the effective date; an unchanged one is left alone.\n"
            "Evidence, tests and populations are dated records: one already on file is left\n"
            "alone, and population periods of one control may not overlap.",
            "services|controls|evidence|tests|populations|capabilities|cuecs|subservice|systems "
            "FILE.csv [--effective DATE] [--dry-run] [--replace]") {
    options().add_options()  //
        ("kind", po::value(&kind_),
         "services, controls, evidence, tests, populations, capabilities, cuecs, subservice or\n"
         "systems")                                                           //
        ("file", po::value(&file_), "the CSV file ('-' for standard input)")  //
        ("effective", po::value(&effective_text_),
         "the date the file describes (YYYY-MM-DD; default today)")                       //
        ("dry-run", po::bool_switch(&dry_run_), "validate and summarise; write nothing")  //
        ("replace", po::bool_switch(&replace_),
         "controls, cuecs, subservice, systems: retire, as of the effective date, those\n"
         "missing from the file");
    positional().add("kind", 1).add("file", 1);
  }

  void validate(const po::variables_map&) override {
    importable_ = importable(kind_);
    if (!importable_)
      usage_error(command_name(),
                  kind_.empty()
                      ? fmt::format("expected what to import: {}", kinds_text())
                      : fmt::format("cannot import '{}'; expected {}", kind_, kinds_text()));
    if (file_.empty()) usage_error(command_name(), "expected the CSV file to import");
    today_ = Date::today();
    effective_ = effective_text_.empty()
                     ? today_
                     : parse_date_option(command_name(), "effective", effective_text_);
    if (replace_ && !importable_->replaces)
      usage_error(command_name(), fmt::format("--replace applies to {} only", kinds_text(true)));
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
    const auto summary = importable_->run(db, source, options);
    io.out << import::describe(summary) << '\n';
    return ExitCode::ok;
  }

 private:
  std::string kind_;
  const Importable* importable_ = nullptr;
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

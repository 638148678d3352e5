#include <fmt/ostream.h>

#include <array>
#include <filesystem>
#include <fstream>

#include "app/oscal_export.hpp"
#include "cli/commands/commands.hpp"
#include "cli/kind_argument.hpp"
#include "cli/option_values.hpp"
#include "core/atomic_file.hpp"
#include "import/exporter.hpp"
#include "store/read_transaction.hpp"

namespace socready::cli {
namespace {

// Each kind an export writes as CSV, and how (the dated ones as of --as-of).
struct Exportable {
  std::string_view kind;
  void (*write)(store::Database&, std::ostream&, Date as_of);
};

// Sized by its entries: a kind added here is all an export needs.
constexpr auto exportables = std::to_array<Exportable>({
    {"controls", import::export_controls},
    {"services",
     [](store::Database& db, std::ostream& out, Date) { import::export_services(db, out); }},
    {"populations",
     [](store::Database& db, std::ostream& out, Date) { import::export_populations(db, out); }},
    {"capabilities",
     [](store::Database& db, std::ostream& out, Date) { import::export_capabilities(db, out); }},
    {"cuecs", import::export_cuecs},
    {"subservice", import::export_subservice},
    {"objectives",
     [](store::Database& db, std::ostream& out, Date) { import::export_objectives(db, out); }},
    {"systems", import::export_systems},
});

class ExportCommand final : public Command {
 public:
  ExportCommand()
      : Command("export",
                "Write controls, services, populations, capabilities, CUECs, subservice\n"
                "organisations or systems as CSV in the import format; the file imports back with "
                "zero\n"
                "changes. Cells starting with = + - @ are prefixed with ' so spreadsheets do not\n"
                "run them; the importer removes the prefix. 'oscal' writes a frozen period as\n"
                "OSCAL 1.0.6 JSON into DIR/PERIOD (docs/oscal.md). 'objectives' writes the SOC 1\n"
                "objectives your files added or changed.",
                "controls|services|populations|capabilities|cuecs|subservice|systems|objectives|"
                "oscal [--out FILE|DIR] [--as-of DATE] [--period YYYY-Qn]") {
    kind_.add_to(
        options(), positional(),
        "controls, services, populations, capabilities, cuecs, subservice, systems, objectives\n"
        "or oscal");
    add_option("out", out_,
               "write to FILE instead of standard output; oscal: the folder (default oscal)");
    add_option("as-of", as_of_text_,
               "controls, cuecs, subservice, systems: as of DATE (default today)");
    add_option("period", period_text_, "oscal: the frozen quarter, e.g. 2026-Q3");
  }

  void validate(const po::variables_map&) override {
    if (!kind_.entry() && !oscal()) {
      auto kinds = kind_.names();
      kinds.push_back("oscal");
      refuse_kind(command_name(), kind_.text(), kinds);
    }
    if (oscal()) {
      if (period_text_.empty()) usage_error(command_name(), "oscal: expected --period YYYY-Qn");
      period_ = parse_period_option(command_name(), period_text_);
    }
    // oscal writes into a folder, so --out names one there.
    if (!oscal()) check_out_file(command_name(), out_);
    as_of_ = parse_date_option(command_name(), "as-of", as_of_text_, Date::today());
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const store::ReadTransaction read(db);
    if (oscal()) {
      const auto folder = std::filesystem::path(out_.empty() ? "oscal" : out_) / period_.label();
      const auto files = app::oscal_export(db, period_);
      oscal::write_files(files, folder);
      fmt::print(io.out, "{}: {} OSCAL files\n", folder.string(), files.size());
      return ExitCode::ok;
    }
    auto write = [&](std::ostream& out) { kind_.entry()->write(db, out, as_of_); };
    if (out_.empty()) {
      write(io.out);
    } else {
      write_file_atomically(out_, write);
    }
    return ExitCode::ok;
  }

 private:
  // The one kind outside the table: OSCAL is written per frozen period, into a folder.
  bool oscal() const { return kind_.text() == "oscal"; }

  KindArgument<Exportable> kind_{exportables};
  std::string out_;
  std::string as_of_text_;
  Date as_of_;
  std::string period_text_;
  Quarter period_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace socready::cli

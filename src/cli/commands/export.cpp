#include <fmt/ostream.h>

#include <array>
#include <filesystem>
#include <fstream>

#include "app/oscal_export.hpp"
#include "cli/commands/commands.hpp"
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
    {"systems", import::export_systems},
});

const Exportable* exportable(std::string_view kind) {
  for (const auto& e : exportables)
    if (e.kind == kind) return &e;
  return nullptr;
}

// "controls, services, capabilities, cuecs, subservice"
std::string kinds_text() {
  std::string out;
  for (const auto& e : exportables) out += fmt::format("{}{}", out.empty() ? "" : ", ", e.kind);
  return out;
}

class ExportCommand final : public Command {
 public:
  ExportCommand()
      : Command("export",
                "Write controls, services, populations, capabilities, CUECs, subservice\n"
                "organisations or systems as CSV in the import format; the file imports back with "
                "zero\n"
                "changes. Cells starting with = + - @ are prefixed with ' so spreadsheets do not\n"
                "run them; the importer removes the prefix. 'oscal' writes a frozen period as\n"
                "OSCAL 1.0.6 JSON into DIR/PERIOD (docs/oscal.md).",
                "controls|services|populations|capabilities|cuecs|subservice|systems|oscal "
                "[--out FILE|DIR] [--as-of DATE] [--period YYYY-Qn]") {
    options().add_options()  //
        ("kind", po::value(&kind_),
         "controls, services, populations, capabilities, cuecs, subservice, systems or oscal")  //
        ("out", po::value(&out_),
         "write to FILE instead of standard output; oscal: the folder (default oscal)")  //
        ("as-of", po::value(&as_of_text_),
         "controls, cuecs, subservice, systems: as of DATE (default today)")  //
        ("period", po::value(&period_text_), "oscal: the frozen quarter, e.g. 2026-Q3");
    positional().add("kind", 1);
  }

  void validate(const po::variables_map&) override {
    exportable_ = exportable(kind_);
    if (!exportable_ && kind_ != "oscal")
      usage_error(command_name(),
                  kind_.empty() ? fmt::format("expected what to export: {} or oscal", kinds_text())
                                : fmt::format("cannot export '{}'; expected {} or oscal", kind_,
                                              kinds_text()));
    if (kind_ == "oscal") {
      if (period_text_.empty()) usage_error(command_name(), "oscal: expected --period YYYY-Qn");
      period_ = parse_period_option(command_name(), period_text_);
    }
    // Checked before the database is opened; rename() would only say "Is a directory" late.
    // oscal writes into a folder, so --out names one there.
    if (kind_ != "oscal" && !out_.empty() && std::filesystem::is_directory(out_))
      usage_error(command_name(),
                  fmt::format("--out {} is a folder; name the file to write", out_));
    as_of_ = as_of_text_.empty() ? Date::today()
                                 : parse_date_option(command_name(), "as-of", as_of_text_);
  }

  ExitCode run(Io io) override {
    store::Database db(database_path(), {.create = false});
    const store::ReadTransaction read(db);
    if (kind_ == "oscal") {
      const auto folder = std::filesystem::path(out_.empty() ? "oscal" : out_) / period_.label();
      const auto files = app::oscal_export(db, period_);
      oscal::write_files(files, folder);
      fmt::print(io.out, "{}: {} OSCAL files\n", folder.string(), files.size());
      return ExitCode::ok;
    }
    auto write = [&](std::ostream& out) { exportable_->write(db, out, as_of_); };
    if (out_.empty()) {
      write(io.out);
    } else {
      write_file_atomically(out_, write);
    }
    return ExitCode::ok;
  }

 private:
  std::string kind_;
  const Exportable* exportable_ = nullptr;
  std::string out_;
  std::string as_of_text_;
  Date as_of_;
  std::string period_text_;
  Quarter period_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace socready::cli

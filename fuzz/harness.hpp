#pragma once
// What each fuzz target does with one input. The libFuzzer executables (fuzz/fuzz_*.cpp) and
// the regression replay test (tests/reliability/test_fuzz_regressions.cpp) both call these
// functions, so an input that crashed a fuzzer replays through exactly the same code in the
// ordinary test binary, under the plain and the sanitizer builds alike.
//
// Each run returns a Result: whether the input was accepted, and a `violation` that is empty
// unless an invariant broke. An InputError on hostile bytes is the expected outcome and not a
// violation; any other exception, a database that fails its integrity check, a rejected import
// that wrote something, or an export that does not import back unchanged is.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <array>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "csv/reader.hpp"
#include "csv/writer.hpp"
#include "import/control_importer.hpp"
#include "import/control_spec.hpp"
#include "import/exporter.hpp"
#include "import/record_importer.hpp"
#include "import/record_specs.hpp"
#include "import/service_importer.hpp"
#include "import/service_spec.hpp"
#include "import/system_importer.hpp"
#include "import/system_spec.hpp"
#include "store/database.hpp"

namespace socready::fuzz {

enum class Target {
  csv_reader,
  import_controls,
  import_services,
  import_evidence,
  import_tests,
  import_populations,
  import_systems
};

inline constexpr std::array<std::pair<std::string_view, Target>, 7> all_targets{{
    {"fuzz_csv_reader", Target::csv_reader},
    {"fuzz_import_controls", Target::import_controls},
    {"fuzz_import_services", Target::import_services},
    {"fuzz_import_evidence", Target::import_evidence},
    {"fuzz_import_tests", Target::import_tests},
    {"fuzz_import_populations", Target::import_populations},
    {"fuzz_import_systems", Target::import_systems},
}};

// "fuzz_import_tests" or "import_tests": the names of the executables and of the folders under
// fuzz/seeds/ and tests/fuzz_regressions/.
inline std::optional<Target> target_named(std::string_view name) {
  for (const auto& [full, target] : all_targets)
    if (name == full || name == full.substr(5)) return target;
  return std::nullopt;
}

struct Result {
  bool accepted = false;  // read or imported without an InputError
  std::string violation;  // empty unless an invariant broke
};

// Small bounds, so the fuzzer reaches every limit with inputs of a few kilobytes.
inline constexpr csv::Limits small_limits{1024, 4096, 32};

inline constexpr std::string_view input_name = "fuzz.csv";

// The dates every import target uses: seed data is effective at the start of the year, the
// fuzzed import a quarter later, and the round trip of its export later still.
inline Date fixed_date(std::string_view iso) {
  const auto d = Date::parse(iso);
  if (!d) throw std::logic_error(fmt::format("bad fixed date {}", iso));
  return *d;
}
inline Date seed_effective() { return fixed_date("2026-01-01"); }
inline Date fuzz_effective() { return fixed_date("2026-04-01"); }
inline Date round_trip_effective() { return fixed_date("2026-06-01"); }
inline Date today() { return fixed_date("2026-11-26"); }

namespace detail {

// An InputError must point into the file it is about, with a line: that is what users see.
inline std::string check_diagnostics(const InputError& e, std::string_view file) {
  if (e.diagnostics().empty()) return fmt::format("InputError without diagnostics: {}", e.what());
  for (const auto& d : e.diagnostics()) {
    if (d.where.file != file || d.where.line == 0)
      return fmt::format("diagnostic without a place in {}: '{}'", file, format_diagnostic(d));
    if (d.message.empty()) return "diagnostic with an empty message";
  }
  return {};
}

using Records = std::vector<std::vector<std::string>>;

// Reads every record, checking the reader's promises about each. Throws what the reader throws;
// returns a violation message in `problem` if a promise broke.
inline Records read_all(std::string_view data, const csv::Limits& limits, std::string& problem) {
  std::istringstream in{std::string(data)};
  csv::Reader reader(in, std::string(input_name), limits);
  Records records;
  std::size_t previous_line = 0;
  while (reader.next()) {
    const std::size_t n = reader.size();
    if (n == 0 || n > limits.max_fields) {
      problem = fmt::format("record on line {} has {} fields (limit {})", reader.line(), n,
                            limits.max_fields);
      return records;
    }
    if (reader.line() <= previous_line) {
      problem =
          fmt::format("record starts on line {}, not after line {}", reader.line(), previous_line);
      return records;
    }
    previous_line = reader.line();
    std::size_t total = 0;
    std::vector<std::string> fields;
    fields.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto f = reader.field(i);
      const auto where = reader.location(i);
      if (f.size() > limits.max_field_bytes) {
        problem = fmt::format("field of {} bytes passed the {} byte limit", f.size(),
                              limits.max_field_bytes);
        return records;
      }
      if (where.line < reader.line() || where.column == 0) {
        problem = fmt::format("field {} of the record on line {} is placed at {}:{}", i + 1,
                              reader.line(), where.line, where.column);
        return records;
      }
      total += f.size();
      fields.emplace_back(f);
    }
    if (total > limits.max_record_bytes) {
      problem = fmt::format("record of {} bytes passed the {} byte limit", total,
                            limits.max_record_bytes);
      return records;
    }
    if (reader.bytes_read() > data.size()) {
      problem = fmt::format("bytes_read() {} is past the end of {} bytes", reader.bytes_read(),
                            data.size());
      return records;
    }
    records.push_back(std::move(fields));
  }
  if (reader.bytes_read() != data.size())
    problem = fmt::format("the reader stopped at byte {} of {}", reader.bytes_read(), data.size());
  return records;
}

inline std::string table_counts(SQLite::Database& db) {
  std::vector<std::string> tables;
  {
    SQLite::Statement q(db,
                        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                        "'sqlite_%' ORDER BY name");
    while (q.executeStep()) tables.push_back(q.getColumn(0).getString());
  }
  std::string out;
  for (const auto& t : tables) {
    // Table names come from the schema itself, not from the input.
    SQLite::Statement q(db, "SELECT count(*) FROM \"" + t + "\"");
    q.executeStep();
    out += t + "=" + std::to_string(q.getColumn(0).getInt64()) + " ";
  }
  return out;
}

inline std::string integrity(SQLite::Database& db) {
  {
    SQLite::Statement q(db, "PRAGMA integrity_check");
    std::string first;
    if (q.executeStep()) first = q.getColumn(0).getString();
    if (first != "ok") return "PRAGMA integrity_check: " + first;
  }
  SQLite::Statement fk(db, "PRAGMA foreign_key_check");
  if (fk.executeStep())
    return fmt::format("PRAGMA foreign_key_check: row {} of {} has no parent in {}",
                       fk.getColumn(1).getString(), fk.getColumn(0).getString(),
                       fk.getColumn(2).getString());
  return {};
}

inline std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

using Importer = import::ImportSummary (*)(store::Database&, const import::Source&,
                                           const import::ImportOptions&);

inline import::ImportSummary import_text(store::Database& db, Importer importer,
                                         const std::string& text, std::string name,
                                         Date effective) {
  std::istringstream in(text);
  const import::Source source{in, std::move(name), text.size()};
  import::ImportOptions options;  // by field: the struct grows (e.g. the audit trail's command)
  options.effective = effective;
  options.today = today();
  return importer(db, source, options);
}

inline Importer importer_for(Target t) {
  switch (t) {
    case Target::import_controls:
      return &import::import_controls;
    case Target::import_services:
      return &import::import_services;
    case Target::import_evidence:
      return &import::import_evidence;
    case Target::import_tests:
      return &import::import_tests;
    case Target::import_populations:
      return &import::import_populations;
    case Target::import_systems:
      return &import::import_systems;
    case Target::csv_reader:
      break;
  }
  throw std::logic_error("no importer for the csv_reader target");
}

}  // namespace detail

// Inputs that start with the byte 0x01 are fields, not CSV: the rest is split at NUL bytes into
// values that fill the target's columns row by row, and csv::Writer writes them out under the
// full header. Every such input is well-formed CSV, so the fuzzer spends its time on validation,
// versioning and round trips rather than on CSV syntax, which raw inputs cover. (Nothing is lost:
// a CSV file starting with 0x01 is always refused for an unknown column.)
inline constexpr char structured_marker = '\x01';

inline std::span<const std::string_view> columns_of(Target t) {
  // The headers of the record specs, the same the importers accept and the exporter writes.
  static const auto controls = import::headers_of(import::control_spec);
  static const auto services = import::headers_of(import::service_spec);
  static const auto evidence = import::headers_of(import::evidence_spec);
  static const auto tests = import::headers_of(import::test_spec);
  static const auto populations = import::headers_of(import::population_spec);
  static const auto systems = import::headers_of(import::system_spec);
  switch (t) {
    case Target::import_controls:
      return controls;
    case Target::import_services:
      return services;
    case Target::import_evidence:
      return evidence;
    case Target::import_tests:
      return tests;
    case Target::import_populations:
      return populations;
    case Target::import_systems:
      return systems;
    case Target::csv_reader:
      break;
  }
  return {};
}

// The CSV text an import target reads: `data` itself, or the file its fields make.
inline std::string import_input(Target t, std::string_view data) {
  const auto columns = columns_of(t);
  if (data.empty() || data.front() != structured_marker || columns.empty())
    return std::string(data);
  data.remove_prefix(1);
  std::vector<std::string> values;
  for (;;) {
    const auto nul = data.find('\0');
    values.emplace_back(data.substr(0, nul));
    if (nul == std::string_view::npos) break;
    data.remove_prefix(nul + 1);
  }
  std::ostringstream out;
  csv::Writer writer(out);
  writer.row(std::vector<std::string>(columns.begin(), columns.end()));
  for (std::size_t i = 0; i < values.size(); i += columns.size()) {
    std::vector<std::string> row(columns.size());
    for (std::size_t c = 0; c < columns.size() && i + c < values.size(); ++c)
      row[c] = std::move(values[i + c]);
    writer.row(row);
  }
  return out.str();
}

// fuzz_csv_reader: reads every record with small limits, checking each against them, then
// writes the records with csv::Writer and reads them back: they must come back identical.
inline Result read_csv(std::string_view data) {
  Result r;
  detail::Records records;
  try {
    records = detail::read_all(data, small_limits, r.violation);
  } catch (const InputError& e) {
    r.violation = detail::check_diagnostics(e, input_name);
    return r;
  } catch (const std::exception& e) {
    r.violation = fmt::format("reader threw something other than InputError: {}", e.what());
    return r;
  }
  if (!r.violation.empty()) return r;
  r.accepted = true;

  // A byte-order mark first, so that a first field beginning with U+FEFF is not taken for one.
  std::ostringstream out;
  out << "\xEF\xBB\xBF";
  csv::Writer writer(out);
  for (const auto& fields : records) writer.row(std::span<const std::string>(fields));
  const std::string written = out.str();
  detail::Records again;
  try {
    std::string problem;
    again = detail::read_all(written, small_limits, problem);
    if (!problem.empty()) {
      r.violation = "re-reading the writer's output: " + problem;
      return r;
    }
  } catch (const std::exception& e) {
    r.violation = fmt::format("the writer's output does not read back: {}", e.what());
    return r;
  }
  if (again != records) {
    std::size_t i = 0;
    while (i < records.size() && i < again.size() && records[i] == again[i]) ++i;
    r.violation = fmt::format("writer round trip changed record {} of {} (read back {} records)",
                              i + 1, records.size(), again.size());
  }
  return r;
}

// The import targets: one in-memory database per target, seeded once from the examples
// (services; plus the Q1 controls for evidence and tests; the Q4 controls and the Q1 populations
// for populations, so that a fuzzed record can repeat or overlap one on file) and restored from
// that seed before every input that may have changed it.
class ImportHarness {
 public:
  ImportHarness(Target target, const std::filesystem::path& examples_dir)
      : target_(target), importer_(detail::importer_for(target)) {
    detail::import_text(seed_, &import::import_services,
                        detail::read_text(examples_dir / "services.csv"), "services.csv",
                        seed_effective());
    if (target == Target::import_evidence || target == Target::import_tests)
      detail::import_text(seed_, &import::import_controls,
                          detail::read_text(examples_dir / "controls-2026-Q1.csv"),
                          "controls-2026-Q1.csv", seed_effective());
    // Every event control of the year, for the populations of every quarter.
    if (target == Target::import_populations)
      detail::import_text(seed_, &import::import_controls,
                          detail::read_text(examples_dir / "controls-2026-Q4.csv"),
                          "controls-2026-Q4.csv", seed_effective());
    if (target == Target::import_populations)
      detail::import_text(seed_, &import::import_populations,
                          detail::read_text(examples_dir / "populations-2026-Q1.csv"),
                          "populations-2026-Q1.csv", seed_effective());
    seed_counts_ = detail::table_counts(seed_.sql());
    restore();
  }

  Result run(std::string_view data) {
    if (dirty_) restore();
    dirty_ = true;
    Result r;
    try {
      detail::import_text(work_, importer_, import_input(target_, data), std::string(input_name),
                          fuzz_effective());
    } catch (const InputError& e) {
      r.violation = detail::check_diagnostics(e, input_name);
      if (r.violation.empty()) {
        const auto counts = detail::table_counts(work_.sql());
        if (counts != seed_counts_)
          r.violation = "a rejected import wrote to the database: " + counts;
        else
          dirty_ = false;
      }
      return r;
    } catch (const std::exception& e) {
      r.violation = fmt::format("import threw something other than InputError: {}", e.what());
      return r;
    }
    r.accepted = true;
    r.violation = check_after_import();
    return r;
  }

 private:
  // Copies the seed over the working database with SQLite's backup API: far cheaper than
  // migrating and seeding a fresh one for every input.
  void restore() {
    sqlite3* to = work_.sql().getHandle();
    sqlite3_backup* b = sqlite3_backup_init(to, "main", seed_.sql().getHandle(), "main");
    if (b == nullptr) throw std::runtime_error(std::string("backup: ") + sqlite3_errmsg(to));
    const int step = sqlite3_backup_step(b, -1);
    const int finish = sqlite3_backup_finish(b);
    if (step != SQLITE_DONE || finish != SQLITE_OK)
      throw std::runtime_error(std::string("restoring the seed database: ") + sqlite3_errmsg(to));
    dirty_ = false;
  }

  std::string check_after_import() {
    try {
      if (auto bad = detail::integrity(work_.sql()); !bad.empty()) return bad;

      // SPEC §6: an export imports back unchanged, and exporting again gives the same file.
      std::ostringstream controls;
      import::export_controls(work_, controls, today());
      const auto again = detail::import_text(work_, &import::import_controls, controls.str(),
                                             "exported-controls.csv", round_trip_effective());
      if (again.added != 0 || again.changed != 0 || again.retired != 0 ||
          again.evidence_added != 0 || again.tests_added != 0)
        return fmt::format(
            "exported controls re-import with changes: {} added, {} changed, {} retired, {} "
            "evidence, {} tests\n{}",
            again.added, again.changed, again.retired, again.evidence_added, again.tests_added,
            controls.str());
      std::ostringstream second;
      import::export_controls(work_, second, today());
      if (second.str() != controls.str())
        return "exporting controls again gives a different file:\n" + controls.str() + "\n---\n" +
               second.str();

      std::ostringstream services;
      import::export_services(work_, services);
      const auto services_again =
          detail::import_text(work_, &import::import_services, services.str(),
                              "exported-services.csv", round_trip_effective());
      if (services_again.added != 0 || services_again.changed != 0 ||
          services_again.product_lines_added != 0)
        return fmt::format(
            "exported services re-import with changes: {} added, {} changed, {} "
            "product lines added\n{}",
            services_again.added, services_again.changed, services_again.product_lines_added,
            services.str());
      if (target_ == Target::import_populations)
        if (auto bad = populations_round_trip(); !bad.empty()) return bad;
      if (target_ == Target::import_systems)
        if (auto bad = systems_round_trip(); !bad.empty()) return bad;
      if (auto bad = detail::integrity(work_.sql()); !bad.empty())
        return "after the round trips: " + bad;
    } catch (const InputError& e) {
      std::string all;
      for (const auto& d : e.diagnostics()) all += format_diagnostic(d) + "\n";
      return "an export does not import back:\n" + all;
    } catch (const std::exception& e) {
      return fmt::format("after a successful import: {}", e.what());
    }
    return {};
  }

  // Exported populations import back with nothing added, and export again to the same file.
  std::string populations_round_trip() {
    std::ostringstream exported;
    import::export_populations(work_, exported);
    const auto again = detail::import_text(work_, &import::import_populations, exported.str(),
                                           "exported-populations.csv", round_trip_effective());
    if (again.added != 0 || again.skipped != 0)
      return fmt::format("exported populations re-import with changes: {} added, {} repeated\n{}",
                         again.added, again.skipped, exported.str());
    std::ostringstream second;
    import::export_populations(work_, second);
    if (second.str() != exported.str())
      return "exporting populations again gives a different file:\n" + exported.str() + "\n---\n" +
             second.str();
    return {};
  }

  // Exported systems import back unchanged, and export again to the same file.
  std::string systems_round_trip() {
    std::ostringstream exported;
    import::export_systems(work_, exported, today());
    const auto again = detail::import_text(work_, &import::import_systems, exported.str(),
                                           "exported-systems.csv", round_trip_effective());
    if (again.added != 0 || again.changed != 0)
      return fmt::format("exported systems re-import with changes: {} added, {} changed\n{}",
                         again.added, again.changed, exported.str());
    std::ostringstream second;
    import::export_systems(work_, second, today());
    if (second.str() != exported.str())
      return "exporting systems again gives a different file:\n" + exported.str() + "\n---\n" +
             second.str();
    return {};
  }

  Target target_;
  detail::Importer importer_;
  store::Database seed_{":memory:"};
  store::Database work_{":memory:"};
  std::string seed_counts_;
  bool dirty_ = true;
};

// Every target behind one call, each import harness built on first use.
class Runner {
 public:
  explicit Runner(std::filesystem::path examples_dir) : examples_dir_(std::move(examples_dir)) {}

  Result run(Target target, std::string_view data) {
    if (target == Target::csv_reader) return read_csv(data);
    auto& h = harnesses_[static_cast<std::size_t>(target)];
    if (!h) h = std::make_unique<ImportHarness>(target, examples_dir_);
    return h->run(data);
  }

 private:
  std::filesystem::path examples_dir_;
  std::array<std::unique_ptr<ImportHarness>, all_targets.size()> harnesses_;
};

}  // namespace socready::fuzz

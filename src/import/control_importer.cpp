#include "import/control_importer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "import/control_spec.hpp"
#include "import/import_run.hpp"
#include "import/lookups.hpp"
#include "import/table.hpp"
#include "store/control_store.hpp"

namespace socready::import {

namespace {

constexpr std::string_view inventory_evidence = "recorded in the control inventory";

// The line on which each control was first listed in this file, indexed by control row id:
// 4 bytes a control, so a control listed twice is caught without keeping the keys in memory.
class FirstSeen {
 public:
  // 0 when the control is new to this file; else the line it was first listed on.
  std::uint32_t see(std::int64_t control_id, std::size_t line) {
    const auto i = static_cast<std::size_t>(control_id);
    if (i >= lines_.size()) lines_.resize(std::max(i + 1, lines_.size() * 2), 0);
    const std::uint32_t earlier = lines_[i];
    if (!earlier) lines_[i] = static_cast<std::uint32_t>(line);
    return earlier;
  }

 private:
  std::vector<std::uint32_t> lines_;
};

// What the plan decided for one row.
enum class Decision { skip, add, change, keep };

// Read, plan and apply of a controls file, a row at a time: the file is never held whole, so a
// million-row inventory takes the memory of its row ids.
class ControlImport {
 public:
  ControlImport(store::Database& db, ImportRun& run, const ImportOptions& options,
                const Lookups& lookups)
      : run_(run),
        options_(options),
        context_{&lookups, options.today},
        writer_(db),
        revision_(begin_revision(db, run, options)) {}

  void row(const Table<16>& table);
  bool finish(store::Database& db, std::uint64_t rows);

 private:
  Decision plan(ControlRecord& r, const store::ControlHead& head, Findings& findings) const;
  void apply(Decision d, const ControlRecord& r, const store::ControlWriter::Found& found);

  ImportRun& run_;
  const ImportOptions& options_;
  ReadContext context_;
  store::ControlWriter writer_;
  std::int64_t revision_;
  FirstSeen first_seen_;
  // Each `compensates` reference, checked once the whole file is applied: the key control it
  // names may come later in the file.
  struct Reference {
    std::string control;
    std::string key_control;
    Location where;
  };
  std::vector<Reference> references_;
  void check_references();
};

void ControlImport::row(const Table<16>& table) {
  run_.line = table.line();
  Findings findings;
  ControlRecord r;
  if (!read_control(table.cells(), context_, r, findings)) return table.report(findings);
  // Every key gets a row id, even once problems were found (the import is rolled back then), so
  // that a control listed twice is always caught.
  const auto found = writer_.find_or_add(r.key);
  if (auto earlier = first_seen_.see(found.head.control_id, table.line())) {
    run_.problems.add(table.where(0),
                      fmt::format("control_id: {} is already listed on line {}", r.key, earlier));
    return;
  }
  for (const auto& k : r.version.compensates)
    references_.push_back({r.key, k, table.where(control_compensates_column)});
  const auto decision = plan(r, found.head, findings);
  table.report(findings);
  // Once the file has a problem nothing more is written, but every row is still checked.
  if (decision == Decision::skip || run_.problems.any()) return;
  apply(decision, r, found);
}

// Decides what the row does to the control on file: add it, give it a new version, or keep it.
// A blank title keeps the one on file; a change dated before the control's latest version would
// rewrite history and is refused.
Decision ControlImport::plan(ControlRecord& r, const store::ControlHead& head,
                             Findings& findings) const {
  auto& v = r.version;
  if (v.title.empty()) {
    if (head.version_id)
      v.title = head.title;
    else
      findings.push_back(
          {control_title_column, fmt::format("title: a new control ({}) needs a title", r.key)});
  }
  if (!findings.empty()) return Decision::skip;
  v.valid_from = options_.effective;
  v.fingerprint = fingerprint_of(v);
  if (head.version_id == 0) return Decision::add;
  if (!head.valid_to && head.fingerprint == v.fingerprint) return Decision::keep;
  const Date latest = head.valid_to ? std::max(head.valid_from, *head.valid_to) : head.valid_from;
  if (options_.effective < latest) {
    findings.push_back(
        {0, fmt::format("{} has a version from {}; an import effective {} would "
                        "rewrite its history (use --effective {} or later)",
                        r.key, latest.iso(), options_.effective.iso(), latest.iso())});
    return Decision::skip;
  }
  return Decision::change;
}

void ControlImport::apply(Decision d, const ControlRecord& r,
                          const store::ControlWriter::Found& found) {
  const auto& head = found.head;
  const std::int64_t control = head.control_id;
  auto& s = run_.summary;
  if (d == Decision::add) {
    writer_.add_version(control, revision_, r.version);
    ++s.added;
  } else if (d == Decision::change) {
    // A same-day correction closes the day's version at its own start: it stays on record but
    // is never valid.
    if (!head.valid_to) writer_.close_version(head.version_id, options_.effective, revision_);
    writer_.add_version(control, revision_, r.version);
    ++s.changed;
  } else {
    ++s.unchanged;
  }
  if (r.evidence_on)
    writer_.add_evidence_if_none_on(control, *r.evidence_on, inventory_evidence, revision_,
                                    found.created);
  if (r.tested_on && r.outcome.tested)
    writer_.add_test_if_none_on(control, *r.tested_on, r.outcome.result, revision_, found.created);
  if (options_.replace) writer_.mark_seen(control);
}

bool ControlImport::finish(store::Database& db, std::uint64_t rows) {
  auto& s = run_.summary;
  s.rows = rows;
  run_.line = 0;
  if (run_.problems.any()) return false;  // nothing of this import will be kept
  const auto written = writer_.flush();
  s.evidence_added = written.evidence;
  s.tests_added = written.tests;
  if (options_.replace) s.retired = writer_.retire_unseen(options_.effective, revision_);
  check_references();
  if (run_.problems.any() || options_.dry_run) return false;
  finish_revision(db, revision_, s);
  return true;
}

// Run on the applied file, so that the database answers for the file and what was on file alike.
void ControlImport::check_references() {
  for (const auto& ref : references_) {
    const auto is_key = writer_.current_is_key(ref.key_control);
    if (!is_key)
      run_.problems.add(ref.where, fmt::format("compensates: {} names no control '{}' (in this "
                                               "file or on file)",
                                               ref.control, ref.key_control));
    else if (!*is_key)
      run_.problems.add(ref.where,
                        fmt::format("compensates: {} names {}, which is not a key control (key: "
                                    "yes)",
                                    ref.control, ref.key_control));
  }
}

}  // namespace

ImportSummary import_controls(store::Database& db, const Source& source,
                              const ImportOptions& options) {
  return run_import(db, Entity::controls, source, options, [&](ImportRun& run) {
    const Lookups lookups = Lookups::load(db);
    Table<16> table(source, control_spec, run.problems);
    ControlImport import(db, run, options, lookups);
    while (table.next()) import.row(table);
    return import.finish(db, table.rows());
  });
}

}  // namespace socready::import

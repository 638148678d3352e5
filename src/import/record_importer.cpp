#include "import/record_importer.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "import/import_run.hpp"
#include "import/lookups.hpp"
#include "import/population_plan.hpp"
#include "import/record_specs.hpp"
#include "import/table.hpp"
#include "store/control_store.hpp"
#include "store/population_store.hpp"
#include "store/record_stage.hpp"

namespace socready::import {

namespace {

// "Did you mean" for control ids not on file. The ids are read on the first miss, and only the
// misses that will be shown get a suggestion (a file of a million unknown ids must not compare
// each with every control).
class ControlSuggestions {
 public:
  explicit ControlSuggestions(store::Database& db) : db_(db) {}

  std::string for_key(const std::string& key) {
    if (auto it = asked_.find(key); it != asked_.end()) return it->second;
    if (asked_.size() >= Problems::shown) return {};
    if (!keys_) keys_ = store::load_control_keys(db_);
    return asked_.emplace(key, suggestion(key, *keys_)).first->second;
  }

 private:
  store::Database& db_;
  std::optional<std::vector<std::string>> keys_;
  std::unordered_map<std::string, std::string> asked_;
};

// The plan of a dated record: its control must be on file. Returns the control's row id when
// the row has no problem; a record already on file is skipped when the stage is written.
std::optional<std::int64_t> plan_record(store::ControlWriter& writer,
                                        ControlSuggestions& suggestions, const std::string& key,
                                        Findings& findings) {
  std::optional<std::int64_t> control;
  if (!key.empty() && !(control = writer.control_id(key))) {
    auto hint = suggestions.for_key(key);
    findings.insert(
        findings.begin(),
        {record_control_column, fmt::format("control_id: no control '{}'{}", key,
                                            hint.empty() ? "; import the inventory first" : hint)});
  }
  if (!findings.empty()) return std::nullopt;
  return control;
}

bool finish_records(store::Database& db, ImportRun& run, store::RecordStage& stage,
                    std::int64_t revision, const ImportOptions& options) {
  auto& s = run.summary;
  if (run.problems.any()) return false;
  // A record already on file, or twice in the file, is skipped.
  s.added = stage.write(revision);
  s.skipped = stage.staged() - s.added;
  if (options.dry_run) return false;
  finish_revision(db, revision, s);
  return true;
}

// Read, plan and apply of a file of dated records: each valid row is staged, and the stage is
// written in key order once the whole file is known to be valid.
template <typename Record, std::size_t N>
ImportSummary import_records(store::Database& db, const Source& source,
                             const ImportOptions& options, Entity kind, const Spec<Record, N>& spec,
                             void (*read)(Cells, const ReadContext&, Record&, Findings&),
                             void (*stage_record)(store::RecordStage&, std::int64_t,
                                                  const Record&)) {
  return run_import(db, kind, source, options, [&](ImportRun& run) {
    Table<N> table(source, spec, run.problems);
    store::ControlWriter writer(db);
    ControlSuggestions suggestions(db);
    store::RecordStage stage(db, kind == Entity::evidence ? store::RecordStage::Kind::evidence
                                                          : store::RecordStage::Kind::tests);
    const auto revision = begin_revision(db, run, options);
    const ReadContext context{nullptr, options.today};
    while (table.next()) {
      run.line = table.line();
      Findings findings;
      Record r;
      read(table.cells(), context, r, findings);
      const auto control = plan_record(writer, suggestions, r.control_key, findings);
      table.report(findings);
      if (control && !run.problems.any()) stage_record(stage, *control, r);
    }
    run.summary.rows = table.rows();
    run.line = 0;
    return finish_records(db, run, stage, revision, options);
  });
}

}  // namespace

ImportSummary import_evidence(store::Database& db, const Source& source,
                              const ImportOptions& options) {
  return import_records<EvidenceRecord, 4>(
      db, source, options, Entity::evidence, evidence_spec, read_evidence,
      [](store::RecordStage& stage, std::int64_t control, const EvidenceRecord& e) {
        stage.add_evidence(control, e.collected_on, e.description, e.location);
      });
}

ImportSummary import_tests(store::Database& db, const Source& source,
                           const ImportOptions& options) {
  return import_records<TestRecord, 9>(db, source, options, Entity::tests, test_spec, read_test,
                                       [](store::RecordStage& stage, std::int64_t control,
                                          const TestRecord& t) { stage.add_test(control, t); });
}

ImportSummary import_populations(store::Database& db, const Source& source,
                                 const ImportOptions& options) {
  return run_import(db, Entity::populations, source, options, [&](ImportRun& run) {
    Table<4> table(source, population_spec, run.problems);
    store::ControlWriter writer(db);
    ControlSuggestions suggestions(db);
    const auto revision = begin_revision(db, run, options);
    const ReadContext context{nullptr, options.today};
    // Read: every row, its control on file. Population files hold a few records per event
    // control and period, so the rows that read well are kept for the plan.
    std::vector<PopulationRow> rows;
    while (table.next()) {
      run.line = table.line();
      Findings findings;
      PopulationRow row;
      read_population(table.cells(), context, row.record, findings);
      const auto control = plan_record(writer, suggestions, row.record.control_key, findings);
      table.report(findings);
      if (!control) continue;
      row.control_id = *control;
      row.at = table.where(population_start_column);
      rows.push_back(std::move(row));
    }
    run.summary.rows = table.rows();
    run.line = 0;
    // Plan: against each other and the records on file.
    const auto plan = plan_populations(store::load_populations(db), rows);
    for (const auto& o : plan.overlaps)
      run.problems.add(rows[o.row].at, "period_start: " + o.message);
    if (run.problems.any()) return false;
    // Apply.
    store::PopulationWriter out(db, revision);
    for (std::size_t i : plan.added) {
      run.line = rows[i].at.line;
      out.add(rows[i].control_id, rows[i].record);
    }
    auto& s = run.summary;
    s.added = out.flush();
    run.line = 0;
    s.unchanged = plan.unchanged;
    s.skipped = plan.repeated;
    if (options.dry_run) return false;
    finish_revision(db, revision, s);
    return true;
  });
}

}  // namespace socready::import

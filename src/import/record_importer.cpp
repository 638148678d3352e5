#include "import/record_importer.hpp"

#include <fmt/format.h>

#include "import/import_run.hpp"
#include "import/record_specs.hpp"
#include "import/table.hpp"
#include "store/control_store.hpp"
#include "store/record_stage.hpp"
#include "store/revision_store.hpp"

namespace socready::import {

namespace {

// The plan of a dated record: its control must be on file. Returns the control's row id when
// the row has no problem; a record already on file is skipped when the stage is written.
std::optional<std::int64_t> plan_record(store::ControlWriter& writer, const std::string& key,
                                        Findings& findings) {
  std::optional<std::int64_t> control;
  if (!key.empty() && !(control = writer.control_id(key)))
    findings.insert(findings.begin(),
                    {record_control_column,
                     fmt::format("control_id: no control '{}'; import the inventory first", key)});
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
  store::finish_revision(db, revision, {s.added, 0, 0, 0, s.skipped});
  return true;
}

// Read, plan and apply of a file of dated records: each valid row is staged, and the stage is
// written in key order once the whole file is known to be valid.
template <typename Record, std::size_t N>
ImportSummary import_records(store::Database& db, const Source& source,
                             const ImportOptions& options, Entity kind, const Spec<Record, N>& spec,
                             void (*read)(std::span<const std::string_view>, const ReadContext&,
                                          Record&, Findings&),
                             void (*stage_record)(store::RecordStage&, std::int64_t,
                                                  const Record&)) {
  return run_import(db, kind, source, options, [&](ImportRun& run) {
    Table<N> table(source.in, source.name, source.size_bytes, spec, run.problems);
    store::ControlWriter writer(db);
    store::RecordStage stage(db, kind == Entity::evidence ? store::RecordStage::Kind::evidence
                                                          : store::RecordStage::Kind::tests);
    const auto revision = store::begin_revision(db, std::string(name(kind)), source.name,
                                                options.effective, options.command);
    const ReadContext context{nullptr, options.today};
    while (table.next()) {
      run.line = table.line();
      Findings findings;
      Record r;
      read(table.cells(), context, r, findings);
      const auto control = plan_record(writer, r.control_key, findings);
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

}  // namespace socready::import

#include "import/record_importer.hpp"

#include <fmt/format.h>

#include "import/formats.hpp"
#include "import/table.hpp"
#include "import/vocabulary.hpp"
#include "store/control_store.hpp"
#include "store/record_stage.hpp"
#include "store/revision_store.hpp"
#include "store/sql_error.hpp"

namespace socready::import {

namespace {

// The shape both record kinds share: a control id, a date, then kind-specific fields.
// `add` validates the rest of the row and stages it when `control` is set; the staged records
// are written together once the whole file is valid.
template <std::size_t N, typename AddRow>
ImportSummary import_records(store::Database& db, const Source& source,
                             const ImportOptions& options, store::RecordStage::Kind kind,
                             const std::array<std::string_view, N>& names,
                             std::span<const std::string_view> required, AddRow add) {
  ImportSummary summary;
  summary.kind = kind == store::RecordStage::Kind::evidence ? "evidence" : "tests";
  summary.file = source.name;
  summary.effective = options.effective;
  summary.dry_run = options.dry_run;
  Problems problems;
  Table<N> table(source.in, source.name, source.size_bytes, names, required, problems, "importing");
  store::with_import_transaction(db, [&] {
    {
      store::ControlWriter writer(db);
      store::RecordStage stage(db, kind);
      const auto revision =
          store::begin_revision(db, summary.kind, source.name, options.effective, options.command);
      while (table.next()) {
        const auto before = problems.total();
        const std::string key = free_text(table[0]);
        std::optional<std::int64_t> control;
        if (key.empty()) {
          problems.add(table.where(0), "control_id: expected a control id, found nothing");
        } else if (!(control = writer.control_id(key))) {
          problems.add(table.where(0),
                       fmt::format("control_id: no control '{}'; import the inventory first", key));
        }
        std::optional<Date> date;
        const auto date_text = trim(table[1]);
        if (date_text.empty()) {
          problems.add(table.where(1), fmt::format("{}: expected a date, found nothing", names[1]));
        } else if (!(date = Date::parse(date_text))) {
          problems.add(table.where(1), fmt::format("{}: '{}' is not a date; expected YYYY-MM-DD, "
                                                   "a real day",
                                                   names[1], date_text));
        } else if (*date > options.today) {
          problems.add(table.where(1), fmt::format("{}: {} is in the future (today is {})",
                                                   names[1], date_text, options.today.iso()));
        }
        const bool row_ok = problems.total() == before;
        add(table, stage, row_ok && !problems.any() ? control : std::nullopt, date, problems);
      }
      summary.rows = table.rows();
      if (problems.any()) return false;
      // A record already on file, or twice in the file, is skipped.
      summary.added = stage.write(revision);
      summary.skipped = stage.staged() - summary.added;
      if (options.dry_run) return false;
      store::finish_revision(db, revision, {summary.added, 0, 0, 0, summary.skipped});
      return true;
    }
  });
  if (problems.any()) problems.raise();
  return summary;
}

constexpr const auto& evidence_columns = formats::evidence;
constexpr std::array<std::string_view, 2> evidence_required{"control_id", "collected_on"};
constexpr const auto& test_columns = formats::tests;
constexpr std::array<std::string_view, 3> test_required{"control_id", "tested_on", "result"};

}  // namespace

ImportSummary import_evidence(store::Database& db, const Source& source,
                              const ImportOptions& options) {
  return import_records(
      db, source, options, store::RecordStage::Kind::evidence, evidence_columns, evidence_required,
      [](const Table<4>& t, store::RecordStage& stage, std::optional<std::int64_t> control,
         std::optional<Date> date, Problems&) {
        if (control) stage.add_evidence(*control, *date, free_text(t[2]), free_text(t[3]));
      });
}

ImportSummary import_tests(store::Database& db, const Source& source,
                           const ImportOptions& options) {
  return import_records(
      db, source, options, store::RecordStage::Kind::tests, test_columns, test_required,
      [](const Table<5>& t, store::RecordStage& stage, std::optional<std::int64_t> control,
         std::optional<Date> date, Problems& problems) {
        const auto outcome = test_outcome_from(t[2]);
        if (!outcome || !outcome->tested) {
          problems.add(t.where(2), fmt::format("result: '{}' is not a test result; expected pass, "
                                               "fail or exception",
                                               trim(t[2])));
          return;
        }
        if (control)
          stage.add_test(*control, *date, outcome->result, free_text(t[3]), free_text(t[4]));
      });
}

}  // namespace socready::import

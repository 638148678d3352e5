#include "import/import_run.hpp"

#include <fmt/format.h>

#include "import/history_rules.hpp"
#include "store/import_transaction.hpp"
#include "store/revision_store.hpp"

namespace socready::import {

ImportSummary run_import(store::Database& db, Entity kind, const Source& source,
                         const ImportOptions& options,
                         const std::function<bool(ImportRun&)>& body) {
  ImportRun run;
  run.summary.kind = kind;
  run.summary.file = source.name;
  run.summary.effective = options.effective;
  run.summary.dry_run = options.dry_run;
  try {
    store::in_import_transaction(db, [&] {
      // Decided inside the transaction, so that a period frozen meanwhile is seen.
      const auto refused = history_problems(kind, options, history_on_file(db));
      for (const auto& message : refused) run.problems.add(Location{source.name, 0, 0}, message);
      return refused.empty() && body(run);
    });
  } catch (const DatabaseError& e) {
    if (run.line == 0) throw;
    throw DatabaseError(
        fmt::format("{} (while applying {} line {})", e.what(), source.name, run.line));
  }
  if (run.problems.any()) run.problems.raise();
  return run.summary;
}

std::int64_t begin_revision(store::Database& db, const ImportRun& run,
                            const ImportOptions& options) {
  return store::begin_revision(db, std::string(name(run.summary.kind)), run.summary.file,
                               options.effective, options.command);
}

void finish_revision(store::Database& db, std::int64_t revision, const ImportSummary& s) {
  store::finish_revision(db, revision, {s.added, s.changed, s.unchanged, s.retired, s.skipped});
}

}  // namespace socready::import

#include "import/import_run.hpp"

#include <fmt/format.h>

#include "import/history_rules.hpp"
#include "store/import_transaction.hpp"

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

}  // namespace socready::import

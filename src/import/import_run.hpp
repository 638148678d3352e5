#pragma once
// The frame every import runs in, the same for each entity: one transaction opened before the
// first row is read, the summary and problems of the run, and the context a database error
// gains on its way up (the file and the row being applied).

#include <cstddef>
#include <cstdint>
#include <functional>

#include "import/import_options.hpp"
#include "import/problems.hpp"
#include "store/database.hpp"

namespace socready::import {

struct ImportRun {
  ImportSummary summary;
  Problems problems;
  std::size_t line = 0;  // the row being applied; 0 outside the rows
};

// Runs `body` (read, plan and apply of one file) in the import's transaction, which commits
// when the body returns true. Throws the file's problems as one InputError.
ImportSummary run_import(store::Database& db, Entity kind, const Source& source,
                         const ImportOptions& options, const std::function<bool(ImportRun&)>& body);

// The revision a run's writes belong to (its entity, file, effective date and command line), and
// its closing with the run's counts once they are written.
std::int64_t begin_revision(store::Database& db, const ImportRun& run,
                            const ImportOptions& options);
void finish_revision(store::Database& db, std::int64_t revision, const ImportSummary& s);

}  // namespace socready::import

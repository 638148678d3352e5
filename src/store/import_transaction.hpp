#pragma once
// The one transaction an import writes in, opened at the same point for every entity: before
// the file's first row is read, so two imports at once run one after the other and each plans
// against what the other wrote.

#include <functional>

#include "store/database.hpp"

namespace socready::store {

// Runs `body` in one IMMEDIATE SQLite::Transaction; commits when it returns true, else (a dry
// run, or a file with problems) rolls back. Foreign key enforcement is off for its length: the
// importers resolve every id they write themselves, and SQLite's per-row checks would double the
// work of a large import (a test checks `PRAGMA foreign_key_check` after imports). SQLite errors
// become DatabaseError naming the database.
void in_import_transaction(Database& db, const std::function<bool()>& body);

}  // namespace socready::store

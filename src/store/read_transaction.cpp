#include "store/read_transaction.hpp"

#include <sqlite3.h>

#include "store/sql_error.hpp"

namespace socready::store {

ReadTransaction::ReadTransaction(Database& db) : db_(db) {
  if (sqlite3_get_autocommit(db_.sql().getHandle()) == 0) return;
  guard_sql(db_.path(), [&] {
    db_.sql().exec("BEGIN");
    owned_ = true;
    try {
      // A deferred transaction takes its snapshot at its first read: take it now rather than
      // at whichever statement of the caller comes first.
      (void)db_.sql().execAndGet("SELECT count(*) FROM sqlite_schema");
    } catch (...) {
      // Rethrown: the destructor of an object whose constructor failed does not run.
      db_.sql().exec("ROLLBACK");
      throw;
    }
  });
}

ReadTransaction::~ReadTransaction() {
  // Nothing was written: ending the transaction only releases the snapshot, and a failure to
  // do so loses nothing. A destructor must not throw.
  if (owned_ && sqlite3_get_autocommit(db_.sql().getHandle()) == 0)
    sqlite3_exec(db_.sql().getHandle(), "COMMIT", nullptr, nullptr, nullptr);
}

}  // namespace socready::store

#include "store/import_transaction.hpp"

#include <SQLiteCpp/Transaction.h>

#include "store/sql_error.hpp"

namespace socready::store {

namespace {

// The pragma takes effect only outside a transaction, so it is set around it.
class ForeignKeysOff {
 public:
  explicit ForeignKeysOff(Database& db) : db_(db) { db_.sql().exec("PRAGMA foreign_keys = OFF"); }
  ~ForeignKeysOff() {
    try {
      db_.sql().exec("PRAGMA foreign_keys = ON");
    } catch (...) {
      // Only when the connection itself failed; it is not used again.
    }
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

 private:
  Database& db_;
};

}  // namespace

void in_import_transaction(Database& db, const std::function<bool()>& body) {
  guard_sql(db.path(), [&] {
    const ForeignKeysOff checks(db);
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    if (body()) transaction.commit();
    // Otherwise the transaction rolls back as it goes out of scope.
  });
}

}  // namespace socready::store

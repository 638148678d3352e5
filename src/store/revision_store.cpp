#include "store/revision_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/read_back.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

std::int64_t begin_revision(Database& db, const std::string& kind, const std::string& source,
                            Date effective_on, const std::string& command) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      INSERT INTO import_revision (kind, source, command, effective_on, imported_at)
      VALUES (:kind, :source, :command, :effective, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))sql");
    q.bind(":command", command);
    q.bind(":kind", kind);
    q.bind(":source", source);
    q.bind(":effective", effective_on.iso());
    q.exec();
    return db.sql().getLastInsertRowid();
  });
}

void finish_revision(Database& db, std::int64_t id, const RevisionCounts& c) {
  guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      UPDATE import_revision SET added = :added, changed = :changed, unchanged = :unchanged,
             retired = :retired, skipped = :skipped
      WHERE id = :id)sql");
    q.bind(":added", c.added);
    q.bind(":changed", c.changed);
    q.bind(":unchanged", c.unchanged);
    q.bind(":retired", c.retired);
    q.bind(":skipped", c.skipped);
    q.bind(":id", id);
    q.exec();
  });
}

std::vector<Revision> load_revisions(Database& db) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT id, kind, source, effective_on, imported_at, added, changed, unchanged, retired,
             skipped, command
      FROM import_revision ORDER BY id)sql");
    std::vector<Revision> out;
    while (q.executeStep()) {
      Revision r;
      r.id = q.getColumn(0).getInt64();
      r.kind = q.getColumn(1).getString();
      r.source = q.getColumn(2).getString();
      r.effective_on = RowReader(db.path(), q, "import_revision", r.id).parsed(3, Date::parse);
      r.imported_at = q.getColumn(4).getString();
      r.counts = {q.getColumn(5).getInt64(), q.getColumn(6).getInt64(), q.getColumn(7).getInt64(),
                  q.getColumn(8).getInt64(), q.getColumn(9).getInt64()};
      r.command = q.getColumn(10).getString();
      out.push_back(std::move(r));
    }
    return out;
  });
}

}  // namespace socready::store

#include "store/version_table.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "store/sql_error.hpp"

namespace socready::store {

void close_version_in(Database& db, std::string_view table, std::int64_t version_id, Date valid_to,
                      std::int64_t revision_id) {
  guard_sql(db.path(), [&] {
    SQLite::Statement q(
        db.sql(), fmt::format("UPDATE {} SET valid_to = ?, closed_by = ? WHERE id = ?", table));
    q.bind(1, valid_to.iso());
    q.bind(2, revision_id);
    q.bind(3, version_id);
    q.exec();
  });
}

}  // namespace socready::store

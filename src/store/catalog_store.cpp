#include "store/catalog_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/read_back.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

std::vector<Requirement> load_catalog(Database& db, std::optional<Framework> framework) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      SELECT r.code, s.framework, s.category, s.id, s.title, r.title, r.is_default
      FROM requirement r JOIN requirement_series s ON s.id = r.series_id
      WHERE :framework IS NULL OR s.framework = :framework
      ORDER BY r.position)sql");
    if (framework) q.bind(":framework", std::string(name(*framework)));
    std::vector<Requirement> out;
    while (q.executeStep()) {
      Requirement r;
      r.code = q.getColumn(0).getString();
      r.framework = parse_column(db.path(), q, 1, "requirement_series", parse_framework,
                                 [&] { return fmt::format("id {}", q.getColumn(3).getText()); });
      r.category = q.getColumn(2).getString();
      r.series = q.getColumn(3).getString();
      r.series_title = q.getColumn(4).getString();
      r.title = q.getColumn(5).getString();
      r.is_default = q.getColumn(6).getInt() != 0;
      out.push_back(std::move(r));
    }
    return out;
  });
}

}  // namespace socready::store

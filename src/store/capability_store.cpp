#include "store/capability_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/sql_error.hpp"

namespace socready::store {

std::vector<Capability> load_capabilities(Database& db) {
  return guard_sql(db.path(), [&] {
    std::vector<Capability> out;
    SQLite::Statement q(db.sql(), R"sql(
      SELECT name, financial_reporting, customer_data, description FROM capability
      ORDER BY name)sql");
    while (q.executeStep())
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt() != 0,
                     q.getColumn(2).getInt() != 0, q.getColumn(3).getString()});
    return out;
  });
}

void save_capability(Database& db, const Capability& c) {
  guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      INSERT INTO capability (name, financial_reporting, customer_data, description)
      VALUES (:name, :financial, :data, :description)
      ON CONFLICT (name) DO UPDATE SET
        financial_reporting = excluded.financial_reporting,
        customer_data = excluded.customer_data, description = excluded.description)sql");
    q.bind(":name", c.name);
    q.bind(":financial", c.financial_reporting ? 1 : 0);
    q.bind(":data", c.customer_data ? 1 : 0);
    q.bind(":description", c.description);
    q.exec();
  });
}

}  // namespace socready::store

#include "store/objective_store.hpp"

#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include "store/id_list.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

namespace {

// What the audit trail records of an objective, in the file's column order.
std::string audit_json(const UserObjective& o) {
  return nlohmann::ordered_json{{"title", o.title},
                                {"series", o.series},
                                {"default", o.is_default.value_or(false)},
                                {"criteria", o.criteria}}
      .dump();
}

}  // namespace

std::vector<UserObjective> load_user_objectives(Database& db) {
  return guard_sql(db.path(), [&] {
    std::vector<UserObjective> out;
    SQLite::Statement q(db.sql(), R"sql(
      SELECT r.code, r.title, r.series_id, r.is_default, u.criteria
      FROM user_objective u JOIN requirement r ON r.id = u.requirement_id
      ORDER BY r.position)sql");
    while (q.executeStep())
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                     q.getColumn(2).getString(), q.getColumn(3).getInt() != 0,
                     split_ids(q.getColumn(4).getString())});
    return out;
  });
}

std::vector<scoring::ObjectiveCriteria> load_objective_criteria(Database& db) {
  std::vector<scoring::ObjectiveCriteria> out;
  for (auto& o : load_user_objectives(db))
    if (!o.criteria.empty()) out.push_back({std::move(o.code), std::move(o.criteria)});
  return out;
}

void save_objective(Database& db, const UserObjective& o, std::int64_t revision_id,
                    const UserObjective* before) {
  guard_sql(db.path(), [&] {
    // A series of the user's is its own category, after the last series.
    SQLite::Statement series(db.sql(), R"sql(
      INSERT INTO requirement_series (id, framework, category, title, position)
      SELECT :series, 'SOC1', :series, :series, last.position + 10
      FROM (SELECT MAX(position) AS position FROM requirement_series) AS last
      WHERE NOT EXISTS (SELECT 1 FROM requirement_series WHERE id = :series))sql");
    series.bind(":series", o.series);
    series.exec();

    // (`WHERE true` tells SQLite's parser the ON CONFLICT belongs to the INSERT.)
    SQLite::Statement requirement(db.sql(), R"sql(
      INSERT INTO requirement (code, series_id, title, is_default, builtin, position)
      SELECT :code, :series, :title, :is_default, 0, MAX(position) + 10 FROM requirement
      WHERE true
      ON CONFLICT (code) DO UPDATE SET
        series_id = excluded.series_id, title = excluded.title,
        is_default = excluded.is_default)sql");
    requirement.bind(":code", o.code);
    requirement.bind(":series", o.series);
    requirement.bind(":title", o.title);
    requirement.bind(":is_default", o.is_default.value_or(false) ? 1 : 0);
    requirement.exec();

    SQLite::Statement user(db.sql(), R"sql(
      INSERT INTO user_objective (requirement_id, criteria)
      SELECT id, :criteria FROM requirement WHERE code = :code
      ON CONFLICT (requirement_id) DO UPDATE SET criteria = excluded.criteria)sql");
    user.bind(":code", o.code);
    user.bind(":criteria", joined_ids(o.criteria));
    user.exec();

    SQLite::Statement audit(db.sql(), R"sql(
      INSERT INTO objective_change (revision_id, objective, action, before, after)
      VALUES (:revision, :code, :action, :before, :after))sql");
    audit.bind(":revision", revision_id);
    audit.bind(":code", o.code);
    audit.bind(":action", before ? "changed" : "added");
    if (before)
      audit.bind(":before", audit_json(*before));
    else
      audit.bind(":before");
    audit.bind(":after", audit_json(o));
    audit.exec();
  });
}

}  // namespace socready::store

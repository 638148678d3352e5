#include "store/cuec_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "store/id_list.hpp"
#include "store/read_back.hpp"
#include "store/sql_error.hpp"
#include "store/version_table.hpp"

namespace socready::store {

namespace {

constexpr std::string_view table = "cuec_version";
constexpr std::string_view columns =
    "id, key, valid_from, description, services, tsc, soc1_objectives, valid_to";

StoredCuec read_row(const std::string& db_path, SQLite::Statement& q) {
  StoredCuec s;
  s.version_id = q.getColumn(0).getInt64();
  auto& c = s.record;
  c.key = q.getColumn(1).getString();
  c.valid_from = parse_column(db_path, q, 2, "cuec_version", Date::parse,
                              [&] { return fmt::format("id {}", s.version_id); });
  c.description = q.getColumn(3).getString();
  const std::string services = q.getColumn(4).getString();
  c.all_services = services == "*";
  if (!c.all_services) c.services = split_ids(services);
  c.criteria = split_ids(q.getColumn(5).getText());
  c.objectives = split_ids(q.getColumn(6).getText());
  if (!q.getColumn(7).isNull())
    s.valid_to = parse_column(db_path, q, 7, "cuec_version", Date::parse,
                              [&] { return fmt::format("id {}", s.version_id); });
  return s;
}

}  // namespace

std::vector<StoredCuec> load_latest_cuecs(Database& db) {
  return load_latest_versions<Cuec>(db, table, columns, read_row);
}

std::vector<Cuec> load_cuecs_as_of(Database& db, Date date) {
  return load_records_as_of<Cuec>(db, table, columns, date, read_row);
}

void add_cuec_version(Database& db, const Cuec& c, std::int64_t revision_id) {
  guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      INSERT INTO cuec_version (key, valid_from, revision_id, description, services, tsc,
                                soc1_objectives)
      VALUES (?, ?, ?, ?, ?, ?, ?))sql");
    q.bind(1, c.key);
    q.bind(2, c.valid_from.iso());
    q.bind(3, revision_id);
    q.bind(4, c.description);
    q.bind(5, c.all_services ? std::string("*") : joined_ids(c.services));
    q.bind(6, joined_ids(c.criteria));
    q.bind(7, joined_ids(c.objectives));
    q.exec();
  });
}

void close_cuec_version(Database& db, std::int64_t version_id, Date valid_to,
                        std::int64_t revision_id) {
  close_version_in(db, table, version_id, valid_to, revision_id);
}

}  // namespace socready::store

#include "store/system_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <string>

#include "store/id_list.hpp"
#include "store/read_back.hpp"
#include "store/sql_error.hpp"
#include "store/version_table.hpp"

namespace socready::store {

namespace {

constexpr std::string_view table = "system_version";
constexpr std::string_view columns =
    "id, key, valid_from, valid_to, name, services, description, commitments, soc1_type, "
    "soc1_period_start, soc1_period_end, soc2_type, soc2_period_start, soc2_period_end";

// The planned report held in three columns from `first`: none when its type is NULL.
std::optional<PlannedReport> read_planned(RowReader& read, int first) {
  const auto type = read.optional(first, parse_report_type);
  if (!type) return std::nullopt;
  PlannedReport p;
  p.type = *type;
  p.period_start = read.optional(first + 1, Date::parse);
  p.period_end = read.optional(first + 2, Date::parse);
  return p;
}

StoredVersion<System> read_row(const std::string& db_path, SQLite::Statement& q) {
  StoredVersion<System> out;
  out.version_id = q.getColumn(0).getInt64();
  RowReader read(db_path, q, table, out.version_id);
  auto& s = out.record;
  s.key = q.getColumn(1).getString();
  s.valid_from = read.parsed(2, Date::parse);
  out.valid_to = read.optional(3, Date::parse);
  s.name = q.getColumn(4).getString();
  s.services = split_ids(q.getColumn(5).getText());
  s.description = q.getColumn(6).getString();
  s.commitments = q.getColumn(7).getString();
  s.soc1 = read_planned(read, 8);
  s.soc2 = read_planned(read, 11);
  return out;
}

void bind_planned(SQLite::Statement& q, int first, const std::optional<PlannedReport>& p) {
  if (!p) return;  // the three columns stay NULL
  q.bind(first, std::string(name(p->type)));
  if (p->period_start) q.bind(first + 1, p->period_start->iso());
  if (p->period_end) q.bind(first + 2, p->period_end->iso());
}

}  // namespace

std::vector<StoredVersion<System>> load_latest_systems(Database& db) {
  return load_latest_versions<System>(db, table, columns, read_row);
}

std::vector<System> load_systems_as_of(Database& db, Date date) {
  return load_records_as_of<System>(db, table, columns, date, read_row);
}

void add_system_version(Database& db, const System& s, std::int64_t revision_id) {
  guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      INSERT INTO system_version (key, valid_from, revision_id, name, services, description,
        commitments, soc1_type, soc1_period_start, soc1_period_end, soc2_type, soc2_period_start,
        soc2_period_end)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    q.bind(1, s.key);
    q.bind(2, s.valid_from.iso());
    q.bind(3, revision_id);
    q.bind(4, s.name);
    q.bind(5, joined_ids(s.services));
    q.bind(6, s.description);
    q.bind(7, s.commitments);
    bind_planned(q, 8, s.soc1);
    bind_planned(q, 11, s.soc2);
    q.exec();
  });
}

void close_system_version(Database& db, std::int64_t version_id, Date valid_to,
                          std::int64_t revision_id) {
  close_version_in(db, table, version_id, valid_to, revision_id);
}

}  // namespace socready::store

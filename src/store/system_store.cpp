#include "store/system_store.hpp"

#include "store/id_list.hpp"
#include "store/version_rows.hpp"

namespace socready::store {

template struct VersionTable<System>;

std::vector<System> load_systems_as_of(Database& db, Date date) {
  return system_versions.as_of(db, date);
}

namespace {

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

void read_row(VersionRowReader& read, SQLite::Statement& q, System& s) {
  s.name = q.getColumn(4).getString();
  s.services = split_ids(q.getColumn(5).getText());
  s.description = q.getColumn(6).getString();
  s.commitments = q.getColumn(7).getString();
  s.soc1 = read_planned(read, 8);
  s.soc2 = read_planned(read, 11);
}

void bind_planned(SQLite::Statement& q, int first, const std::optional<PlannedReport>& p) {
  if (!p) return;  // the three columns stay NULL
  q.bind(first, std::string(name(p->type)));
  if (p->period_start) q.bind(first + 1, p->period_start->iso());
  if (p->period_end) q.bind(first + 2, p->period_end->iso());
}

void add_row(Database& db, const System& s, std::int64_t revision_id) {
  insert_version(db, system_versions, s, revision_id, [&](SQLite::Statement& q) {
    q.bind(4, s.name);
    q.bind(5, joined_ids(s.services));
    q.bind(6, s.description);
    q.bind(7, s.commitments);
    bind_planned(q, 8, s.soc1);
    bind_planned(q, 11, s.soc2);
  });
}

}  // namespace

const VersionTable<System> system_versions{
    "system_version",
    "name, services, description, commitments, soc1_type, soc1_period_start, soc1_period_end, "
    "soc2_type, soc2_period_start, soc2_period_end",
    read_row, add_row};

}  // namespace socready::store

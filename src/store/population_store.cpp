#include "store/population_store.hpp"

#include <SQLiteCpp/Statement.h>

#include <utility>

#include "store/read_back.hpp"
#include "store/sql_error.hpp"

namespace socready::store {

std::vector<StoredPopulation> load_populations(Database& db) {
  return guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
        SELECT p.control_id, c.key, p.period_start, p.period_end, p.count
        FROM population p JOIN control c ON c.id = p.control_id
        ORDER BY c.key, p.period_start, p.period_end, p.count)sql");
    std::vector<StoredPopulation> out;
    while (q.executeStep()) {
      const std::string key = q.getColumn(1).getString();
      auto row = [&] { return "control " + key; };
      auto date = [&](int index) {
        return parse_column(db.path(), q, index, "population", Date::parse, row);
      };
      out.push_back({.control_id = q.getColumn(0).getInt64(),
                     .record = {.control_key = key,
                                .period_start = date(2),
                                .period_end = date(3),
                                .count = q.getColumn(4).getInt()}});
    }
    return out;
  });
}

PopulationWriter::PopulationWriter(Database& db, std::int64_t revision_id)
    : db_(db),
      revision_id_(revision_id),
      rows_(db.sql(),
            "INSERT OR IGNORE INTO population (control_id, period_start, period_end, count, "
            "revision_id)",
            5, 128) {}

void PopulationWriter::add(std::int64_t control_id, const PopulationRecord& r) {
  ++pending_;
  guard_sql(db_.path(), [&] {
    rows_.add(control_id)
        .add(r.period_start.iso())
        .add(r.period_end.iso())
        .add(std::int64_t{r.count})
        .add(revision_id_);
  });
}

std::int64_t PopulationWriter::flush() {
  guard_sql(db_.path(), [&] { rows_.flush_every_row(); });
  return std::exchange(pending_, 0);
}

}  // namespace socready::store

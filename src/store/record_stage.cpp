#include "store/record_stage.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/sql_error.hpp"

namespace socready::store {

namespace {

// The staging tables are plain rowid tables: appending to them is sequential whatever the
// order of the file.
constexpr const char* create_sql[] = {
    "CREATE TEMP TABLE staged_evidence (control_id INTEGER, collected_on TEXT, description "
    "TEXT, location TEXT)",
    "CREATE TEMP TABLE staged_tests (control_id INTEGER, tested_on TEXT, result TEXT, tester "
    "TEXT, notes TEXT, sample_size INTEGER, deviations INTEGER, management_response TEXT, "
    "remediated_on TEXT)",
};
constexpr const char* stage_sql[] = {
    "INSERT INTO temp.staged_evidence (control_id, collected_on, description, location)",
    "INSERT INTO temp.staged_tests (control_id, tested_on, result, tester, notes, sample_size, "
    "deviations, management_response, remediated_on)",
};
constexpr int stage_columns[] = {4, 9};
// ORDER BY the primary key of the target table.
constexpr const char* write_sql[] = {
    R"sql(INSERT OR IGNORE INTO evidence (control_id, collected_on, description, location,
                                          revision_id)
          SELECT control_id, collected_on, description, location, ?1 FROM temp.staged_evidence
          ORDER BY control_id, collected_on, description, location)sql",
    R"sql(INSERT OR IGNORE INTO control_test (control_id, tested_on, result, tester, notes,
                                              revision_id, sample_size, deviations,
                                              management_response, remediated_on)
          SELECT control_id, tested_on, result, tester, notes, ?1, sample_size, deviations,
                 management_response, remediated_on FROM temp.staged_tests
          ORDER BY control_id, tested_on, result, tester, notes)sql",
};
constexpr const char* drop_sql[] = {
    "DROP TABLE IF EXISTS temp.staged_evidence",
    "DROP TABLE IF EXISTS temp.staged_tests",
};

std::size_t slot(RecordStage::Kind k) { return k == RecordStage::Kind::evidence ? 0 : 1; }

SQLite::Database& created(Database& db, RecordStage::Kind kind) {
  db.sql().exec(create_sql[slot(kind)]);
  return db.sql();
}

}  // namespace

RecordStage::RecordStage(Database& db, Kind kind)
    : db_(db),
      kind_(kind),
      rows_(created(db, kind), stage_sql[slot(kind)], stage_columns[slot(kind)], 128) {}

RecordStage::~RecordStage() {
  try {
    db_.sql().exec(drop_sql[slot(kind_)]);
  } catch (...) {
    // Only on the way out of a failed import, whose rollback removes the table anyway.
  }
}

void RecordStage::add_evidence(std::int64_t control_id, Date collected_on,
                               std::string_view description, std::string_view location) {
  rows_.add(control_id).add(collected_on.iso()).add(description).add(location);
  ++staged_;
}

void RecordStage::add_test(std::int64_t control_id, const TestRecord& t) {
  rows_.add(control_id).add(t.tested_on.iso()).add(name(t.result)).add(t.tester).add(t.notes);
  if (t.sample_size)
    rows_.add(std::int64_t{*t.sample_size});
  else
    rows_.add_null();
  if (t.deviations)
    rows_.add(std::int64_t{*t.deviations});
  else
    rows_.add_null();
  rows_.add(t.management_response);
  if (t.remediated_on)
    rows_.add(t.remediated_on->iso());
  else
    rows_.add_null();
  ++staged_;
}

std::int64_t RecordStage::write(std::int64_t revision_id) {
  rows_.flush();
  SQLite::Statement insert(db_.sql(), write_sql[slot(kind_)]);
  insert.bind(1, revision_id);
  return insert.exec();
}

}  // namespace socready::store

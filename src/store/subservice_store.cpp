#include "store/subservice_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

#include "store/id_list.hpp"
#include "store/read_back.hpp"
#include "store/sql_error.hpp"
#include "store/version_table.hpp"

namespace socready::store {

namespace {

constexpr std::string_view table = "subservice_version";
constexpr std::string_view columns =
    "id, key, valid_from, valid_to, name, services, method, report_framework, report_type, "
    "period_start, period_end, opinion, bridge_letter_until, csoc_tsc, csoc_soc1_objectives, "
    "csoc_description, monitored_by";

StoredVersion<Subservice> read_row(const std::string& db_path, SQLite::Statement& q) {
  StoredVersion<Subservice> out;
  out.version_id = q.getColumn(0).getInt64();
  RowReader read(db_path, q, table, out.version_id);
  auto& s = out.record;
  s.key = q.getColumn(1).getString();
  s.valid_from = read.parsed(2, Date::parse);
  out.valid_to = read.optional(3, Date::parse);
  s.name = q.getColumn(4).getString();
  const std::string services = q.getColumn(5).getString();
  s.all_services = services == "*";
  if (!s.all_services) s.services = split_ids(services);
  s.method = read.parsed(6, parse_method);
  if (const auto framework = read.optional(7, parse_framework)) {
    VendorReport r;
    r.framework = *framework;
    r.type = read.parsed(8, parse_report_type);
    r.period_start = read.parsed(9, Date::parse);
    r.period_end = read.parsed(10, Date::parse);
    r.opinion = read.parsed(11, parse_opinion);
    s.report = r;
  }
  s.bridge_letter_until = read.optional(12, Date::parse);
  s.csoc_criteria = split_ids(q.getColumn(13).getText());
  s.csoc_objectives = split_ids(q.getColumn(14).getText());
  s.csoc_description = q.getColumn(15).getString();
  s.monitored_by = q.getColumn(16).getString();
  return out;
}

}  // namespace

std::vector<StoredVersion<Subservice>> load_latest_subservices(Database& db) {
  return load_latest_versions<Subservice>(db, table, columns, read_row);
}

std::vector<Subservice> load_subservices_as_of(Database& db, Date date) {
  return load_records_as_of<Subservice>(db, table, columns, date, read_row);
}

void add_subservice_version(Database& db, const Subservice& s, std::int64_t revision_id) {
  guard_sql(db.path(), [&] {
    SQLite::Statement q(db.sql(), R"sql(
      INSERT INTO subservice_version (key, valid_from, revision_id, name, services, method,
        report_framework, report_type, period_start, period_end, opinion, bridge_letter_until,
        csoc_tsc, csoc_soc1_objectives, csoc_description, monitored_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql");
    q.bind(1, s.key);
    q.bind(2, s.valid_from.iso());
    q.bind(3, revision_id);
    q.bind(4, s.name);
    q.bind(5, s.all_services ? std::string("*") : joined_ids(s.services));
    q.bind(6, std::string(name(s.method)));
    if (const auto& r = s.report) {
      q.bind(7, r->framework == Framework::soc1 ? "soc1" : "soc2");
      q.bind(8, std::string(name(r->type)));
      q.bind(9, r->period_start.iso());
      q.bind(10, r->period_end.iso());
      q.bind(11, std::string(name(r->opinion)));
    }  // else the report's columns stay NULL
    if (s.bridge_letter_until) q.bind(12, s.bridge_letter_until->iso());
    q.bind(13, joined_ids(s.csoc_criteria));
    q.bind(14, joined_ids(s.csoc_objectives));
    q.bind(15, s.csoc_description);
    q.bind(16, s.monitored_by);
    q.exec();
  });
}

void close_subservice_version(Database& db, std::int64_t version_id, Date valid_to,
                              std::int64_t revision_id) {
  close_version_in(db, table, version_id, valid_to, revision_id);
}

}  // namespace socready::store

#include "store/subservice_store.hpp"

#include "store/id_list.hpp"
#include "store/version_rows.hpp"

namespace socready::store {

template struct VersionTable<Subservice>;

std::vector<Subservice> load_subservices_as_of(Database& db, Date date) {
  return subservice_versions.as_of(db, date);
}

namespace {

void read_row(VersionRowReader& read, SQLite::Statement& q, Subservice& s) {
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
}

void add_row(Database& db, const Subservice& s, std::int64_t revision_id) {
  insert_version(db, subservice_versions, s, revision_id, [&](SQLite::Statement& q) {
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
  });
}

}  // namespace

const VersionTable<Subservice> subservice_versions{
    "subservice_version",
    "name, services, method, report_framework, report_type, period_start, period_end, opinion, "
    "bridge_letter_until, csoc_tsc, csoc_soc1_objectives, csoc_description, monitored_by",
    read_row, add_row};

}  // namespace socready::store

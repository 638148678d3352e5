#include "store/inventory_loader.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/error.hpp"
#include "core/suggest.hpp"
#include "store/capability_store.hpp"
#include "store/catalog_store.hpp"
#include "store/control_store.hpp"
#include "store/read_back.hpp"
#include "store/read_transaction.hpp"
#include "store/service_store.hpp"
#include "store/sql_error.hpp"
#include "store/subservice_store.hpp"

namespace socready::store {

namespace {
// Evidence and tests have no id of their own: a row is named by its control and date.
std::string row_of(SQLite::Statement& q) {
  return fmt::format("control_id {}, {} {}", q.getColumn(0).getInt64(), q.getColumnName(1),
                     q.getColumn(1).getText());
}

// A row of a query whose first column is a control id, its other columns read back with the
// checks of read_back.hpp.
struct ControlRow {
  const std::string& db_path;
  SQLite::Statement& q;
  std::string_view table;

  template <typename Parse>
  auto parsed(int index, Parse&& parse) const {
    return parse_column(db_path, q, index, table, parse, [&] { return row_of(q); });
  }
  template <typename Parse>
  auto optional(int index, Parse&& parse) const -> std::optional<decltype(parsed(index, parse))> {
    if (q.getColumn(index).isNull()) return std::nullopt;
    return parsed(index, parse);
  }
  std::optional<int> optional_int(int index) const {
    if (q.getColumn(index).isNull()) return std::nullopt;
    return q.getColumn(index).getInt();
  }
};

// The rows of a control, dated up to the as-of date `:d`, that the scorer reads besides its
// evidence. Status history for the operating start of SPEC §4 (history over claims); empty spans
// (a version replaced the day it began) say nothing.
constexpr const char* history_sql =
    "SELECT control_id, valid_from, valid_to, status FROM control_version "
    "WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to > valid_from) "
    "ORDER BY control_id, valid_from, id";
constexpr const char* tests_sql = R"sql(
    SELECT control_id, tested_on, result, sample_size, deviations, management_response,
           remediated_on FROM control_test
    WHERE tested_on <= :d ORDER BY control_id, tested_on, revision_id, result)sql";
// Populations that began on or before the as-of date; the scorer prorates to its window.
constexpr const char* populations_sql = R"sql(
    SELECT control_id, period_start, period_end, count FROM population
    WHERE period_start <= :d ORDER BY control_id, period_start, period_end)sql";

// Runs `sql` on `table` with `:d` bound to the as-of date, and hands each row of a control in
// `index` to `read` with that control's facts.
template <typename Read>
void read_control_rows(Database& db, std::string_view table, const char* sql, Date as_of,
                       const std::unordered_map<std::int64_t, std::size_t>& index,
                       std::vector<scoring::ControlFacts>& controls, Read&& read) {
  SQLite::Statement q(db.sql(), sql);
  q.bind(":d", as_of.iso());
  const ControlRow row{db.path(), q, table};
  while (q.executeStep())
    if (auto it = index.find(q.getColumn(0).getInt64()); it != index.end())
      read(row, controls[it->second]);
}

std::function<void()>& pause_hook() {
  static std::function<void()> hook;
  return hook;
}

// Which controls a scope of named services needs: those that can score one of them (entity-level
// ones and those listing one) and the vendors' monitoring controls, whose scores cap the vendors
// (SPEC §4a). No services named: every control.
class ScopeFilter {
 public:
  ScopeFilter(const std::vector<std::string>& services, const std::vector<Subservice>& vendors)
      : services_(services.begin(), services.end()) {
    for (const auto& v : vendors)
      if (!v.monitored_by.empty()) monitors_.insert(v.monitored_by);
  }
  bool scoped() const { return !services_.empty(); }
  bool keeps(const ControlVersion& v) const {
    if (!scoped() || v.all_services || monitors_.contains(v.key)) return true;
    return std::any_of(v.services.begin(), v.services.end(),
                       [&](const std::string& s) { return services_.contains(s); });
  }

 private:
  std::unordered_set<std::string> services_;
  std::unordered_set<std::string> monitors_;
};

// Every evidence date up to `as_of`, in one pass over the table in key order.
void read_all_evidence(Database& db, Date as_of,
                       const std::unordered_map<std::int64_t, std::size_t>& index,
                       std::vector<scoring::ControlFacts>& controls) {
  SQLite::Statement ev(db.sql(),
                       "SELECT control_id, collected_on FROM evidence WHERE collected_on <= :d "
                       "ORDER BY control_id, collected_on");
  ev.bind(":d", as_of.iso());
  // Rows come by control: the control is looked up once per run of its rows, not per row.
  std::int64_t last_control = -1;
  std::vector<Date>* dates = nullptr;
  while (ev.executeStep()) {
    const std::int64_t control = ev.getColumn(0).getInt64();
    if (control != last_control) {
      last_control = control;
      auto it = index.find(control);
      dates = it == index.end() ? nullptr : &controls[it->second].evidence;
    }
    if (dates)
      dates->push_back(
          parse_column(db.path(), ev, 1, "evidence", Date::parse, [&] { return row_of(ev); }));
  }
}

// The evidence dates of some controls only, each read by a seek on the table's key: a system of
// a few hundred services needs a third of the controls, and the evidence rows are wide.
void read_evidence_of(Database& db, Date as_of, const std::vector<std::int64_t>& ids,
                      std::vector<scoring::ControlFacts>& controls) {
  SQLite::Statement ev(db.sql(),
                       "SELECT control_id, collected_on FROM evidence WHERE control_id = :c AND "
                       "collected_on <= :d ORDER BY collected_on");
  ev.bind(":d", as_of.iso());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ev.bind(":c", ids[i]);
    while (ev.executeStep())
      controls[i].evidence.push_back(
          parse_column(db.path(), ev, 1, "evidence", Date::parse, [&] { return row_of(ev); }));
    ev.reset();
  }
}

}  // namespace

void set_load_inventory_pause(std::function<void()> hook) { pause_hook() = std::move(hook); }

std::vector<Service> named_services(std::vector<Service> all,
                                    const std::vector<std::string>& wanted,
                                    UnknownServices unknown) {
  if (wanted.empty()) return all;
  std::vector<std::string> slugs;
  for (const auto& s : all) slugs.push_back(s.slug);
  for (const auto& name : wanted) {
    if (unknown == UnknownServices::skip) break;
    if (std::find(slugs.begin(), slugs.end(), name) != slugs.end()) continue;
    throw InputError(fmt::format("no service '{}'{}", name, did_you_mean(name, slugs)));
  }
  std::vector<Service> out;
  for (auto& s : all)
    if (std::find(wanted.begin(), wanted.end(), s.slug) != wanted.end())
      out.push_back(std::move(s));
  return out;
}

scoring::Inventory load_inventory(Database& db, Date as_of,
                                  const std::vector<std::string>& services,
                                  UnknownServices unknown) {
  // The catalog, services, controls, evidence and tests of one moment, never half an import.
  ReadTransaction read(db);
  scoring::Inventory inv;
  inv.catalog = load_catalog(db);
  inv.capabilities = load_capabilities(db);
  // The facts valid on the as-of date: a service not yet imported then is not listed.
  auto all = load_services_as_of(db, as_of);
  if (pause_hook()) pause_hook()();
  inv.services = named_services(std::move(all), services, unknown);
  inv.subservices = load_subservices_as_of(db, as_of);

  auto loaded = load_controls_as_of(db, as_of);
  const ScopeFilter scope(services, inv.subservices);
  std::unordered_map<std::int64_t, std::size_t> index;
  std::vector<std::int64_t> kept_ids;  // ascending, as loaded
  inv.controls.reserve(loaded.size());
  for (auto& l : loaded) {
    if (!scope.keeps(l.version)) continue;
    index.emplace(l.control_id, inv.controls.size());
    kept_ids.push_back(l.control_id);
    inv.controls.push_back({std::move(l.version), {}, {}});
  }
  // Only dates are needed for scoring; these queries skip the text columns.
  guard_sql(db.path(), [&] {
    if (scope.scoped())
      read_evidence_of(db, as_of, kept_ids, inv.controls);
    else
      read_all_evidence(db, as_of, index, inv.controls);
    read_control_rows(db, "control_version", history_sql, as_of, index, inv.controls,
                      [](const ControlRow& r, scoring::ControlFacts& c) {
                        c.history.push_back({.valid_from = r.parsed(1, Date::parse),
                                             .valid_to = r.optional(2, Date::parse),
                                             .status = r.parsed(3, parse_status)});
                      });
    read_control_rows(db, "control_test", tests_sql, as_of, index, inv.controls,
                      [](const ControlRow& r, scoring::ControlFacts& c) {
                        c.tests.push_back({.on = r.parsed(1, Date::parse),
                                           .result = r.parsed(2, parse_test_result),
                                           .sample_size = r.optional_int(3),
                                           .deviations = r.optional_int(4),
                                           .management_response = r.q.getColumn(5).getString(),
                                           .remediated_on = r.optional(6, Date::parse)});
                      });
    read_control_rows(db, "population", populations_sql, as_of, index, inv.controls,
                      [](const ControlRow& r, scoring::ControlFacts& c) {
                        c.populations.push_back({.period_start = r.parsed(1, Date::parse),
                                                 .period_end = r.parsed(2, Date::parse),
                                                 .count = r.q.getColumn(3).getInt()});
                      });
  });
  return inv;
}

}  // namespace socready::store

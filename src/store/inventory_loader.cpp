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
    // Status history for the operating start of SPEC §4 (history over claims); empty spans
    // (a version replaced the day it began) say nothing.
    SQLite::Statement history(
        db.sql(),
        "SELECT control_id, valid_from, valid_to, status FROM control_version "
        "WHERE valid_from <= :d AND (valid_to IS NULL OR valid_to > valid_from) "
        "ORDER BY control_id, valid_from, id");
    history.bind(":d", as_of.iso());
    while (history.executeStep()) {
      auto it = index.find(history.getColumn(0).getInt64());
      if (it == index.end()) continue;
      auto row = [&] { return row_of(history); };
      scoring::VersionSpan span;
      span.valid_from = parse_column(db.path(), history, 1, "control_version", Date::parse, row);
      if (!history.getColumn(2).isNull())
        span.valid_to = parse_column(db.path(), history, 2, "control_version", Date::parse, row);
      span.status = parse_column(db.path(), history, 3, "control_version", parse_status, row);
      inv.controls[it->second].history.push_back(span);
    }
    SQLite::Statement tests(db.sql(), R"sql(
        SELECT control_id, tested_on, result, sample_size, deviations, management_response,
               remediated_on FROM control_test
        WHERE tested_on <= :d ORDER BY control_id, tested_on, revision_id, result)sql");
    tests.bind(":d", as_of.iso());
    while (tests.executeStep()) {
      auto it = index.find(tests.getColumn(0).getInt64());
      if (it == index.end()) continue;
      auto row = [&] { return row_of(tests); };
      scoring::TestFacts t;
      t.on = parse_column(db.path(), tests, 1, "control_test", Date::parse, row);
      t.result = parse_column(db.path(), tests, 2, "control_test", parse_test_result, row);
      if (!tests.getColumn(3).isNull()) t.sample_size = tests.getColumn(3).getInt();
      if (!tests.getColumn(4).isNull()) t.deviations = tests.getColumn(4).getInt();
      t.management_response = tests.getColumn(5).getString();
      if (!tests.getColumn(6).isNull())
        t.remediated_on = parse_column(db.path(), tests, 6, "control_test", Date::parse, row);
      inv.controls[it->second].tests.push_back(std::move(t));
    }
    // Populations that began on or before the as-of date; the scorer prorates to its window.
    SQLite::Statement populations(db.sql(), R"sql(
        SELECT control_id, period_start, period_end, count FROM population
        WHERE period_start <= :d ORDER BY control_id, period_start, period_end)sql");
    populations.bind(":d", as_of.iso());
    while (populations.executeStep()) {
      auto it = index.find(populations.getColumn(0).getInt64());
      if (it == index.end()) continue;
      auto row = [&] { return row_of(populations); };
      scoring::PopulationFacts p;
      p.period_start = parse_column(db.path(), populations, 1, "population", Date::parse, row);
      p.period_end = parse_column(db.path(), populations, 2, "population", Date::parse, row);
      p.count = populations.getColumn(3).getInt();
      inv.controls[it->second].populations.push_back(p);
    }
  });
  return inv;
}

}  // namespace socready::store

#include "import/exporter.hpp"

#include <map>

#include "csv/writer.hpp"
#include "import/control_spec.hpp"
#include "import/record_specs.hpp"
#include "import/service_spec.hpp"
#include "import/spec_reading.hpp"
#include "store/catalog_store.hpp"
#include "store/control_store.hpp"
#include "store/population_store.hpp"
#include "store/service_store.hpp"

namespace socready::import {

namespace {

// A control version on file as the record its export row writes.
ControlRecord record_of(const store::LoadedControl& c,
                        const std::map<std::string, Framework, std::less<>>& framework_of) {
  ControlRecord r;
  const auto& v = c.version;
  r.key = v.key;
  r.version.title = v.title;
  r.version.description = v.description;
  r.version.owner = v.owner;
  r.version.status = v.status;
  r.version.frequency = v.frequency;
  r.version.nature = v.nature;
  r.version.is_key = v.is_key;
  r.version.compensates = v.compensates;
  r.version.implemented_on = v.implemented_on;
  r.version.all_services = v.all_services;
  r.services = v.services;
  for (const auto& code : v.requirements)
    (framework_of.at(code) == Framework::soc2 ? r.criteria : r.objectives).push_back(code);
  return r;
}

}  // namespace

void export_controls(store::Database& db, std::ostream& out, Date as_of) {
  std::map<std::string, Framework, std::less<>> framework_of;
  for (const auto& r : store::load_catalog(db)) framework_of.emplace(r.code, r.framework);
  const auto controls = store::load_controls_as_of(db, as_of);
  // Latest evidence and test per control: both lists come ordered by control, then date.
  std::map<std::int64_t, Date> last_evidence;
  for (const auto& [id, e] : store::load_evidence(db, as_of)) last_evidence[id] = e.collected_on;
  std::map<std::int64_t, TestRecord> last_test;
  for (auto& [id, t] : store::load_tests(db, as_of)) last_test[id] = std::move(t);

  csv::Writer w(out);
  w.row(headers_of(control_spec));
  for (const auto& c : controls) {
    auto r = record_of(c, framework_of);
    if (const auto e = last_evidence.find(c.control_id); e != last_evidence.end())
      r.evidence_on = e->second;
    if (const auto t = last_test.find(c.control_id); t != last_test.end()) {
      r.tested_on = t->second.tested_on;
      r.outcome = {true, t->second.result};
    }
    w.row(control_row(r));
  }
}

void export_services(store::Database& db, std::ostream& out) {
  csv::Writer w(out);
  w.row(headers_of(service_spec));
  for (const auto& s : store::load_services(db)) w.row(service_row(s));
}

void export_populations(store::Database& db, std::ostream& out) {
  csv::Writer w(out);
  w.row(headers_of(population_spec));
  for (const auto& p : store::load_populations(db)) w.row(write_columns(population_spec, p.record));
}

}  // namespace socready::import

#include "import/exporter.hpp"

#include <algorithm>
#include <map>

#include "csv/writer.hpp"
#include "import/capability_spec.hpp"
#include "import/control_spec.hpp"
#include "import/cuec_spec.hpp"
#include "import/record_specs.hpp"
#include "import/service_spec.hpp"
#include "import/spec_reading.hpp"
#include "import/subservice_spec.hpp"
#include "import/system_spec.hpp"
#include "store/capability_store.hpp"
#include "store/catalog_store.hpp"
#include "store/control_store.hpp"
#include "store/cuec_store.hpp"
#include "store/population_store.hpp"
#include "store/service_store.hpp"
#include "store/subservice_store.hpp"
#include "store/system_store.hpp"

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

// Every control as of `as_of`, or with `added` only those it names, their objectives added.
void write_controls(store::Database& db, std::ostream& out, Date as_of,
                    const AddedObjectives* added) {
  std::map<std::string, Framework, std::less<>> framework_of;
  for (const auto& r : store::load_catalog(db)) framework_of.emplace(r.code, r.framework);
  const auto controls = store::load_controls_as_of(db, as_of);
  // Latest evidence and test per control (the tests come ordered by control, then date).
  std::map<std::int64_t, Date> last_evidence;
  for (const auto& [id, on] : store::latest_evidence_dates(db, as_of)) last_evidence[id] = on;
  std::map<std::int64_t, TestRecord> last_test;
  for (auto& [id, t] : store::load_tests(db, as_of)) last_test[id] = std::move(t);

  csv::Writer w(out);
  w.row(headers_of(control_spec));
  for (const auto& c : controls) {
    const auto extra = added ? added->find(c.version.key) : AddedObjectives::const_iterator{};
    if (added && extra == added->end()) continue;
    auto r = record_of(c, framework_of);
    if (added) {
      r.objectives.insert(r.objectives.end(), extra->second.begin(), extra->second.end());
      std::sort(r.objectives.begin(), r.objectives.end());
      r.objectives.erase(std::unique(r.objectives.begin(), r.objectives.end()), r.objectives.end());
    }
    if (const auto e = last_evidence.find(c.control_id); e != last_evidence.end())
      r.evidence_on = e->second;
    if (const auto t = last_test.find(c.control_id); t != last_test.end()) {
      r.tested_on = t->second.tested_on;
      r.outcome = {true, t->second.result};
    }
    w.row(control_row(r));
  }
}

}  // namespace

void export_controls(store::Database& db, std::ostream& out, Date as_of) {
  write_controls(db, out, as_of, nullptr);
}

void export_controls_adding(store::Database& db, std::ostream& out, Date as_of,
                            const AddedObjectives& added) {
  write_controls(db, out, as_of, &added);
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

void export_capabilities(store::Database& db, std::ostream& out) {
  csv::Writer w(out);
  w.row(headers_of(capability_spec));
  for (const auto& c : store::load_capabilities(db)) w.row(capability_row(c));
}

void export_cuecs(store::Database& db, std::ostream& out, Date as_of) {
  csv::Writer w(out);
  w.row(headers_of(cuec_spec));
  for (const auto& c : store::load_cuecs_as_of(db, as_of)) w.row(cuec_row(c));
}

void export_subservice(store::Database& db, std::ostream& out, Date as_of) {
  csv::Writer w(out);
  w.row(headers_of(subservice_spec));
  for (const auto& s : store::load_subservices_as_of(db, as_of)) w.row(subservice_row(s));
}

void export_systems(store::Database& db, std::ostream& out, Date as_of) {
  csv::Writer w(out);
  w.row(headers_of(system_spec));
  for (const auto& s : store::load_systems_as_of(db, as_of)) w.row(system_row(s));
}

}  // namespace socready::import

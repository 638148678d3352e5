#include "import/exporter.hpp"

#include <functional>
#include <map>
#include <vector>

#include "csv/writer.hpp"
#include "import/capability_spec.hpp"
#include "import/control_spec.hpp"
#include "import/cuec_spec.hpp"
#include "import/objective_spec.hpp"
#include "import/record_specs.hpp"
#include "import/service_spec.hpp"
#include "import/spec_reading.hpp"
#include "import/subservice_spec.hpp"
#include "import/system_spec.hpp"
#include "store/capability_store.hpp"
#include "store/catalog_store.hpp"
#include "store/control_store.hpp"
#include "store/cuec_store.hpp"
#include "store/objective_store.hpp"
#include "store/population_store.hpp"
#include "store/service_store.hpp"
#include "store/subservice_store.hpp"
#include "store/system_store.hpp"

namespace socready::import {

namespace {

// A file of an entity: the spec's header, then a row per record (`row_of` picks it out of what the
// store loaded), in the order the store loaded them.
template <typename Record, std::size_t N, typename Loaded, typename RowOf = std::identity>
void write_table(std::ostream& out, const Spec<Record, N>& spec, const std::vector<Loaded>& loaded,
                 RowOf row_of = {}) {
  csv::Writer w(out);
  w.row(headers_of(spec));
  for (const auto& item : loaded) w.row(write_columns(spec, row_of(item)));
}

// A control version on file as the record its export row writes.
ControlRecord record_of(const store::LoadedControl& c,
                        const std::map<std::string, Framework, std::less<>>& framework_of) {
  ControlRecord r;
  const auto& v = c.version;
  r.key = v.key;
  static_cast<ControlContent&>(r.version) = v;
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
      sort_unique(r.objectives);
    }
    if (const auto e = last_evidence.find(c.control_id); e != last_evidence.end())
      r.evidence_on = e->second;
    if (const auto t = last_test.find(c.control_id); t != last_test.end()) {
      r.tested_on = t->second.tested_on;
      r.outcome = {true, t->second.result};
    }
    w.row(write_columns(control_spec, r));
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
  write_table(out, service_spec, store::load_services(db));
}

void export_populations(store::Database& db, std::ostream& out) {
  write_table(out, population_spec, store::load_populations(db),
              [](const store::StoredPopulation& p) -> const PopulationRecord& { return p.record; });
}

void export_capabilities(store::Database& db, std::ostream& out) {
  write_table(out, capability_spec, store::load_capabilities(db));
}

void export_objectives(store::Database& db, std::ostream& out) {
  write_table(out, objective_spec, store::load_user_objectives(db));
}

void export_cuecs(store::Database& db, std::ostream& out, Date as_of) {
  write_table(out, cuec_spec, store::load_cuecs_as_of(db, as_of));
}

void export_subservice(store::Database& db, std::ostream& out, Date as_of) {
  write_table(out, subservice_spec, store::load_subservices_as_of(db, as_of));
}

void export_systems(store::Database& db, std::ostream& out, Date as_of) {
  write_table(out, system_spec, store::load_systems_as_of(db, as_of));
}

}  // namespace socready::import

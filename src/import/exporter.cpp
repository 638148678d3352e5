#include "import/exporter.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>

#include "csv/formula.hpp"
#include "csv/writer.hpp"
#include "import/formats.hpp"
#include "store/catalog_store.hpp"
#include "store/control_store.hpp"
#include "store/service_store.hpp"

namespace socready::import {

namespace {

std::string answer_text(const Answer& a) {
  if (!a) return "";
  return *a ? "yes" : "no";
}

std::string safe(std::string_view s) { return csv::neutralise_formula(s); }

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
  w.row(formats::controls);
  for (const auto& c : controls) {
    const auto& v = c.version;
    std::vector<std::string> tsc, objectives;
    for (const auto& code : v.requirements)
      (framework_of.at(code) == Framework::soc2 ? tsc : objectives).push_back(code);
    const auto e = last_evidence.find(c.control_id);
    const auto t = last_test.find(c.control_id);
    w.row({safe(v.key), safe(v.title), safe(v.description), safe(v.owner),
           v.all_services ? "*" : fmt::format("{}", fmt::join(v.services, ";")),
           fmt::format("{}", fmt::join(tsc, ";")), fmt::format("{}", fmt::join(objectives, ";")),
           std::string(name(v.status)), v.frequency ? std::string(name(*v.frequency)) : "",
           v.implemented_on ? v.implemented_on->iso() : "",
           e != last_evidence.end() ? e->second.iso() : "",
           t != last_test.end() ? t->second.tested_on.iso() : "",
           t != last_test.end() ? std::string(name(t->second.result)) : ""});
  }
}

void export_services(store::Database& db, std::ostream& out) {
  csv::Writer w(out);
  w.row(formats::services);
  for (const auto& s : store::load_services(db)) {
    std::vector<std::string> categories;
    if (s.soc2_categories)
      for (auto c : *s.soc2_categories) categories.emplace_back(name(c));
    w.row({s.slug, safe(s.name), safe(s.product_line), safe(s.description),
           answer_text(s.affects_financial_reporting), answer_text(s.handles_customer_data),
           answer_text(s.clients_ask_security), answer_text(s.clients_ask_sox),
           fmt::format("{}", fmt::join(s.capabilities, ";")),
           answer_text(s.availability_commitment), answer_text(s.processes_transactions),
           answer_text(s.confidential_data), answer_text(s.personal_data),
           std::string(name(s.soc1)), std::string(name(s.soc2)), safe(s.override_reason),
           fmt::format("{}", fmt::join(categories, ";")),
           fmt::format("{}", fmt::join(s.soc1_objectives, ";"))});
  }
}

}  // namespace socready::import

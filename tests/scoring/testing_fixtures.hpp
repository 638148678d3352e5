#pragma once
// Builders shared by the scoring tests: the catalog of SPEC §2 and terse ways to make services
// and controls. Header-only because the test build compiles test_*.cpp files only.

#include <algorithm>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/model.hpp"
#include "scoring/inventory.hpp"

namespace socready::scoring::testing {

inline Date day(const char* iso) {
  auto d = Date::parse(iso);
  if (!d) throw std::invalid_argument(iso);
  return *d;
}

// The 61 SOC 2 criteria and 11 SOC 1 objectives of SPEC §2, in catalog order. Titles are
// placeholders: the scorer copies them, it never reads them.
inline std::vector<Requirement> spec_catalog() {
  struct Series {
    const char* id;
    const char* category;
    std::vector<const char*> numbers;
  };
  const std::vector<Series> soc2 = {
      {"CC1", "Security", {"1", "2", "3", "4", "5"}},
      {"CC2", "Security", {"1", "2", "3"}},
      {"CC3", "Security", {"1", "2", "3", "4"}},
      {"CC4", "Security", {"1", "2"}},
      {"CC5", "Security", {"1", "2", "3"}},
      {"CC6", "Security", {"1", "2", "3", "4", "5", "6", "7", "8"}},
      {"CC7", "Security", {"1", "2", "3", "4", "5"}},
      {"CC8", "Security", {"1"}},
      {"CC9", "Security", {"1", "2"}},
      {"A1", "Availability", {"1", "2", "3"}},
      {"PI1", "Processing Integrity", {"1", "2", "3", "4", "5"}},
      {"C1", "Confidentiality", {"1", "2"}},
      {"P1", "Privacy", {"1"}},
      {"P2", "Privacy", {"1"}},
      {"P3", "Privacy", {"1", "2"}},
      {"P4", "Privacy", {"1", "2", "3"}},
      {"P5", "Privacy", {"1", "2"}},
      {"P6", "Privacy", {"1", "2", "3", "4", "5", "6", "7"}},
      {"P7", "Privacy", {"1"}},
      {"P8", "Privacy", {"1"}},
  };
  std::vector<Requirement> out;
  for (const auto& s : soc2)
    for (const char* n : s.numbers) {
      Requirement r;
      r.code = std::string(s.id) + "." + n;
      r.framework = Framework::soc2;
      r.category = s.category;
      r.series = s.id;
      r.series_title = std::string("series ") + s.id;
      r.title = "criterion " + r.code;
      out.push_back(std::move(r));
    }
  const std::vector<std::pair<const char*, bool>> soc1 = {
      {"ITGC-ACCESS", true},    {"ITGC-CHANGE", true},      {"ITGC-OPS", true},
      {"ITGC-SDLC", true},      {"BP-AUTHORIZATION", true}, {"BP-COMPLETENESS", true},
      {"BP-ACCURACY", true},    {"BP-CUTOFF", false},       {"BP-RECONCILIATION", false},
      {"BP-INTERFACES", false}, {"BP-REPORTING", false}};
  for (const auto& [code, is_default] : soc1) {
    Requirement r;
    r.code = code;
    r.framework = Framework::soc1;
    bool itgc = std::string(code).rfind("ITGC", 0) == 0;
    r.category = itgc ? "IT general controls" : "Business processes";
    r.series = itgc ? "ITGC" : "BP";
    r.series_title = r.category;
    r.title = std::string("objective ") + code;
    r.is_default = is_default;
    out.push_back(std::move(r));
  }
  return out;
}

inline Service service(std::string slug) {
  Service s;
  s.name = "Service " + slug;
  s.product_line = "Line";
  s.slug = std::move(slug);
  return s;
}

inline ControlFacts control(std::string key, Status status, std::vector<std::string> requirements,
                            std::vector<std::string> services = {}) {
  ControlFacts c;
  c.version.key = std::move(key);
  c.version.title = "Control " + c.version.key;
  c.version.owner = "owner-" + c.version.key;
  c.version.status = status;
  c.version.frequency = Frequency::monthly;
  c.version.all_services = services.empty();
  c.version.services = std::move(services);
  c.version.requirements = std::move(requirements);
  c.version.valid_from = day("2024-01-01");
  return c;
}

// Monthly evidence on the 1st, from `first` up to and including `last`.
inline std::vector<Date> monthly_from(Date first, Date last) {
  std::vector<Date> out;
  for (Date d = first; d <= last; d = d.plus_months(1)) out.push_back(d);
  return out;
}

// The worked example of docs/scoring.md: a payroll service, four SOC 1 objectives, five
// controls, as of 2026-09-30 with the default 6-month window (2026-03-30 to 2026-09-30, 184 days).
inline Inventory worked_example() {
  Inventory inv;
  for (const char* code : {"ITGC-ACCESS", "ITGC-CHANGE", "BP-COMPLETENESS", "BP-ACCURACY"}) {
    Requirement r;
    r.code = code;
    r.framework = Framework::soc1;
    r.category = code[0] == 'I' ? "IT general controls" : "Business processes";
    r.series = code[0] == 'I' ? "ITGC" : "BP";
    r.title = std::string("objective ") + code;
    r.is_default = true;
    inv.catalog.push_back(std::move(r));
  }
  Service s = service("payroll-run");
  s.name = "Payroll run";
  s.affects_financial_reporting = true;
  inv.services.push_back(s);

  // Key access review: July has no evidence, and May's test failed before a passing retest.
  ControlFacts ac = control("AC-01", Status::implemented, {"ITGC-ACCESS"});
  ac.version.is_key = true;
  ac.version.implemented_on = day("2025-01-15");
  ac.evidence = {day("2026-04-30"), day("2026-05-29"), day("2026-06-30"), day("2026-08-31"),
                 day("2026-09-30")};
  ac.tests = {{day("2026-05-20"), TestResult::fail, 25, 2, "Access of two leavers removed",
               day("2026-06-01")},
              {day("2026-07-15"), TestResult::pass}};

  // Change approval, event-driven: 40 changes in the window, 32 with evidence.
  ControlFacts cm = control("CM-01", Status::implemented, {"ITGC-CHANGE"});
  cm.version.frequency = Frequency::event;
  cm.version.implemented_on = day("2024-06-01");
  for (int k = 0; k < 32; ++k) cm.evidence.push_back(day("2026-04-01").plus_days(5 * k));
  cm.populations = {{day("2026-01-01"), day("2026-06-30"), 38},
                    {day("2026-07-01"), day("2026-09-30"), 20}};

  // Key reconciliation, still partial.
  ControlFacts kc = control("KC-01", Status::partial, {"BP-COMPLETENESS"});
  kc.version.is_key = true;
  kc.version.frequency = Frequency::quarterly;
  kc.version.implemented_on = day("2025-01-01");
  kc.evidence = {day("2026-04-10"), day("2026-07-08")};

  // Interface check, partial until 2026-06-30 according to its history.
  ControlFacts itf = control("IF-01", Status::implemented, {"BP-COMPLETENESS"});
  itf.version.implemented_on = day("2025-01-01");
  itf.version.valid_from = day("2026-06-30");
  itf.history = {{day("2025-01-01"), day("2026-06-30"), Status::partial},
                 {day("2026-06-30"), std::nullopt, Status::implemented}};
  itf.evidence = {day("2026-04-05"), day("2026-05-05"), day("2026-06-05"),
                  day("2026-07-05"), day("2026-08-05"), day("2026-09-05")};

  // Automated calculation check: a test of one.
  ControlFacts rc = control("RC-01", Status::implemented, {"BP-ACCURACY"});
  rc.version.nature = Nature::automated;
  rc.version.frequency = Frequency::continuous;
  rc.version.implemented_on = day("2025-10-01");
  rc.evidence = {day("2026-06-15")};

  inv.controls = {ac, cm, kc, itf, rc};
  return inv;
}

// A varied inventory for property tests: every status, frequency, test result and coverage
// shape, drawn from a fixed seed so failures reproduce.
inline Inventory random_inventory(unsigned seed, int services = 6, int controls = 80) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  Inventory inv;
  inv.catalog = spec_catalog();
  const Answer answers[] = {std::nullopt, true, false};
  const char* caps[] = {"analytics", "billing", "crm", "payroll", "saas", "time-tracking"};
  for (int i = 0; i < services; ++i) {
    Service s = service("svc-" + std::to_string(i));
    s.affects_financial_reporting = answers[pick(3)];
    s.handles_customer_data = answers[pick(3)];
    s.clients_ask_security = answers[pick(3)];
    s.clients_ask_sox = answers[pick(3)];
    s.availability_commitment = answers[pick(3)];
    s.processes_transactions = answers[pick(3)];
    s.confidential_data = answers[pick(3)];
    s.personal_data = answers[pick(3)];
    for (const char* c : caps)
      if (pick(4) == 0) s.capabilities.push_back(c);
    if (pick(3) == 0) s.soc1_objectives.push_back("BP-CUTOFF");
    inv.services.push_back(std::move(s));
  }
  const Date as_of = day("2026-09-30");
  for (int i = 0; i < controls; ++i) {
    std::vector<std::string> reqs;
    int n = 1 + pick(3);
    for (int k = 0; k < n; ++k)
      reqs.push_back(
          inv.catalog[static_cast<std::size_t>(pick(static_cast<int>(inv.catalog.size())))].code);
    std::sort(reqs.begin(), reqs.end());
    reqs.erase(std::unique(reqs.begin(), reqs.end()), reqs.end());
    std::vector<std::string> svcs;
    if (pick(3) != 0) {
      svcs.push_back("svc-" + std::to_string(pick(services)));
      std::sort(svcs.begin(), svcs.end());
    }
    char key[16];
    std::snprintf(key, sizeof key, "C-%03d", i);
    ControlFacts c = control(key, static_cast<Status>(pick(4)), reqs, svcs);
    c.version.owner = "owner-" + std::to_string(pick(5));
    c.version.frequency =
        pick(8) == 0 ? std::nullopt : std::optional<Frequency>(static_cast<Frequency>(pick(8)));
    if (pick(6) != 0) c.version.implemented_on = as_of.plus_days(-pick(500));
    int evidence = pick(40);
    for (int k = 0; k < evidence; ++k) c.evidence.push_back(as_of.plus_days(-pick(400)));
    std::sort(c.evidence.begin(), c.evidence.end());
    int tests = pick(3);
    for (int k = 0; k < tests; ++k) {
      TestFacts t{as_of.plus_days(-pick(300)), static_cast<TestResult>(pick(3))};
      if (pick(3) == 0) t.deviations = pick(3);
      c.tests.push_back(t);
    }
    c.version.is_key = pick(5) == 0;
    c.version.nature = pick(4) == 0 ? Nature::automated : Nature::manual;
    if (pick(6) == 0)
      c.version.compensates.push_back(
          inv.controls.empty()
              ? "C-000"
              : inv.controls[static_cast<std::size_t>(pick(static_cast<int>(inv.controls.size())))]
                    .version.key);
    if (pick(2) == 0)
      c.populations.push_back(
          {as_of.plus_days(-200 - pick(100)), as_of.plus_days(-pick(100)), pick(60)});
    std::sort(c.tests.begin(), c.tests.end(),
              [](const TestFacts& a, const TestFacts& b) { return a.on < b.on; });
    inv.controls.push_back(std::move(c));
  }
  return inv;
}

inline Date random_as_of() { return day("2026-09-30"); }

// Carve-out and inclusive vendors of every kind of report for random_inventory (SPEC §4a): each
// meets CC6.4 and A1.2 alone, some BP-COMPLETENESS too, monitored by one of its first controls
// or by none.
inline void add_random_vendors(Inventory& inv, unsigned seed, int vendors = 4, int services = 6) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const Opinion opinions[] = {Opinion::unmodified, Opinion::qualified, Opinion::adverse,
                              Opinion::disclaimer};
  for (int i = 0; i < vendors; ++i) {
    Subservice v;
    v.key = "v" + std::to_string(i);
    v.name = "Vendor " + v.key;
    v.all_services = pick(2) == 0;
    if (!v.all_services) v.services = {"svc-" + std::to_string(pick(services))};
    v.method = pick(5) == 0 ? SubserviceMethod::inclusive : SubserviceMethod::carve_out;
    if (pick(6) != 0) {
      const Date end = random_as_of().plus_days(-pick(600));
      v.report = VendorReport{static_cast<Framework>(pick(2)), static_cast<ReportType>(pick(2)),
                              end.plus_months(-12), end, opinions[pick(4)]};
    }
    if (pick(3) == 0) v.bridge_letter_until = random_as_of().plus_days(-pick(100));
    v.csoc_criteria = {"A1.2", "CC6.4"};
    if (pick(2) == 0) v.csoc_objectives = {"BP-COMPLETENESS"};
    v.monitored_by = pick(4) == 0 ? "" : "C-00" + std::to_string(pick(10));
    v.valid_from = day("2026-01-01");
    inv.subservices.push_back(std::move(v));
  }
}

}  // namespace socready::scoring::testing

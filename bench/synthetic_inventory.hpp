#pragma once
// A seeded synthetic portfolio for the scoring and report benchmarks: N services that need both
// reports with every SOC 2 category, M controls (5% entity-level, the rest spread over the
// services), two requirements each, `evidence_per_control` evidence dates over the last year
// (50: a million rows for 20,000 controls), and the Type II inputs of SPEC §4: 10% key, 10%
// automated, populations for event-driven controls, a status history, tests with deviations.

#include <random>

#include "scoring/inventory.hpp"
#include "store/catalog_store.hpp"

namespace socready::bench {

inline scoring::Inventory synthetic_inventory(int services, int controls, unsigned seed = 42,
                                              int evidence_per_control = 50) {
  std::mt19937 rng(seed);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  scoring::Inventory inv;
  store::Database db(":memory:");
  inv.catalog = store::load_catalog(db);

  for (int i = 0; i < services; ++i) {
    Service s;
    s.slug = "svc-" + std::to_string(100000 + i);
    s.name = "Service " + std::to_string(i);
    s.product_line = "Line " + std::to_string(i % 50);
    s.affects_financial_reporting = true;
    s.handles_customer_data = true;
    s.availability_commitment = s.processes_transactions = s.confidential_data = s.personal_data =
        true;
    inv.services.push_back(std::move(s));
  }
  std::sort(inv.services.begin(), inv.services.end(), [](const Service& a, const Service& b) {
    return std::tie(a.product_line, a.slug) < std::tie(b.product_line, b.slug);
  });

  const Date as_of = *Date::parse("2026-09-30");
  constexpr Status statuses[] = {Status::implemented, Status::implemented, Status::implemented,
                                 Status::partial,     Status::planned,     Status::not_applicable};
  constexpr Frequency frequencies[] = {Frequency::daily,     Frequency::weekly, Frequency::monthly,
                                       Frequency::quarterly, Frequency::annual, Frequency::event};
  for (int i = 0; i < controls; ++i) {
    scoring::ControlFacts c;
    auto& v = c.version;
    char key[16];
    std::snprintf(key, sizeof key, "CTL-%07d", i);
    v.key = key;
    v.title = "Control " + std::to_string(i);
    v.owner = "Owner " + std::to_string(i % 97);
    v.status = statuses[pick(std::size(statuses))];
    v.frequency = frequencies[pick(std::size(frequencies))];
    v.implemented_on = as_of.plus_days(-static_cast<std::int32_t>(pick(900)));
    v.valid_from = as_of.plus_days(-400);
    if (i % 20 == 0)
      v.all_services = true;
    else
      v.services.push_back(inv.services[static_cast<std::size_t>(i) % inv.services.size()].slug);
    v.requirements = {inv.catalog[pick(inv.catalog.size())].code,
                      inv.catalog[pick(inv.catalog.size())].code};
    std::sort(v.requirements.begin(), v.requirements.end());
    v.requirements.erase(std::unique(v.requirements.begin(), v.requirements.end()),
                         v.requirements.end());
    v.is_key = pick(10) == 0;
    v.nature = pick(10) == 0 ? Nature::automated : Nature::manual;
    for (int e = 0; e < evidence_per_control; ++e)
      c.evidence.push_back(as_of.plus_days(-static_cast<std::int32_t>(pick(365))));
    std::sort(c.evidence.begin(), c.evidence.end());
    if (pick(3) == 0)
      c.tests.push_back({as_of.plus_days(-30), pick(8) == 0 ? TestResult::fail : TestResult::pass,
                         25, static_cast<int>(pick(2)), "", std::nullopt});
    if (v.frequency == Frequency::event)
      for (int q = 4; q >= 1; --q)
        c.populations.push_back({as_of.plus_months(-3 * q).plus_days(1),
                                 as_of.plus_months(-3 * (q - 1)), static_cast<int>(pick(60))});
    c.history = {{v.valid_from.plus_days(-200), v.valid_from, Status::partial},
                 {v.valid_from, std::nullopt, v.status}};
    inv.controls.push_back(std::move(c));
  }
  return inv;
}

}  // namespace socready::bench

// Scoring speed (issue target: 1,000 services x 20,000 controls with 1,000,000 evidence rows, both
// frameworks and both types, under 1 s, growing linearly). Arguments: services, controls; 50
// evidence dates per control, so 20,000 controls hold a million rows.
#include <benchmark/benchmark.h>

#include "scoring/readiness.hpp"
#include "synthetic_inventory.hpp"

namespace {

void BM_Score(benchmark::State& state) {
  const auto inv = socready::bench::synthetic_inventory(static_cast<int>(state.range(0)),
                                                        static_cast<int>(state.range(1)));
  const socready::scoring::Options options{*socready::Date::parse("2026-09-30"), 6};
  for (auto _ : state) {
    auto results = socready::scoring::score(inv, options);
    benchmark::DoNotOptimize(results);
  }
  state.counters["services"] = static_cast<double>(state.range(0));
  state.counters["controls"] = static_cast<double>(state.range(1));
}

BENCHMARK(BM_Score)
    ->Args({100, 20000})
    ->Args({1000, 20000})
    ->Args({1000, 2000})
    ->Args({1000, 10000})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();

// Report speed (issue target: reports for 1,000 services over 8 quarters written in under 2 s).
// Renders and writes the whole report folder for a scored synthetic portfolio.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "report/render.hpp"
#include "scoring/readiness.hpp"
#include "synthetic_inventory.hpp"

namespace {

using namespace socready;

report::ReportInput make_input(int services) {
  const auto inv = bench::synthetic_inventory(services, services * 20);
  report::ReportInput input;
  input.period = "2026-Q3";
  input.as_of = *Date::parse("2026-09-30");
  input.generated_by = "socready bench";
  input.services = scoring::score(inv, {input.as_of, 6});
  const char* periods[] = {"2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3",
                           "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"};
  for (const auto& r : input.services) {
    int n = 0;
    for (const char* p : periods) {
      for (auto f : scoring::all_frameworks)
        for (auto t : scoring::all_report_types) {
          const auto& x = r.readiness(f, t);
          input.history[r.service].push_back(
              {p, f, t, x.applies(), std::max(0.0, x.readiness - 5.0 * (7 - n)), x.band, 0});
        }
      ++n;
    }
  }
  return input;
}

void BM_RenderAndWriteReports(benchmark::State& state) {
  const auto input = make_input(static_cast<int>(state.range(0)));
  const auto out = std::filesystem::temp_directory_path() / "socready-bench-reports";
  for (auto _ : state) {
    auto files = report::render_reports(input);
    report::write_reports(files, out);
    benchmark::DoNotOptimize(files);
  }
  std::filesystem::remove_all(out);
  state.counters["services"] = static_cast<double>(state.range(0));
}

BENCHMARK(BM_RenderAndWriteReports)
    ->Arg(100)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();

// Throughput of the streaming CSV reader alone (no validation, no SQL), on a controls file
// in the SPEC §7 format. Reports bytes/s and rows/s.
//
//   build-bench/bench/bench_csv_reader                       # synthetic in-memory rows
//   SOCREADY_BENCH_CSV=bench/data/100k/controls.csv build-bench/bench/bench_csv_reader

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "csv/reader.hpp"

namespace {

// Rows shaped like bench/generate_inventory.py output: plain, quoted-with-comma and
// doubled-quote fields.
std::string synthetic_controls(std::size_t rows) {
  std::string text =
      "control_id,title,description,owner,services,tsc,soc1_objectives,status,frequency,"
      "implemented_on,evidence_date,last_tested,test_result\n";
  for (std::size_t i = 1; i <= rows; ++i) {
    text += "CTL-" + std::to_string(1000000 + i).substr(1);
    text +=
        ",Quarterly user access review for payroll,"
        "\"Reviewed by the control owner, for every in-scope system. Owner says \"\"see "
        "runbook, section 4\"\".\",\"Sofia Haddad, lead (Identity and Access Management)\","
        "payroll-api;billing-portal,CC6.1;CC6.2,ITGC-ACCESS,implemented,quarterly,"
        "2021-06-27,2026-04-15,2026-01-08,pass\n";
  }
  return text;
}

std::string load_input() {
  if (const char* path = std::getenv("SOCREADY_BENCH_CSV"); path && *path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  return synthetic_controls(100000);
}

const std::string& input() {
  static const std::string text = load_input();
  return text;
}

// Reads every record and touches every field, as the importers do.
void BM_ReadControls(benchmark::State& state) {
  const std::string& text = input();
  std::size_t rows = 0;
  std::size_t checksum = 0;
  for (auto _ : state) {
    std::istringstream in(text);
    socready::csv::Reader reader(in, "controls.csv");
    rows = 0;
    while (reader.next()) {
      ++rows;
      for (std::size_t i = 0; i < reader.size(); ++i) checksum += reader.field(i).size();
    }
  }
  benchmark::DoNotOptimize(checksum);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows));
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_ReadControls)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// The same reader fed from a file stream, as `socready import FILE` reads.
void BM_ReadControlsFromFile(benchmark::State& state) {
  const char* path = std::getenv("SOCREADY_BENCH_CSV");
  if (!path || !*path) {
    state.SkipWithError("set SOCREADY_BENCH_CSV to a controls.csv");
    return;
  }
  std::size_t rows = 0;
  std::size_t checksum = 0;
  for (auto _ : state) {
    std::ifstream in(path, std::ios::binary);
    socready::csv::Reader reader(in, path);
    rows = 0;
    while (reader.next()) {
      ++rows;
      for (std::size_t i = 0; i < reader.size(); ++i) checksum += reader.field(i).size();
    }
  }
  benchmark::DoNotOptimize(checksum);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(input().size()));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows));
}
BENCHMARK(BM_ReadControlsFromFile)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();

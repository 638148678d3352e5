#!/usr/bin/env bash
# Report benchmark: the whole `socready report` command (open the database, read the frozen
# snapshot and every quarter's history, render, write every page) on a large portfolio with
# eight frozen quarters. See bench/README.md.
#
#   bench/run_report_bench.sh                        # 1,000 services, 20,000 controls, 3 runs
#   bench/run_report_bench.sh --services 100 --controls 2000 --runs 5
#
# Options:
#   --services N         services (default 1000)
#   --controls N         controls (default 20000; 5% are entity-level, as generated)
#   --runs N             timed report runs, the median is reported (default 3)
#   --seed N             generator seed (default 20261126)
#   --no-build           use the binary already in the build folder
#   --build-dir DIR      default build-bench
#
# Output: a Markdown table on stdout, also written to bench/data/report-results.md; the
# database and reports stay under bench/data/report-<services>x<controls>/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

services=1000
controls=20000
runs=3
seed=20261126
build=1
build_dir="build-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --services) services=$2; shift 2 ;;
    --controls) controls=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --build-dir) build_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_report_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_report_bench.sh: needs $tool" >&2; exit 2; }
done

# Release, in its own folder; -Werror off for the GCC 12 -O3 false positives (see README).
if [[ $build == 1 ]]; then
  echo "== building Release in $build_dir" >&2
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSOCREADY_TESTS=OFF -DSOCREADY_BENCH=ON \
    -DSOCREADY_WERROR=OFF >/dev/null
  cmake --build "$build_dir" -j"$(nproc)" --target socready >&2
fi
bin="$repo/$build_dir/src/socready"
[[ -x "$bin" ]] || { echo "no binary at $bin (drop --no-build)" >&2; exit 3; }

export SOCREADY_TODAY=2026-11-26 SOCREADY_NO_PROGRESS=1
work="$repo/bench/data/report-${services}x${controls}"
rm -rf "$work"
mkdir -p "$work"
db="$work/portfolio.db"

# Prints "wall_seconds max_rss_kb" of one command; its output goes to $work/last.log.
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 ||
    { cat "$work/last.log" >&2; echo "run_report_bench.sh: failed: $*" >&2; exit 3; }
  cat "$work/time.txt"
}

echo "== generating $services services, $controls controls" >&2
python3 bench/generate_inventory.py --services "$services" --controls "$controls" --seed "$seed" \
  --out "$work/csv" >&2
"$bin" --db "$db" init >/dev/null
# Services and controls in force from the first quarter frozen, so every quarter has the whole
# inventory to score (service facts are dated too: without --effective they begin today).
"$bin" --db "$db" import services "$work/csv/services.csv" --effective 2024-10-01 >/dev/null
"$bin" --db "$db" import controls "$work/csv/controls.csv" --effective 2024-10-01 >/dev/null


quarters="2024-Q4 2025-Q1 2025-Q2 2025-Q3 2025-Q4 2026-Q1 2026-Q2 2026-Q3"
freeze_times=()
for q in $quarters; do
  read -r wall rss < <(timed "$bin" --db "$db" snapshot --period "$q")
  freeze_times+=("$wall")
  echo "   froze $q in ${wall} s (${rss} KB)" >&2
done
db_mb=$(( $(stat -c %s "$db") / 1048576 ))

walls=()
rss_max=0
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/reports"
  read -r wall rss < <(timed "$bin" --db "$db" report --out "$work/reports")
  walls+=("$wall")
  (( rss > rss_max )) && rss_max=$rss
  echo "   report run $i: ${wall} s (${rss} KB)" >&2
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
pages=$(find "$work/reports" -name '*.md' | wc -l)
# A report of fewer services than generated measures something else: stop rather than print it.
((pages > services)) ||
  { echo "run_report_bench.sh: the report wrote $pages pages for $services services" >&2; exit 3; }
read -r history_wall _ < <(timed "$bin" --db "$db" history --format json)
freeze_median=$(printf '%s\n' "${freeze_times[@]}" | sort -n | sed -n 4p)

{
  echo "| services | controls | frozen quarters | database | pages written | socready report (median of $runs) | peak RSS | snapshot (median) | history --format json |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| $services | $controls | 8 | ${db_mb} MB | $pages | **${median} s** | $(( rss_max / 1024 )) MB | ${freeze_median} s | ${history_wall} s |"
  echo
  echo "report runs: ${walls[*]} s; snapshots: ${freeze_times[*]} s"
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(uname -r), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
} | tee "$repo/bench/data/report-results.md"

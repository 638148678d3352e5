#!/usr/bin/env bash
# Scoring benchmark: the whole `socready score` command (open the database, load the inventory
# as of a date with every evidence date, score every service for both frameworks and both
# types, print) on 1,000 services x 20,000 controls x 1,000,000 evidence rows. Prints the median
# user + system CPU time of the runs (the measure on a shared machine), each run's, the median
# wall time, the peak RSS, and the size of the `--format json` output (written once, untimed).
# See bench/README.md, "Scoring with the Type II rules".
#
#   bench/run_score_bench.sh                   # 1M evidence rows, 3 runs
#   bench/run_score_bench.sh --rows 100000 --runs 5
#   bench/run_score_bench.sh --system 200      # `score --system` on a system of 200 services
#
# Options: --rows N (1000000), --controls N (20000), --services N (1000), --runs N (3),
#          --system N (none: the whole `score`), --no-build, --build-dir DIR (build-bench)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
rows=1000000
controls=20000
services=1000
runs=3
system=0
build=1
build_dir="build-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --controls) controls=$2; shift 2 ;;
    --services) services=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --system) system=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --build-dir) build_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_score_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_score_bench.sh: needs $tool" >&2; exit 2; }
done
if [[ $build == 1 ]]; then
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSOCREADY_TESTS=OFF -DSOCREADY_BENCH=ON \
    -DSOCREADY_WERROR=OFF >/dev/null
  cmake --build "$build_dir" -j"$(nproc)" --target socready >&2
fi
bin="$repo/$build_dir/src/socready"
export SOCREADY_TODAY=2026-11-26 SOCREADY_NO_PROGRESS=1
work="$repo/bench/data/score-${services}x${controls}x${rows}"
rm -rf "$work" && mkdir -p "$work"

python3 bench/generate_inventory.py --services "$services" --controls "$controls" \
  --evidence "$rows" --out "$work" >&2
db="$work/score.db"
"$bin" --db "$db" init >/dev/null
"$bin" --db "$db" import services "$work/services.csv" >/dev/null
"$bin" --db "$db" import controls "$work/controls.csv" --effective 2024-01-01 >/dev/null
"$bin" --db "$db" import evidence "$work/evidence.csv" >/dev/null
# --system N: one system of the first N services, with a SOC 1 Type II period that has ended and
# a SOC 2 Type II period running on the as-of date (a projection), so three windows are scored.
command=(score --as-of 2026-11-26)
if ((system > 0)); then
  slugs=$(tail -n +2 "$work/services.csv" | cut -d, -f1 | head -n "$system" | paste -sd ';')
  {
    echo "system,name,services,soc1_type,soc1_period_start,soc1_period_end,soc2_type,soc2_period_start,soc2_period_end"
    echo "big,Big system,$slugs,II,2026-01-01,2026-06-30,II,2026-07-01,2026-12-31"
  } >"$work/systems.csv"
  "$bin" --db "$db" import systems "$work/systems.csv" --effective 2024-01-01 >/dev/null
  command+=(--system big)
fi

# One timed command: prints "wall user sys max_rss_kb".
timed() { /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null; cat "$work/time.txt"; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
walls=() cpus=() runs_text=()
rss=0
for ((i = 0; i < runs; i++)); do
  read -r wall user sys peak < <(timed "$bin" --db "$db" "${command[@]}")
  cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
  walls+=("$wall") cpus+=("$cpu") runs_text+=("$cpu ($user+$sys)")
  ((peak > rss)) && rss=$peak
done
# The JSON output once, for its size (not timed).
"$bin" --db "$db" "${command[@]}" --format json >"$work/score.json"
json_mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$work/score.json\") / 1e6:.1f}')")
echo "| services | controls | evidence rows | \`socready ${command[*]}\` CPU, user + sys (median of $runs) | CPU by run (user+sys) | wall (median) | peak RSS | \`--format json\` output |"
echo "|---:|---:|---:|---:|---|---:|---:|---:|"
echo "| $services | $controls | $rows | **$(median "${cpus[@]}") s** | ${runs_text[*]} | $(median "${walls[@]}") s | $((rss / 1024)) MB | ${json_mb} MB |"
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%dT%H:%M:%SZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"

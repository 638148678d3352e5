#!/usr/bin/env bash
# Suggestion benchmark: the whole `socready suggest soc1` command (open the database, load the
# catalog, services and today's control versions, decide applicability, suggest, print) on 1,000
# services x 20,000 controls (target < 1 s), and with --out (which also writes the controls file,
# reading every control's latest evidence and test like `export controls`). See bench/README.md,
# "Suggesting SOC 1 mappings".
#
#   bench/run_suggest_bench.sh                  # 20,000 controls, 1,000,000 evidence rows, 3 runs
#   bench/run_suggest_bench.sh --controls 100000 --rows 0 --runs 5
#
# Options: --controls N (20000), --services N (1000), --rows N evidence (1000000), --runs N (3),
#          --no-build, --build-dir DIR (build-bench), --reuse-data (keep the database of an
#          earlier run with the same sizes)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
controls=20000
services=1000
rows=1000000
runs=3
build=1
build_dir="build-bench"
reuse=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --controls) controls=$2; shift 2 ;;
    --services) services=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --reuse-data) reuse=1; shift ;;
    --build-dir) build_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_suggest_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_suggest_bench.sh: needs $tool" >&2; exit 2; }
done
if [[ $build == 1 ]]; then
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSOCREADY_TESTS=OFF \
    -DSOCREADY_WERROR=OFF >/dev/null
  cmake --build "$build_dir" -j2 --target socready >&2
fi
bin="$repo/$build_dir/src/socready"
export SOCREADY_TODAY=2026-11-26 SOCREADY_NO_PROGRESS=1
work="$repo/bench/data/suggest-${services}x${controls}x${rows}"
db="$work/suggest.db"
if [[ $reuse == 0 || ! -f $db ]]; then
  rm -rf "$work" && mkdir -p "$work"
  evidence=()
  ((rows > 0)) && evidence=(--evidence "$rows")
  python3 bench/generate_inventory.py --services "$services" --controls "$controls" \
    "${evidence[@]}" --out "$work" >&2
  "$bin" --db "$db" init >/dev/null
  "$bin" --db "$db" import services "$work/services.csv" >/dev/null
  "$bin" --db "$db" import controls "$work/controls.csv" --effective 2024-01-01 >/dev/null
  if ((rows > 0)); then "$bin" --db "$db" import evidence "$work/evidence.csv" >/dev/null; fi
fi

# One timed command: prints "wall user+sys max_rss_kb".
timed() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/out.txt"
  read -r wall user sys rss <"$work/time.txt"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $rss"
}
median() { sort -n | sed -n "$(((runs + 1) / 2))p"; }
echo "| command | median wall (of $runs) | runs (wall) | median CPU | peak RSS |"
echo "|---|---:|---|---:|---:|"
for variant in "table" "json" "out"; do
  case $variant in
    table) args=(suggest soc1) ;;
    json) args=(suggest soc1 --format json) ;;
    out) args=(suggest soc1 --out "$work/suggested.csv") ;;
  esac
  walls=() cpus=() peak=0
  for ((i = 0; i < runs; i++)); do
    read -r wall cpu rss < <(timed "$bin" --db "$db" "${args[@]}")
    walls+=("$wall") cpus+=("$cpu")
    ((rss > peak)) && peak=$rss
  done
  echo "| \`${args[*]/#$work\//}\` | **$(printf '%s\n' "${walls[@]}" | median) s** |" \
    "${walls[*]} | $(printf '%s\n' "${cpus[@]}" | median) s | $((peak / 1024)) MB |"
done
head -n 1 "$work/out.txt"
echo "suggested.csv: $(($(wc -l <"$work/suggested.csv") - 1)) controls"
echo "commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%M:%SZ), load $(cut -d' ' -f1-3 /proc/loadavg)"

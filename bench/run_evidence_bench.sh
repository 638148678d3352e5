#!/usr/bin/env bash
# Evidence import benchmark: `socready import evidence` of a large log in random control order
# into a database holding an inventory, against sqlite3's `.import` of the same file into one
# plain table (WAL). See bench/README.md, "Evidence and test imports".
#
#   bench/run_evidence_bench.sh                  # 1M records over 100,000 controls
#   bench/run_evidence_bench.sh --rows 100000
#
# Options: --rows N (1000000), --controls N (100000), --no-build, --build-dir DIR (build-bench)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
rows=1000000
controls=100000
build=1
build_dir="build-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --controls) controls=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --build-dir) build_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_evidence_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_evidence_bench.sh: needs $tool" >&2; exit 2; }
done
if [[ $build == 1 ]]; then
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSOCREADY_TESTS=OFF -DSOCREADY_BENCH=ON \
    -DSOCREADY_WERROR=OFF >/dev/null
  cmake --build "$build_dir" -j"$(nproc)" --target socready >&2
fi
bin="$repo/$build_dir/src/socready"
export SOCREADY_TODAY=2026-11-26 SOCREADY_NO_PROGRESS=1
work="$repo/bench/data/evidence-${rows}"
rm -rf "$work" && mkdir -p "$work"

python3 bench/generate_inventory.py --controls "$controls" --evidence "$rows" --out "$work" >&2
"$bin" --db "$work/base.db" init >/dev/null
"$bin" --db "$work/base.db" import services "$work/services.csv" >/dev/null
"$bin" --db "$work/base.db" import controls "$work/controls.csv" --effective 2024-01-01 >/dev/null

# One timed command: prints "wall user system max_rss_kb".
timed() { /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null; cat "$work/time.txt"; }

cp "$work/base.db" "$work/work.db"
read -r s_wall s_user s_sys s_rss < <(timed sqlite3 "$work/plain.db" 'PRAGMA journal_mode=WAL;' \
  '.mode csv' "$(printf '.import %s plain' "$work/evidence.csv")")
read -r i_wall i_user i_sys i_rss < <(timed "$bin" --db "$work/work.db" import evidence "$work/evidence.csv")
read -r r_wall _ _ r_rss < <(timed "$bin" --db "$work/work.db" import evidence "$work/evidence.csv")
added=$(sqlite3 "$work/work.db" "SELECT count(*) FROM evidence")

echo "| rows | sqlite3 .import | socready import evidence | ratio | user / system | peak RSS | re-import |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
echo "| $rows | ${s_wall} s | ${i_wall} s | $(python3 -c "print(f'{$i_wall / $s_wall:.2f}')")x | ${i_user} / ${i_sys} s | $((i_rss / 1024)) MB | ${r_wall} s |"
echo "evidence rows on file after the import: $added; commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%M:%SZ)"

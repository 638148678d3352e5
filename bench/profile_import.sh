#!/usr/bin/env bash
# Profiles one `socready import controls` with perf (DWARF call graphs) and prints where the
# time goes: inclusive time of socready's own functions, then the top self-time symbols.
#
#   bench/profile_import.sh [SIZE_LABEL]     # default 100k; needs bench/data/SIZE from
#                                            # run_import_bench.sh and the build-bench binary
set -eu
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
label=${1:-100k}
dir="$repo/bench/data/$label"
bin="$repo/${BUILD_DIR:-build-bench}/src/socready"
command -v perf >/dev/null || { echo "profile_import.sh: needs perf (apt-get install linux-perf)" >&2; exit 2; }
[[ -f "$dir/controls.csv" && -f "$dir/template.db" ]] ||
  { echo "no $dir/controls.csv or template.db: run bench/run_import_bench.sh first" >&2; exit 2; }
[[ -x "$bin" ]] || { echo "no binary at $bin" >&2; exit 2; }

export SOCREADY_TODAY=2026-11-26 SOCREADY_NO_PROGRESS=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$dir/template.db" "$work/p.db"
perf record -q -F 999 --call-graph dwarf,16384 -o "$work/perf.data" \
  "$bin" --db "$work/p.db" import controls "$dir/controls.csv" --effective 2026-01-01 >/dev/null 2>"$work/perf.err" ||
  { cat "$work/perf.err" >&2; exit 3; }

echo "## Inclusive time (children) of socready and SQLiteCpp functions, $label"
echo
perf report -i "$work/perf.data" --children --sort symbol -g none 2>/dev/null |
  grep -E '^ +[0-9.]+%' | grep -E 'socready::|SQLite::|sqlite3_step|sqlite3BtreeOpen|sqlite3BtreeCreateTable|sqlite3BtreeClose|sqlite3VdbeExec|sqlite3WalFrames|sqlite3WalCheckpoint|sqlite3PcacheFetchStress|fmt::' |
  grep -vE 'run_app|ImportCommand::run|main$' | head -40 | sed -E 's/ +\[\.\] /  /; s/\(.*$//' | cut -c1-150 | sed -E 's/ +$//'
echo
echo "## Self time by shared object"
echo
perf report -i "$work/perf.data" --no-children --sort dso -g none 2>/dev/null | grep -E '^ +[0-9.]+%' | head -8
echo
echo "## Top self-time symbols"
echo
perf report -i "$work/perf.data" --no-children --sort dso,symbol -g none 2>/dev/null |
  grep -E '^ +[0-9.]+%' | head -25 | sed -E 's/\(.*$//' | cut -c1-150 | sed -E 's/ +$//'

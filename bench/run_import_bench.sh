#!/usr/bin/env bash
# Import benchmark: socready's `import controls` against sqlite3's `.import` of the same file
# into one plain table (WAL), in the same run, for several inventory sizes. See bench/README.md.
#
#   bench/run_import_bench.sh                         # 10k, 100k, 1M; 3 runs each; median
#   bench/run_import_bench.sh --sizes "10000 100000" --runs 5
#   bench/run_import_bench.sh --runner loop           # interleave the tools run by run
#
# Options:
#   --sizes "N ..."      control counts (default "10000 100000 1000000")
#   --runs N             runs per measurement, the median is reported (default 3)
#   --runner R           hyperfine (default when installed) or loop (sqlite3, import and
#                        re-import alternate within each run, which is fairer on a busy machine)
#   --seed N             generator seed (default 20261126)
#   --no-build           use the binary already in the build folder
#   --no-micro           skip the CSV reader micro-benchmark
#   --build-dir DIR      default build-bench
#
# Output: a Markdown table on stdout, also written to bench/data/results.md with the machine,
# the commit and every raw time; logs of each run under bench/data/<size>/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

sizes="10000 100000 1000000"
runs=3
runner=""
seed=20261126
build=1
micro=1
build_dir="build-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --runner) runner=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-micro) micro=0; shift ;;
    --build-dir) build_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run_import_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$runner" ]]; then
  if command -v hyperfine >/dev/null; then runner=hyperfine; else runner=loop; fi
fi
case "$runner" in hyperfine|loop) ;; *) echo "--runner: expected hyperfine or loop" >&2; exit 2 ;; esac
[[ "$runner" == hyperfine ]] && ! command -v hyperfine >/dev/null &&
  { echo "hyperfine is not installed (apt-get install -y hyperfine, or --runner loop)" >&2; exit 2; }
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run_import_bench.sh: needs $tool" >&2; exit 2; }
done

# --- build ---------------------------------------------------------------------------------
# Release, in its own folder. -Werror is off: GCC 12 at -O3 reports false positives
# (-Wmaybe-uninitialized, -Wrestrict inside libstdc++) that stop a Release build.
if [[ $build == 1 ]]; then
  echo "== building Release in $build_dir" >&2
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSOCREADY_TESTS=OFF -DSOCREADY_BENCH=ON \
    -DSOCREADY_WERROR=OFF >"$repo/bench/.cmake-configure.log" 2>&1 ||
    { cat "$repo/bench/.cmake-configure.log" >&2; exit 3; }
  rm -f "$repo/bench/.cmake-configure.log"
  cmake --build "$build_dir" -j"$(nproc)" --target socready bench_csv_reader >&2
fi
bin="$repo/$build_dir/src/socready"
[[ -x "$bin" ]] || { echo "no binary at $bin (drop --no-build)" >&2; exit 3; }

export SOCREADY_TODAY=2026-11-26 SOCREADY_NO_PROGRESS=1
effective=2026-01-01
data="$repo/bench/data"
mkdir -p "$data"

label() {  # 10000 -> 10k, 1000000 -> 1M
  local n=$1
  if (( n % 1000000 == 0 )); then echo "$((n / 1000000))M"
  elif (( n % 1000 == 0 )); then echo "$((n / 1000))k"
  else echo "$n"; fi
}

# --- measuring -------------------------------------------------------------------------------
# Each command is written to DIR/NAME.sh and run as `bash NAME.sh` inside DIR, under
# /usr/bin/time -v (appending to DIR/NAME.timev, for the max RSS); the wall seconds of each
# run go to DIR/NAME.times. PREPARE runs before each run, untimed.
now() { echo "${EPOCHREALTIME/,/.}"; }
write_scripts() {  # DIR NAME PREPARE COMMAND
  printf 'set -e\n%s\n' "$3" >"$1/$2.prepare.sh"
  printf 'set -e\n%s\n' "$4" >"$1/$2.sh"
}
run_once() {  # DIR NAME -> one timed run (loop runner)
  local dir=$1 name=$2 t0 t1
  (cd "$dir" && bash "$name.prepare.sh")
  t0=$(now)
  (cd "$dir" && /usr/bin/time -v -a -o "$name.timev" bash "$name.sh")
  t1=$(now)
  python3 -c "print(f'{$t1 - $t0:.4f}')" >>"$dir/$name.times"
}
hyperfine_measure() {  # DIR NAME
  local dir=$1 name=$2
  (cd "$dir" && hyperfine --runs "$runs" --style basic --export-json "$name.json" \
      --prepare "bash $name.prepare.sh" --command-name "$name" \
      "/usr/bin/time -v -a -o $name.timev bash $name.sh" >"$name.hyperfine.txt")
  python3 - "$dir/$name.json" >>"$dir/$name.times" <<'EOF2'
import json, sys
for t in json.load(open(sys.argv[1]))["results"][0]["times"]:
    print(f"{t:.4f}")
EOF2
}
rss_of() { grep -h 'Maximum resident set size' "$1" | awk '{print $NF}' >"${1%.timev}.rss"; }
cpu_of() {  # user + system seconds of each run, from the same /usr/bin/time -v reports
  awk '/User time \(seconds\)/ {u = $NF} /System time \(seconds\)/ {printf "%.2f\n", u + $NF}' "$1" \
    >"${1%.timev}.cpu"
}
median() { sort -g "$1" | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# --- machine ---------------------------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=""
if git status --porcelain -- src migrations CMakeLists.txt 2>/dev/null | grep -q .; then
  dirty=" + uncommitted changes in src/ or migrations/"
fi
sqlite_cli=$(sqlite3 --version | awk '{print $1}')
sqlite_lib=$(ldd "$bin" | awk '/libsqlite3/ {print $3}')
sqlite_lib_version=$(sqlite3 :memory: 'select sqlite_version()' 2>/dev/null)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)

results="$data/results.md"
rows_md=""
raw_md=""

for n in $sizes; do
  l=$(label "$n")
  dir="$data/$l"
  mkdir -p "$dir"
  stamp="controls=$n seed=$seed services=1000 product_lines=50 generator=$(sha1sum bench/generate_inventory.py | cut -c1-12)"
  if [[ ! -f "$dir/controls.csv" || "$(cat "$dir/.generated" 2>/dev/null)" != "$stamp" ]]; then
    echo "== generating $l controls (seed $seed)" >&2
    python3 bench/generate_inventory.py --controls "$n" --seed "$seed" --out "$dir"
    echo "$stamp" >"$dir/.generated"
  fi
  rm -f "$dir"/*.times "$dir"/*.timev "$dir"/*.rss "$dir"/*.cpu "$dir"/*.json "$dir"/*.txt \
    "$dir"/*.db "$dir"/*.db-wal \
    "$dir"/*.db-shm

  # A database with the schema and the services, copied before each controls import.
  "$bin" --db "$dir/template.db" init >/dev/null
  "$bin" --db "$dir/template.db" import services "$dir/services.csv" >"$dir/services.out"
  rm -f "$dir/template.db-wal" "$dir/template.db-shm"

  # (a) sqlite3's own CSV import into one plain table, WAL; (b) socready's import into a
  # database holding the schema and the services; (c) the same file again into (b)'s result.
  write_scripts "$dir" sqlite3 "rm -f plain.db plain.db-wal plain.db-shm" \
    "sqlite3 plain.db 'PRAGMA journal_mode=WAL;' '.mode csv' '.import controls.csv plain' >/dev/null"
  write_scripts "$dir" import "rm -f work.db work.db-wal work.db-shm; cp template.db work.db" \
    "'$bin' --db work.db import controls controls.csv --effective $effective >import.out"
  write_scripts "$dir" reimport "rm -f again.db again.db-wal again.db-shm; cp imported.db again.db" \
    "'$bin' --db again.db import controls controls.csv --effective $effective >reimport.out"
  keep_imported="rm -f imported.db; cp work.db imported.db"

  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "== $l: $runner, $runs runs each (load average $load)" >&2
  if [[ "$runner" == loop ]]; then
    for ((r = 1; r <= runs; r++)); do
      run_once "$dir" sqlite3
      run_once "$dir" import
      (cd "$dir" && bash -c "$keep_imported")
      run_once "$dir" reimport
    done
  else
    hyperfine_measure "$dir" sqlite3
    hyperfine_measure "$dir" import
    (cd "$dir" && bash -c "$keep_imported")
    hyperfine_measure "$dir" reimport
  fi
  for m in sqlite3 import reimport; do rss_of "$dir/$m.timev"; cpu_of "$dir/$m.timev"; done

  # The runs must have done the real work: every row added, then nothing changed.
  plain_rows=$(sqlite3 "$dir/plain.db" 'select count(*) from plain')
  [[ "$plain_rows" == "$n" ]] || { echo "sqlite3 imported $plain_rows rows, expected $n" >&2; exit 1; }
  grep -q ": $n rows: $n added, 0 changed" "$dir/import.out" ||
    { echo "unexpected import summary: $(cat "$dir/import.out")" >&2; exit 1; }
  grep -q ": $n rows: 0 added, 0 changed, $n unchanged" "$dir/reimport.out" ||
    { echo "unexpected re-import summary: $(cat "$dir/reimport.out")" >&2; exit 1; }

  s_t=$(median "$dir/sqlite3.times"); i_t=$(median "$dir/import.times"); r_t=$(median "$dir/reimport.times")
  s_m=$(median "$dir/sqlite3.rss"); i_m=$(median "$dir/import.rss"); r_m=$(median "$dir/reimport.rss")
  mb() { python3 -c "print(f'{$1 / 1024:.1f}')"; }
  ratio=$(python3 -c "print(f'{$i_t / $s_t:.2f}')")
  s_c=$(median "$dir/sqlite3.cpu"); i_c=$(median "$dir/import.cpu")
  cpu_ratio=$(python3 -c "print(f'{$i_c / max($s_c, 0.01):.2f}')")
  fmt_s() { python3 -c "print(f'{$1:.3f}')"; }
  csv_mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$dir/controls.csv\") / 1e6:.0f}')")
  rows_md+="| $l | $csv_mb | $(fmt_s "$s_t") | $(fmt_s "$i_t") | **$ratio** | $(mb "$i_m") | $(fmt_s "$r_t") | $(mb "$r_m") | $(mb "$s_m") | $s_c | $i_c | $cpu_ratio |"$'\n'
  raw_md+="| $l | $load | $(paste -sd' ' "$dir/sqlite3.times") | $(paste -sd' ' "$dir/import.times") | $(paste -sd' ' "$dir/reimport.times") | $(paste -sd' ' "$dir/import.rss") |"$'\n'
  echo "   $l: sqlite3 ${s_t}s, socready ${i_t}s (x$ratio), RSS $(mb "$i_m") MB, re-import ${r_t}s" >&2
  echo "   $(cat "$dir/import.out")" >&2
  rm -f "$dir"/work.db* "$dir"/again.db* "$dir"/plain.db* "$dir"/imported.db
done

micro_md=""
if [[ $micro == 1 && -x "$repo/$build_dir/bench/bench_csv_reader" ]]; then
  csv_for_micro=""
  for n in $sizes; do [[ $n == 100000 ]] && csv_for_micro="$data/$(label "$n")/controls.csv"; done
  [[ -z "$csv_for_micro" ]] && csv_for_micro="$data/$(label "$(echo "$sizes" | awk '{print $1}')")/controls.csv"
  echo "== CSV reader micro-benchmark on $csv_for_micro" >&2
  micro_md=$(SOCREADY_BENCH_CSV="$csv_for_micro" "$repo/$build_dir/bench/bench_csv_reader" \
    --benchmark_min_time=1 2>/dev/null | grep '^BM_' | sed 's/^/    /' || true)
fi

{
  echo "## Import benchmark, $started"
  echo
  echo "Machine: $(nproc) CPUs, $cpu; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "socready $commit$dirty, Release; sqlite3 CLI $sqlite_cli; libsqlite3 $sqlite_lib_version ($sqlite_lib)."
  echo "Runner: $runner, $runs runs per cell, median. Effective date $effective, SOCREADY_TODAY=$SOCREADY_TODAY."
  echo
  echo "| rows | CSV MB | sqlite3 .import s | socready import s | ratio | socready peak RSS MB | re-import s | re-import RSS MB | sqlite3 RSS MB | sqlite3 CPU s | socready CPU s | CPU ratio |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$rows_md"
  echo
  echo "Raw wall times (s) and socready import peak RSS (kB), run by run:"
  echo
  echo "| rows | load before | sqlite3 | socready import | re-import | import RSS kB |"
  echo "|---|---|---|---|---|---|"
  printf '%s' "$raw_md"
  if [[ -n "$micro_md" ]]; then
    echo
    echo "CSV reader alone (bench_csv_reader):"
    echo
    echo "$micro_md"
  fi
} | tee "$results"

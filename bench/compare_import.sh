#!/usr/bin/env bash
# Runs the same import scenarios with two socready binaries and compares, step by step, what
# each printed (stdout, stderr, exit code) and the database's contents (`sqlite3 .dump`, with
# the import timestamps masked). Prints "same" or the first differences; exits 1 on any.
# Scenarios: the example year (scripts/main-job.sh's imports), a generated inventory (imports,
# re-imports, --replace, --dry-run, changes), and bad files.
# Usage: bench/compare_import.sh OLD_BINARY NEW_BINARY [CONTROLS (100000)]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
old=$1
new=$2
controls=${3:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOCREADY_NO_PROGRESS=1 SOCREADY_TODAY=2026-11-26
ex="$root/examples"
python3 "$root/bench/generate_inventory.py" --controls "$controls" --services 1000 \
  --evidence "$controls" --out "$work/gen" >/dev/null

# Bad files, each with several kinds of problem.
mkdir -p "$work/bad"
printf 'service,name,soc1,capabilities,availability_commitment\nBad Slug,x,,,\npay,,,payrol,perhaps\npay2,P,excluded,hr,\npay2,P,,,\n' >"$work/bad/services.csv"
printf 'control_id,title,services,tsc,status,frequency,implemented_on,evidence_date,last_tested,test_result\n,t,,,,,,,,\nX-1,,nowhere,CC99,bogus,often,2026-02-30,2027-01-01,,pass\nX-2,t,*;payroll-engine,,,,,,,\nX-2,t,,,,,,,,\n' >"$work/bad/controls.csv"
printf 'control_id,collected_on,description\nNOPE,2026-01-01,x\n,,\nAC-1,2030-01-01,y\n' >"$work/bad/evidence.csv"
printf 'control_id,tested_on,result\nNOPE,2026-01-01,pass\nAC-1,yesterday,maybe\n' >"$work/bad/tests.csv"
printf 'control_id,titel\nA,b\n' >"$work/bad/header.csv"

steps() {  # the scenario: one command a line, run with the binary in $bin
  cat <<STEPS
init
import objectives $ex/objectives.csv --effective 2026-01-01
import services $ex/services.csv --effective 2026-01-01
import controls $ex/controls-2026-Q1.csv --effective 2026-01-01 --replace
import evidence $ex/evidence-2026-Q1.csv --effective 2026-01-01
import tests $ex/tests-2026-Q1.csv --effective 2026-01-01
import controls $ex/controls-2026-Q2.csv --effective 2026-04-01 --replace --dry-run
import controls $ex/controls-2026-Q2.csv --effective 2026-04-01 --replace
import controls $ex/controls-2026-Q2.csv --effective 2026-04-01
import controls $ex/controls-2026-Q1.csv --effective 2026-02-01
import evidence $ex/evidence-2026-Q2.csv --effective 2026-04-01
import evidence $ex/evidence-2026-Q2.csv --effective 2026-04-01
import tests $ex/tests-2026-Q2.csv --effective 2026-04-01
import controls $ex/controls-2026-Q3.csv --effective 2026-07-01 --replace
import evidence $ex/evidence-2026-Q3.csv --effective 2026-07-01
import controls $ex/controls-2026-Q4.csv --effective 2026-10-01 --replace
import evidence $ex/evidence-2026-Q4.csv --effective 2026-10-01 --dry-run
import tests $ex/tests-2026-Q4.csv --effective 2026-10-01
import services $work/bad/services.csv
import controls $work/bad/controls.csv --effective 2026-10-01
import evidence $work/bad/evidence.csv
import tests $work/bad/tests.csv
import controls $work/bad/header.csv
export controls --as-of 2026-11-20
export services
log
import services $work/gen/services.csv --effective 2026-01-01
import controls $work/gen/controls.csv --effective 2026-10-01 --dry-run
import controls $work/gen/controls.csv --effective 2026-10-01
import controls $work/gen/controls.csv --effective 2026-10-01
import controls $work/gen/controls.csv --effective 2026-11-01 --replace
import evidence $work/gen/evidence.csv --effective 2026-11-01
import evidence $work/gen/evidence.csv --effective 2026-11-01
import services $ex/services.csv --effective 2026-11-02
STEPS
}

run_all() {  # binary, folder to keep the results in
  local bin=$1 keep=$2 dir=$work/run n=0
  mkdir -p "$dir"
  export SOCREADY_DB="$dir/db"
  while read -r line; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    "$bin" $line >"$dir/$n.out" 2>"$dir/$n.err"
    echo $? >"$dir/$n.rc"
    sqlite3 "$dir/db" .dump 2>/dev/null |
      sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z?/TIMESTAMP/g' |
      md5sum >"$dir/$n.dump"
    # The log prints import times too.
    sed -i -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(\.[0-9]+)?Z?/TIMESTAMP/g' \
      "$dir/$n.out"
  done < <(steps)
  rm -f "$dir/db"*
  mv "$dir" "$keep"  # both runs use one database path, which messages name
}

run_all "$old" "$work/old"
run_all "$new" "$work/new"
status=0
n=0
while read -r line; do
  n=$((n + 1))
  for f in out err rc dump; do
    if ! cmp -s "$work/old/$n.$f" "$work/new/$n.$f"; then
      echo "step $n ($line): $f differs"
      diff <(head -c 2000 "$work/old/$n.$f") <(head -c 2000 "$work/new/$n.$f") | head -20
      status=1
    fi
  done
done < <(steps)
((status == 0)) && echo "same: $n steps, outputs, exit codes and table dumps"
exit $status

#!/usr/bin/env bash
# The main job on the bundled example data: a fresh database, the services, then each quarter
# of 2026 imported with its effective date and frozen, and the quarterly reports written to
# reports/. Deterministic: the same data gives the same bytes.
# Usage: scripts/main-job.sh [BINARY] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/src/socready}
out=${2:-$root/reports}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOCREADY_DB="$work/example.db"
export SOCREADY_NO_PROGRESS=1
ex="$root/examples"

# Evidence may not be dated after "today"; the example data ends on 2026-11-20.
export SOCREADY_TODAY=${SOCREADY_TODAY:-2026-11-26}

"$bin" init >/dev/null
"$bin" import services "$ex/services.csv" --effective 2026-01-01
"$bin" import subservice "$ex/subservice-2026-Q1.csv" --effective 2026-01-01
"$bin" import systems "$ex/systems.csv" --effective 2026-01-01
for q in 1 2 3 4; do
  start=$(printf '2026-%02d-01' $(((q - 1) * 3 + 1)))
  "$bin" import controls "$ex/controls-2026-Q$q.csv" --effective "$start" --replace
  "$bin" import evidence "$ex/evidence-2026-Q$q.csv" --effective "$start"
  "$bin" import tests "$ex/tests-2026-Q$q.csv" --effective "$start"
  "$bin" import populations "$ex/populations-2026-Q$q.csv" --effective "$start"
  # From Q3 the clients' approvals are CUECs, no longer modelled as the company's controls; in
  # Q4 the cloud host's new report and bridge letter arrive.
  if ((q == 3)); then "$bin" import cuecs "$ex/cuecs.csv" --effective "$start"; fi
  if ((q == 4)); then "$bin" import subservice "$ex/subservice-2026-Q4.csv" --effective "$start"; fi
  # Q4 is still running on the example's data date: freeze it as of that day.
  if ((q == 4)); then
    "$bin" snapshot --period 2026-Q4 --as-of 2026-11-20
  else
    "$bin" snapshot --period "2026-Q$q"
  fi
done
for q in 1 2 3 4; do
  "$bin" report --period "2026-Q$q" --out "$out"
done
echo
"$bin" score --as-of 2026-11-20

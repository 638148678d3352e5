#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with ASan+UBSan in build-fuzz/ and runs each for SECONDS
# (default 30). Exits non-zero on any crash, leak, timeout or sanitizer report, after copying
# the input that caused it into tests/fuzz_regressions/<target>/, where the normal test binary
# replays it (tests/reliability/test_fuzz_regressions.cpp).
#
# Usage: scripts/fuzz.sh [SECONDS]
# Environment: JOBS (build parallelism, and how many targets fuzz at once; default 1),
# FUZZ_TARGETS (a subset, space-separated).
set -uo pipefail

seconds=${1:-30}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: scripts/fuzz.sh [SECONDS]" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
jobs=${JOBS:-1}
all_targets="fuzz_csv_reader fuzz_import_controls fuzz_import_services fuzz_import_evidence fuzz_import_tests fuzz_import_populations fuzz_import_objectives fuzz_import_cuecs fuzz_import_subservice fuzz_import_systems"
targets=${FUZZ_TARGETS:-$all_targets}
started=$(date +%s)

# clang and its libFuzzer runtime, installed only when missing.
fuzzer_runtime() {
  command -v clang++ >/dev/null 2>&1 &&
    [[ -f "$(clang++ -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a" ]]
}
if ! command -v clang >/dev/null 2>&1 || ! fuzzer_runtime; then
  echo "== installing clang and libclang-rt-14-dev"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get install -y clang libclang-rt-14-dev ||
    { $sudo apt-get update && $sudo apt-get install -y clang libclang-rt-14-dev; } || exit 3
fi

echo "== building fuzzers in $build (ASan+UBSan)"
mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSOCREADY_FUZZ=ON -DSOCREADY_SANITIZE=ON -DSOCREADY_TESTS=OFF -DSOCREADY_WERROR=OFF \
  >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 3; }
# shellcheck disable=SC2086
cmake --build "$build" -j "$jobs" --target $targets >"$build/build.log" 2>&1 ||
  { tail -50 "$build/build.log"; exit 3; }
built=$(date +%s)

# Seeds: the example files of the target's kind (copied at run time, never duplicated in git)
# and the hand-written hostile seeds. Regression inputs are not seeds: the test binary replays
# them, and one that still crashes would stop the fuzzer before it explores anything.
seed() {
  local target=$1 corpus=$2 short=${1#fuzz_}
  case $short in
    csv_reader) cp "$root"/examples/*.csv "$corpus"/ ;;
    import_controls) cp "$root"/examples/controls-*.csv "$corpus"/ ;;
    import_services) cp "$root"/examples/services.csv "$corpus"/ ;;
    import_evidence) cp "$root"/examples/evidence-*.csv "$corpus"/ ;;
    import_tests) cp "$root"/examples/tests-*.csv "$corpus"/ ;;
    import_populations) cp "$root"/examples/populations-*.csv "$corpus"/ ;;
    import_systems) cp "$root"/examples/systems*.csv "$corpus"/ ;;
  esac
  local dir
  dir=$root/fuzz/seeds/$short
  [[ -d "$dir" ]] && find "$dir" -type f ! -name '.*' -exec cp {} "$corpus"/ \;
  return 0
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Runs one target; leaves its summary line in $results/<short> and, when it failed,
# $results/<short>.failed.
fuzz_one() {
  local target=$1 short=${1#fuzz_}
  local corpus artifacts log rc last execs rate cov ft corp result reports crashes
  corpus=$build/corpus/$short
  artifacts=$build/artifacts/$short
  log=$build/logs/$short.log
  rm -rf "$artifacts"  # only this run's findings count
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  seed "$target" "$corpus"
  echo "== $target for ${seconds}s (log: $log)"
  "$build/fuzz/$target" "$corpus" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=25 \
    -dict="$root/fuzz/socready.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    >"$log" 2>&1
  rc=$?

  # Numbers from libFuzzer's last status line ("#N DONE cov: C ft: F corp: U/SIZE ...") and
  # its final stats.
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")

  result=ok
  reports=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error:|socready fuzz violation' "$log")
  crashes=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  if ((rc != 0 || reports > 0 || crashes > 0)); then
    result="FAILED (exit $rc, $reports reports, $crashes inputs)"
    touch "$results/$short.failed"
    mkdir -p "$root/tests/fuzz_regressions/$short"
    find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) \
      -exec cp {} "$root/tests/fuzz_regressions/$short/" \;
    grep -m1 -E 'socready fuzz violation|ERROR: |runtime error:' "$log" | cut -c1-300
  fi
  printf '%-22s %10s %8s %12s %7s %7s %s\n' "$target" "${execs:-?}" "${rate:-?}" \
    "${corp:-?}" "${cov:-?}" "${ft:-?}" "$result" >"$results/$short"
}

# The targets are independent: JOBS of them at a time, each for its full SECONDS.
results=$build/results
rm -rf "$results"
mkdir -p "$results"
running=0
for target in $targets; do
  if ((running >= jobs)); then
    wait -n
    running=$((running - 1))
  fi
  fuzz_one "$target" &
  running=$((running + 1))
done
wait

failed=()
summary=()
for target in $targets; do
  short=${target#fuzz_}
  summary+=("$(cat "$results/$short" 2>/dev/null || echo "$target (no result)")")
  [[ -f "$results/$short" && ! -f "$results/$short.failed" ]] || failed+=("$target")
done

finished=$(date +%s)
echo
printf '%-22s %10s %8s %12s %7s %7s %s\n' target execs exec/s corpus cov ft result
printf '%s\n' "${summary[@]}"
echo "build $((built - started))s, fuzzing $((finished - built))s, total $((finished - started))s"
if ((${#failed[@]} > 0)); then
  echo "FAILED: ${failed[*]}; inputs copied to tests/fuzz_regressions/" >&2
  exit 1
fi

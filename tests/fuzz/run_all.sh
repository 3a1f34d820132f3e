#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each, JOBS at a time (default 2, one
# per core), building them first in build-fuzz-long. Each target's last lines
# (executions, coverage, corpus) go to build-fuzz-long/fuzz_<target>.log.
#   bash tests/fuzz/run_all.sh 600        # ten minutes each, two at a time
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
jobs=${2:-2}
cmake -S . -B build-fuzz-long -DCMAKE_C_COMPILER=clang -DKOLIT_FUZZ=ON >/dev/null
cmake --build build-fuzz-long -j"$(nproc)" >/dev/null
targets=$(find build-fuzz-long/tests/fuzz -maxdepth 1 -type f -name 'fuzz_*' -perm -u+x | sort)
printf '%s\n' $targets | xargs -P "$jobs" -I{} sh -c \
  'bash tests/fuzz/run.sh "$1" "$2" > "build-fuzz-long/$(basename "$1").log" 2>&1; echo "$(basename "$1"): exit $?"' _ {} "$seconds"
for t in $targets; do
  log="build-fuzz-long/$(basename "$t").log"
  printf '%s: %s; %s\n' "$(basename "$t")" "$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions" \
    "$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*')"
done

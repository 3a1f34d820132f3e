#!/usr/bin/env bash
# Tagging benchmark: throughput of countries() and keywords() on Korean and
# English abstracts, against the same names searched with a chain of instr()
# calls in the same run, and the compile time of a 10,000-term vocabulary.
# Usage: bash bench/tagging.sh [nsmc-sample.txt]   (default ../shared/data/nsmc-sample.txt,
#        beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${1:-../shared/data/nsmc-sample.txt}
if [ ! -f "$sample" ]; then
  echo "bench/tagging.sh: no $sample (Korean web text, one review a line): give its path," \
       "or put the project's shared data beside the repository (../shared/data)" >&2
  exit 2
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target kolit bench_tagging >/dev/null
exec build/bench/bench_tagging build/kolit "$sample" tests/tagging/countries_seed.tsv

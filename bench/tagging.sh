#!/usr/bin/env bash
# Tagging benchmark: throughput of countries() and keywords() on Korean and
# English abstracts, against the same names searched with a chain of instr()
# calls in the same run, and the compile time of a 10,000-term vocabulary.
# Usage: bash bench/tagging.sh [nsmc-sample.txt]   (reads /work/shared/data by default)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target kolit bench_tagging >/dev/null
exec build/bench/bench_tagging build/kolit "${1:-/work/shared/data/nsmc-sample.txt}" tests/tagging/countries_seed.tsv

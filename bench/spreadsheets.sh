#!/usr/bin/env bash
# Spreadsheet readers' speed: a RISS journal export of N rows (default
# 20000) written by Apache POI as .xls and as CSV (tests/make_xls/, needs a
# JDK and Debian's libapache-poi-java), then bench_sheets reads both.
# Usage: bash bench/spreadsheets.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
bash tests/make_xls/make.sh big "$dir" "$n"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target bench_sheets >/dev/null
build/bench/bench_sheets "$dir/bench_journal.xls" "$dir/bench_journal.csv"

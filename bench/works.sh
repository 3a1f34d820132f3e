#!/usr/bin/env bash
# Duplicate matcher benchmark: pairwise precision and recall of kolit's matcher and of
# Zotero's rule on the test set written as saved pages and citation files (tests/works/set, built with
# sql/library.sql; bench/works_set.sql) and on the labelled JSON records
# (tests/works/pairs_*.json), then the speed and
# peak memory of matching N generated records with 10 % duplicates (default 100,000),
# in C and through SQL (works_match over a table of them), timed with /usr/bin/time as well.
# Usage: bash bench/works.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target kolit bench_works >/dev/null
sqlite3 -bail -cmd '.load build/kolit' :memory: < bench/works_set.sql
exec /usr/bin/time -f 'wall %e s, max resident %M KB' build/bench/bench_works \
  tests/works/pairs_same.json tests/works/pairs_different.json "${1:-100000}" build/kolit

#!/usr/bin/env bash
# Citation files benchmark: reading RIS, BibTeX and CSL-JSON (bench_citations,
# with libbtparse on the same BibTeX as the reference when libbtparse-dev is
# installed), and the writers: in C, then as SQL, to_ris(csl) and
# to_bibtex(csl) over 100,000 rows of a table of CSL items.
# Usage: bash bench/citations.sh [MB]      (one core; default 50 MB a file)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target kolit bench_citations >/dev/null
taskset -c 0 build/bench/bench_citations "${1:-50}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 100,000 CSL items: the fixture records (tests/fixtures), repeated
sqlite3 -cmd ".load build/kolit" "$work/items.db" "
  CREATE TABLE fixture AS SELECT row_number() OVER () AS k, csl FROM lit_records('tests/fixtures');
  CREATE TABLE items AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
    SELECT (SELECT csl FROM fixture WHERE k = 1 + n.i % (SELECT count(*) FROM fixture)) AS csl FROM n;
  SELECT 'items: ' || count(*) || ' rows, ' || round(avg(length(csl))) || ' characters each' FROM items;"
# wall and CPU seconds (the machine may be shared: CPU time is what the work costs)
TIMEFORMAT='%R s wall, %U s user'
for q in "json(csl)" "to_ris(csl)" "to_bibtex(csl)"; do
  for run in 1 2 3; do
    echo -n "sql sum(length($q)) over 100,000 rows: "
    { time taskset -c 0 sqlite3 -cmd ".load build/kolit" "$work/items.db" "SELECT sum(length($q)) FROM items" >/dev/null; } 2>&1
  done
done

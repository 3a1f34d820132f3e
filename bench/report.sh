#!/usr/bin/env bash
# Report speed: builds a library of about 100,000 records from a generated corpus
# (bench/gen_pages.py, about 1,000 records per MB), then times the text report
# (sql/report.sql) and report.html (sql/report_html.sql) over it, on one core.
#   bash bench/report.sh [DIR] [MB]      (default bench/out/pages, 102 MB)
# Prints the records, the library's build time, each report's time (best of 3): wall
# clock and CPU (user + system), as the machine may be busy with other work.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-bench/out/pages}
mb=${2:-102}
[ -f build/kolit.so ] || bash run.sh build >/dev/null
[ -d "$dir" ] || /usr/bin/python3 bench/gen_pages.py "$dir" --mb "$mb"
db=bench/out/report_library.db
mkdir -p bench/out
rm -f "$db"
t0=$(date +%s.%N)
taskset -c 0 sqlite3 -cmd ".load build/kolit" -cmd "CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value); INSERT INTO kolit_args VALUES ('source', '$dir')" "$db" < sql/library.sql
t1=$(date +%s.%N)
echo "library: $(sqlite3 "$db" 'SELECT count(*) FROM records') records, $(sqlite3 "$db" 'SELECT count(*) FROM authors') authors, built in $(awk -v a="$t0" -v z="$t1" 'BEGIN {printf "%.2f", z - a}') s"
# Wall time, and CPU time (user + system) which other load on the machine does not inflate.
for script in report report_html; do
  best= best_cpu=
  for run in 1 2 3; do
    /usr/bin/time -f "%e %U %S" -o bench/out/time.txt \
      taskset -c 0 sqlite3 -cmd ".load build/kolit" "$db" < "sql/$script.sql" > "bench/out/$script.out"
    read -r wall user sys < bench/out/time.txt
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    best=$(printf '%s\n' $best "$wall" | sort -n | head -1)
    best_cpu=$(printf '%s\n' $best_cpu "$cpu" | sort -n | head -1)
  done
  echo "sql/$script.sql: $best s wall, $best_cpu s CPU (best of 3), $(wc -c < "bench/out/$script.out") bytes"
done

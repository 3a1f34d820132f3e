#!/usr/bin/env bash
# Reading speed of saved HTML/MHTML pages (the html_meta reader): SELECT count(*)
# FROM lit_records('<dir>') over a generated corpus (bench/gen_html_pages.py:
# citation_* / DC.* / prism.* heads, JSON-LD, bodies of 50-600 KB), on one core.
#   bash bench/html_pages.sh [DIR] [MB]      (default bench/out/html_pages, 50 MB)
# Prints the corpus size, then each run's time and throughput, then the median.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-bench/out/html_pages}
mb=${2:-50}
[ -f build/kolit.so ] || bash run.sh build >/dev/null
[ -d "$dir" ] || /usr/bin/python3 bench/gen_html_pages.py "$dir" --mb "$mb"
bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$dir" -type f | wc -l)
cat $(find "$dir" -type f) > /dev/null   # warm the page cache: this measures parsing, not the disk
echo "corpus: $dir, $files files, $bytes bytes"
rates=()
for run in 1 2 3 4 5; do
  t0=$(date +%s.%N)
  n=$(taskset -c 0 sqlite3 -cmd ".load build/kolit" :memory: "SELECT count(*) FROM lit_records('$dir')")
  t1=$(date +%s.%N)
  rate=$(awk -v b="$bytes" -v a="$t0" -v z="$t1" 'BEGIN {printf "%.1f", b / (z - a) / 1e6}')
  echo "run $run: $n records in $(awk -v a="$t0" -v z="$t1" 'BEGIN {printf "%.3f", z - a}') s = $rate MB/s"
  rates+=("$rate")
done
printf '%s\n' "${rates[@]}" | sort -n | awk '{r[NR] = $1} END {print "median: " r[int((NR + 1) / 2)] " MB/s"}'

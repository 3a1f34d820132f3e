#!/usr/bin/env bash
# Page-reading speed: SELECT count(*) FROM lit_records('<dir>') over a generated
# corpus of every kind of page kolit reads (bench/gen_pages.py), on one core;
# then how many records of each format fill each field.
#   bash bench/documents.sh [DIR] [MB] [REFERENCE.so]   (default bench/out/pages, 100 MB)
# With REFERENCE (another build's kolit.so, e.g. of the previous commit), the runs
# alternate between this build and the reference on the same corpus, so both
# figures come from the same conditions.
# Prints the corpus size, each run's time and throughput, the medians, and the
# field counts.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-bench/out/pages}
mb=${2:-100}
ref=${3:-}
[ -f build/kolit.so ] || bash run.sh build >/dev/null
[ -d "$dir" ] || /usr/bin/python3 bench/gen_pages.py "$dir" --mb "$mb"
bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$dir" -type f | wc -l)
find "$dir" -type f -exec cat {} + > /dev/null   # warm the page cache: this measures parsing, not the disk
echo "corpus: $dir, $files files, $bytes bytes"

builds=("build/kolit")
[ -n "$ref" ] && builds+=("${ref%.so}")
# Wall time depends on what else the machine runs; CPU time (user + sys) of the
# one process much less: both are printed, the medians of both are compared.
declare -A wall cpu
tfile=$(mktemp)
trap 'rm -f "$tfile"' EXIT
for run in 1 2 3 4 5; do
  for ext in "${builds[@]}"; do
    n=$(/usr/bin/time -f '%e %U %S' -o "$tfile" taskset -c 0 sqlite3 -cmd ".load $ext" :memory: \
        "SELECT count(*) FROM lit_records('$dir')")
    read -r e u s < "$tfile"
    w=$(awk -v b="$bytes" -v t="$e" 'BEGIN {printf "%.1f", b / t / 1e6}')
    c=$(awk -v b="$bytes" -v u="$u" -v s="$s" 'BEGIN {printf "%.1f", b / (u + s) / 1e6}')
    echo "run $run, $ext: $n records, wall $e s = $w MB/s, cpu $(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}') s = $c MB/s"
    wall[$ext]="${wall[$ext]:-} $w"
    cpu[$ext]="${cpu[$ext]:-} $c"
  done
done
median(){ printf '%s\n' $1 | sort -n | awk '{r[NR] = $1} END {print r[int((NR + 1) / 2)]}'; }
for ext in "${builds[@]}"; do
  echo "median, $ext: wall $(median "${wall[$ext]}") MB/s, cpu $(median "${cpu[$ext]}") MB/s"
done

echo
echo "fields filled per format (records giving the field):"
sqlite3 -cmd ".load build/kolit" -header -column :memory: "
CREATE TEMP TABLE d AS SELECT path, format FROM lit_documents('$dir');
CREATE TEMP TABLE r AS SELECT * FROM lit_records('$dir');
CREATE TEMP TABLE a AS SELECT * FROM lit_authors('$dir');
CREATE INDEX d_path ON d(path);
SELECT d.format, count(*) AS records, count(title) AS title, count(title_ko) AS title_ko,
  count(title_foreign) AS title_fr, count(authors) AS authors, count(journal) AS journal,
  count(volume) AS volume, count(issue) AS issue, count(page_first) AS pages, count(year) AS year,
  count(date) AS date, count(abstract) AS abstract, count(abstract_ko) AS abs_ko,
  count(abstract_foreign) AS abs_fr, count(type) AS type, count(journal_foreign) AS jrnl_fr,
  count(doi) AS doi, count(issn) AS issn, count(publisher) AS publisher, count(received) AS received,
  count(accepted) AS accepted, count(published) AS published, sum(partial) AS partial
FROM r JOIN d USING (path) GROUP BY d.format ORDER BY d.format;
SELECT d.format, count(*) AS authors, count(a.family) AS family, count(a.affiliation) AS affiliation,
  count(a.name_ko) AS name_ko, count(a.name_latin) AS name_latin
FROM a JOIN d USING (path) GROUP BY d.format ORDER BY d.format;
SELECT format, count(*) AS documents, sum(record_count > 0) AS with_records
FROM lit_documents('$dir') GROUP BY format ORDER BY format;"

#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS on a fresh copy of the seed corpus.
#   bash tests/fuzz/run.sh build-fuzz/tests/fuzz/fuzz_docs 600
# Seeds: seeds/ and tests/fixtures/ (and tests/fuzz/corpus/<target>/ if present);
# the dictionary tests/fuzz/formats.dict holds the formats' markers.
# Prints the final coverage line and statistics; on a failure, the fuzzer's
# report (the failing input is written next to the target).
set -euo pipefail
target=$(realpath "$1") seconds=${2:-60}
name=$(basename "$target")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
cp seeds/* "$work/corpus/"
[ -d tests/fixtures ] && find tests/fixtures -type f -exec cp {} "$work/corpus/" \;
[ -d "tests/fuzz/corpus/$name" ] && cp "tests/fuzz/corpus/$name"/* "$work/corpus/"
dict="$PWD/tests/fuzz/formats.dict"
cd "$(dirname "$target")"
status=0
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -dict="$dict" -print_final_stats=1 "$work/corpus" > "$work/log" 2>&1 || status=$?
if [ "$status" = 0 ]; then
  grep -a '^INFO: Loaded' "$work/log" | head -1
  grep -aE '^#[0-9]+' "$work/log" | tail -1
  grep -a '^stat::' "$work/log"
  echo "1 passed, 0 failed"
else
  grep -av '^"' "$work/log" | tail -60
  echo "0 passed, 1 failed"
fi
exit "$status"

#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS on a fresh copy of the seed corpus.
#   bash tests/fuzz/run.sh build-fuzz/tests/fuzz/fuzz_docs 600
# Seeds: seeds/ and tests/fixtures/ (and tests/fuzz/corpus/<target>/ if present);
# the dictionary tests/fuzz/formats.dict holds the formats' markers.
set -euo pipefail
target=$(realpath "$1") seconds=${2:-60}
name=$(basename "$target")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
cp seeds/* "$work/corpus/"
[ -d tests/fixtures ] && find tests/fixtures -type f -exec cp {} "$work/corpus/" \;
[ -d "tests/fuzz/corpus/$name" ] && cp "tests/fuzz/corpus/$name"/* "$work/corpus/"
cd "$(dirname "$target")"
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -dict="$OLDPWD/tests/fuzz/formats.dict" -print_final_stats=1 "$work/corpus" 2>&1 | tail -25
status=${PIPESTATUS[0]}
[ "$status" = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit "$status"

#!/usr/bin/env bash
# Real consumers of kolit's exports: builds a library from the suite's fixtures
# and seeds (sql/library.sql), writes refs.ris, refs.bib and refs.json with
# sql/export.sql, and has citation-js and @retorquere/bibtex-parser read them
# (tests/npm/test_consumers.mjs). The packages are the ones pinned in
# tests/npm/package-lock.json, installed by run.sh test with npm ci into NPMDIR (tests/npm);
# without them (or without node) the test is skipped (exit 77), never passed.
# Usage: tests/npm/run.sh EXTENSION NPMDIR   (from the repository's top folder)
set -euo pipefail
ext=$1 npmdir=$2
if ! command -v node >/dev/null || [ ! -d "$npmdir/node_modules/@citation-js/core" ]; then
  echo "skipped: no node or no $npmdir/node_modules (run.sh test installs them with npm ci)"
  exit 77
fi
# the shell that loads kolit, under ASan (KOLIT_PRELOAD) or valgrind (KOLIT_WRAP) in those builds
shell() { LD_PRELOAD=${KOLIT_PRELOAD:-} ${KOLIT_WRAP:-} sqlite3 "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for src in tests/fixtures seeds; do
  shell -batch -bail -cmd ".load $ext" \
    -cmd "CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value); INSERT INTO kolit_args VALUES ('source', '$src')" \
    "$work/lib.db" < sql/library.sql > /dev/null
done
shell -batch -cmd ".load $ext" -cmd ".parameter set @prefix '$work/refs'" "$work/lib.db" < sql/export.sql
cd "$npmdir"
node "$OLDPWD/tests/npm/test_consumers.mjs" "$work"

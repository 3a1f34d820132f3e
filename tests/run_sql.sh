#!/usr/bin/env bash
# Runs tests/sql/NAME.sql in the sqlite3 shell with the extension loaded and
# compares everything it prints (stdout and stderr) with tests/sql/NAME.out.
# Usage: run_sql.sh EXTENSION NAME.sql        (KOLIT_UPDATE=1 rewrites NAME.out)
set -u
ext=$1 sql=$2 out=${2%.sql}.out
actual=$(LD_PRELOAD=${KOLIT_PRELOAD:-} stdbuf -oL ${KOLIT_WRAP:-} sqlite3 -batch -cmd ".load $ext" :memory: < "$sql" 2>&1; echo "exit $?")
if [ "${KOLIT_UPDATE:-0}" = 1 ]; then printf '%s\n' "$actual" > "$out"; fi
if ! diff -u "$out" <(printf '%s\n' "$actual"); then
  echo "FAILED: $sql (output differs from $out)"; exit 1
fi
echo "1 passed, 0 failed"

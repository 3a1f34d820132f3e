#!/usr/bin/env bash
# cmake --install, then every client loads kolit by its bare name from a
# directory that has nothing of kolit, with no environment variable: the
# sqlite3 shell (.load kolit), Debian's Python 3 (load_extension('kolit')),
# Tcl (load_extension('kolit')), sqlite-utils (--load-extension kolit) and
# Node's better-sqlite3 (loadExtension('kolit')). Then the uninstall removes
# every installed file and '.load kolit' fails again.
# The library goes to a temporary prefix; the link the install puts in the
# linker's system folder is real global state, so the test needs root, holds a
# lock while it runs and puts back any kolit.so link it found there.
# Usage: test_install.sh BUILD_DIR        (from the repository)
set -u
build=$1
repo=$(pwd)
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAILED: $*"; }
expect() {  # expect WHAT WANT COMMAND...: COMMAND's stdout (stderr too) must be WANT
  local what=$1 want=$2; shift 2
  local got
  got=$(LD_PRELOAD=${KOLIT_PRELOAD:-} "$@" 2>&1)
  if [ "$got" = "$want" ]; then ok; else bad "$what"; echo "  got:  $got"; echo "  want: $want"; fi
}
if [ "$(id -u)" != 0 ]; then
  echo "test_install.sh: needs root (it puts a link in the dynamic linker's system folder)"; exit 1
fi
exec 9>/run/lock/kolit-install-test.lock
flock 9
link_dir=$(sed -n 's/^KOLIT_LINK_DIR:PATH=//p' "$build/CMakeCache.txt")
link="$link_dir/kolit.so"
prefix=$(mktemp -d /tmp/kolit-prefix.XXXXXX)
work=$(mktemp -d /tmp/kolit-client.XXXXXX)
saved_link="" saved_manifest=""
[ -L "$link" ] && saved_link=$(readlink "$link")
[ -e "$link" ] && [ ! -L "$link" ] && { echo "test_install.sh: $link is a file, not a link of an install: left alone"; exit 1; }
[ -f "$build/install_manifest.txt" ] && saved_manifest=$(cat "$build/install_manifest.txt")
restore() {
  rm -rf "$prefix" "$work"
  if [ -n "$saved_link" ]; then ln -sfn "$saved_link" "$link"; elif [ -L "$link" ]; then rm -f "$link"; fi
  if [ -n "$saved_manifest" ]; then printf '%s\n' "$saved_manifest" > "$build/install_manifest.txt"; fi
}
trap restore EXIT

installed=$(cmake --install "$build" --prefix "$prefix" 2>&1) || { echo "$installed"; bad "cmake --install"; }
expect "installed files" "$prefix/lib/kolit.so
$prefix/share/kolit/sql/library.sql
$prefix/share/kolit/sql/report.sql
$prefix/share/kolit/sql/search.sql
$link" cat "$build/install_manifest.txt"
expect "the link" "$prefix/lib/kolit.so" readlink "$link"

cd "$work"
expect "sqlite3 shell: .load kolit" '["DE","JP"]' sqlite3 -batch :memory: ".load kolit" "SELECT countries('독일과 일본')"
expect "python3: load_extension('kolit')" "['DE', 'JP']" /usr/bin/python3 -c '
import json, sqlite3
con = sqlite3.connect(":memory:")
con.enable_load_extension(True)
con.load_extension("kolit")
print(json.loads(con.execute("SELECT countries(?)", ("독일과 일본",)).fetchone()[0]))'
expect "tcl: load_extension('kolit')" '{["DE","JP"]}' tclsh <(printf '%s\n' 'package require sqlite3' 'sqlite3 db :memory:' \
  'db enable_load_extension 1' 'set name kolit' 'db eval {SELECT load_extension($name)}' \
  "puts [db eval {SELECT countries('독일과 일본')}]")
expect "sqlite-utils --load-extension kolit" '[{"c": "[\"DE\",\"JP\"]"}]' \
  sqlite-utils memory --load-extension kolit "SELECT countries('독일과 일본') AS c"
if [ -z "${KOLIT_WRAP:-}" ]; then  # Node is too slow under valgrind; the normal build runs this
  expect "better-sqlite3: loadExtension('kolit')" "[ 'DE', 'JP' ] 3.53" node -e '
const Database = require(process.argv[1] + "/tests/npm/node_modules/better-sqlite3");
const db = new Database(":memory:");
db.loadExtension("kolit");
const v = db.prepare("SELECT countries(?) AS c, sqlite_version() AS v").get("독일과 일본");
console.log(JSON.parse(v.c), v.v.split(".").slice(0, 2).join("."));' "$repo"
fi
# SQLite derives the entry point from the file name, dropping a lib prefix:
# a copy named libkolit.so loads too.
cp "$prefix/lib/kolit.so" "$work/libkolit.so"
expect "libkolit.so by path" '["KR"]' sqlite3 -batch :memory: ".load $work/libkolit" "SELECT countries('한국')"

# The uninstall of the README (bash run.sh uninstall does the same).
cd "$repo"
xargs -d '\n' rm -f < "$build/install_manifest.txt"
left=""
while read -r f; do [ -e "$f" ] || [ -L "$f" ] && left="$left $f"; done < "$build/install_manifest.txt"
[ -z "$left" ] && ok || bad "left after the uninstall:$left"
if [ -z "$saved_link" ]; then
  cd "$work"
  expect "after the uninstall" "Error: kolit.so: cannot open shared object file: No such file or directory" \
    sqlite3 -batch :memory: ".load kolit"
  cd "$repo"
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]

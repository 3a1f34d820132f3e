#!/usr/bin/env bash
# kolit's one entry point for people and CI.
#   bash run.sh report [DIR] [--out DIR]
#                        install what the report needs, build, build library.db from DIR
#                        (a folder, a file or a glob, relative to where you stand; default
#                        the repository's seeds/) beside the old library.db, which it then
#                        replaces, print the report and write report.html. library.db and
#                        report.html are written where you stand, or in the folder --out names. A DIR that is missing or
#                        holds no page is an error that names it; library.db is untouched.
#   bash run.sh test     install what the tests need too, build, run the whole test suite,
#                        again under ASan+UBSan, again under valgrind, the threads test under
#                        TSan, every libFuzzer target for a minute
#   bash run.sh build    install what the build needs and build build/kolit.so
#   bash run.sh install [PREFIX]
#                        build and install kolit.so into PREFIX/lib (default /usr/local), run
#                        ldconfig, so that '.load kolit' and load_extension('kolit') work from
#                        any directory; the scripts go to PREFIX/share/kolit/sql
#   bash run.sh uninstall
#                        remove what the last install put in place (build/install_manifest.txt)
# With KOLIT_EXTENSION=PATH, report uses that build of kolit (or 'kolit', the
# installed one) and neither installs nor builds anything (the tests use it).
set -euo pipefail
here=$(pwd)
repo=$(cd "$(dirname "$0")" && pwd)
cd "$repo"

# What building kolit and printing the report need; the tests need the rest.
REPORT_PACKAGES="cmake gcc libc6-dev make pkg-config sqlite3 libsqlite3-dev libicu-dev libgumbo-dev libjansson-dev
  python3 hunspell-ko libhangul-data unicode-cldr-core"
# Test-only, besides the clients and tools: headless Chromium, CJK fonts and PIL render
# and read report.html (tests/report/).
TEST_PACKAGES="tcl libsqlite3-tcl clang libclang-rt-14-dev valgrind time sqlite-utils g++
  chromium fonts-noto-cjk python3-pil"

setup() {  # setup PACKAGES...
  local missing=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "run.sh: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

# Node 20 or later with npm, and tests/npm's packages (better-sqlite3, built
# against the machine's Node headers), installed again only when the lock changes.
setup_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then setup nodejs npm; fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "run.sh: the tests need Node 20 or later (better-sqlite3 12); this machine has $(node --version)" >&2
    exit 1
  fi
  if ! cmp -s tests/npm/package-lock.json tests/npm/node_modules/.kolit-lock 2>/dev/null; then
    echo "run.sh: installing tests/npm (npm ci)" >&2
    (cd tests/npm && npm_config_nodedir=/usr npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp tests/npm/package-lock.json tests/npm/node_modules/.kolit-lock
  fi
}

build() {  # build DIR [cmake options...]
  local dir=$1; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}

# SQL that gives the text $1 back, as a hexadecimal blob: the text itself is
# never spliced into SQL, whatever quotes or newlines it holds.
sql_text() {
  printf "CAST(X'%s' AS TEXT)" "$(printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n')"
}

# A dot-command argument in double quotes (the sqlite3 shell's escapes).
dot_arg() {
  local s=${1//\\/\\\\}
  printf '"%s"' "${s//\"/\\\"}"
}

report() {  # report [DIR] [--out DIR]
  local source="" out="$here"
  while [ $# -gt 0 ]; do
    case "$1" in
      --out) [ $# -ge 2 ] || { echo "run.sh: --out needs a folder" >&2; exit 2; }; out=$2; shift 2 ;;
      --out=*) out=${1#--out=}; shift ;;
      *) [ -z "$source" ] || { echo "run.sh: one source only (got '$source' and '$1')" >&2; exit 2; }
         source=$1; shift ;;
    esac
  done
  [ -n "$source" ] || source="$repo/seeds"
  local given=$source
  case "$source" in /*) ;; *) source="$here/$source" ;; esac
  case "$out" in /*) ;; *) out="$here/$out" ;; esac
  [ -d "$out" ] || { echo "run.sh: no folder '$out' to write library.db in" >&2; exit 2; }
  local ext=${KOLIT_EXTENSION:-}
  if [ -z "$ext" ]; then
    setup $REPORT_PACKAGES
    build build >/dev/null
    ext="$repo/build/kolit"
  fi
  local new
  new=$(mktemp "$out/.library.db.XXXXXX")
  trap 'rm -f "$new" "$new-journal"' EXIT
  # The new library is built beside the old one, which it replaces only when
  # the source gave at least one record.
  if ! sqlite3 -bail -cmd ".load $(dot_arg "$ext")" \
      -cmd "CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value); INSERT INTO kolit_args VALUES ('source', $(sql_text "$source"))" \
      "$new" < sql/library.sql; then
    echo "run.sh: no library built from '$given'; library.db is unchanged" >&2
    exit 1
  fi
  local records
  records=$(sqlite3 "$new" "SELECT count(*) FROM records")
  if [ "$records" = 0 ]; then
    echo "run.sh: no record in '$given': no file there is a page kolit reads (docs/documents.md says" \
         "what a saved page is); library.db is unchanged. What was read:" >&2
    sqlite3 -separator ': ' "$new" "SELECT path, coalesce(error, format) FROM documents ORDER BY path" >&2
    exit 1
  fi
  chmod "$(printf '%o' $((0666 & ~0$(umask))))" "$new"  # mktemp made it private
  mv -f "$new" "$out/library.db"
  trap - EXIT
  # Paths in the report are shown from where you stand (kolit_args 'here').
  sqlite3 -bail -cmd ".load $(dot_arg "$ext")" \
    -cmd "CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value); INSERT INTO kolit_args VALUES ('here', $(sql_text "$here"))" \
    "$out/library.db" < sql/report.sql
  # The same report as one self-contained HTML page, built beside the old one.
  local html
  html=$(mktemp "$out/.report.html.XXXXXX")
  trap 'rm -f "$html"' EXIT
  sqlite3 -bail -cmd ".load $(dot_arg "$ext")" "$out/library.db" < sql/report_html.sql > "$html"
  chmod "$(printf '%o' $((0666 & ~0$(umask))))" "$html"
  mv -f "$html" "$out/report.html"
  trap - EXIT
}

case "${1:-}" in
  build)
    setup $REPORT_PACKAGES; build build ;;
  report)
    shift; report "$@" ;;
  install)
    setup $REPORT_PACKAGES
    build build -DCMAKE_INSTALL_PREFIX="${2:-/usr/local}" >/dev/null
    cmake --install build ;;
  uninstall)
    [ -f build/install_manifest.txt ] || { echo "run.sh: nothing installed from this build (no build/install_manifest.txt)" >&2; exit 1; }
    xargs -d '\n' rm -fv < build/install_manifest.txt
    # and the folders of kolit's own (PREFIX/share/kolit/sql), when empty
    sed -n 's|/sql/library\.sql$||p' build/install_manifest.txt | while read -r d; do
      rmdir --ignore-fail-on-non-empty "$d/sql" "$d" 2>/dev/null || true
    done
    if [ "$(id -u)" = 0 ]; then ldconfig; fi ;;
  test)
    setup $REPORT_PACKAGES $TEST_PACKAGES
    setup_node
    build build
    (cd build && ctest --output-on-failure -j"$(nproc)")
    # The same suite again with AddressSanitizer + UndefinedBehaviorSanitizer.
    build build-asan -DKOLIT_SANITIZE=ON
    (cd build-asan && ctest --output-on-failure -j"$(nproc)")
    # The same suite under valgrind memcheck: no memory error, no leak.
    build build-vg -DKOLIT_VALGRIND=ON
    (cd build-vg && ctest --output-on-failure -j"$(nproc)")
    # The threads test once more under ThreadSanitizer: no races in shared data.
    build build-tsan -DKOLIT_TSAN=ON
    (cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -R 'host.test_threads')
    # Every fuzz target for about a minute (tests/fuzz/run.sh runs them longer).
    build build-fuzz -DCMAKE_C_COMPILER=clang -DKOLIT_FUZZ=ON
    (cd build-fuzz && ctest --output-on-failure -j"$(nproc)") ;;
  *)
    echo "usage: bash run.sh report [DIR] [--out DIR] | test | build | install [PREFIX] | uninstall" >&2; exit 2 ;;
esac

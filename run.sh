#!/usr/bin/env bash
# kolit's one entry point for people and CI.
#   bash run.sh report [DIR]  install what is missing, build, build library.db from DIR
#                        (default seeds/), print the report
#   bash run.sh test     install what is missing, build, run the whole test suite, again under
#                        ASan+UBSan, again under valgrind, the threads test under TSan,
#                        every libFuzzer target for a minute
#   bash run.sh build    install what is missing and build build/kolit.so
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES="cmake gcc libc6-dev make pkg-config sqlite3 libsqlite3-dev libicu-dev libgumbo-dev libjansson-dev python3
  hunspell-ko libhangul-data unicode-cldr-core tcl libsqlite3-tcl clang libclang-rt-14-dev valgrind time"

setup() {
  local missing=""
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "run.sh: installing$missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

build() {  # build DIR [cmake options...]
  local dir=$1; shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}

case "${1:-}" in
  build)
    setup; build build ;;
  report)
    setup; build build >/dev/null
    rm -f library.db
    sqlite3 -cmd ".load build/kolit" -cmd ".parameter set @source '${2:-seeds}'" library.db < sql/library.sql
    sqlite3 -cmd ".load build/kolit" library.db < sql/report.sql ;;
  test)
    setup
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
    echo "usage: bash run.sh report|test|build" >&2; exit 2 ;;
esac

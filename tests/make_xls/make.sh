#!/usr/bin/env bash
# Remakes the .xls/.csv RISS fixtures (see MakeXls.java). Needs a JDK and
# Debian's libapache-poi-java; the test suite itself does not.
#   bash tests/make_xls/make.sh               the fixtures, into tests/fixtures/
#   bash tests/make_xls/make.sh big DIR N     N rows for bench/spreadsheets.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
cp=/usr/share/java/poi.jar:/usr/share/java/commons-collections4.jar:/usr/share/java/commons-math3.jar:/usr/share/java/commons-codec.jar
for need in /usr/share/java/poi.jar /usr/bin/javac; do
  [ -e "$need" ] || { echo "make.sh: $need missing: apt-get install libapache-poi-java default-jdk-headless" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -encoding UTF-8 -cp "$cp" -d "$out" tests/make_xls/MakeXls.java
java -cp "$cp:$out" MakeXls "${@:-tests/fixtures}"

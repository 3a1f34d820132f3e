#!/usr/bin/env bash
# Runs a host program (python3, tclsh) with $KOLIT_PRELOAD (the ASan runtime
# in sanitizer builds, else nothing) as its LD_PRELOAD, under $KOLIT_WRAP.
# Under valgrind (KOLIT_WRAP) leaks are not checked: python3 and tclsh keep
# their allocations until exit. Memory errors still fail the test.
wrap=${KOLIT_WRAP:-}
wrap=${wrap/--leak-check=full/--leak-check=no}
LD_PRELOAD=${KOLIT_PRELOAD:-} exec $wrap "$@"

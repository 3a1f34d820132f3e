#!/usr/bin/env bash
# Runs a host program (python3, tclsh) with $KOLIT_PRELOAD (the ASan runtime
# in sanitizer builds, else nothing) as its LD_PRELOAD.
LD_PRELOAD=${KOLIT_PRELOAD:-} exec "$@"

"""Pass/fail bookkeeping shared by the binding tests (tests/bindings/test_*.py).

    from checks import check, check_true, finish
    check("what", got, want)          # passes when got == want
    check_true("what", ok, "detail")  # passes when ok is true
    finish()                          # prints the counts, exits 1 if any failed

A test runs as a script (tests/sql.cmake: python3 tests/bindings/test_x.py EXT),
so Python puts tests/bindings first on sys.path and finds this module from
any working directory. Not a test itself: ctest only runs files named test_*."""
import sys

passed = failed = 0

def _count(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(message)

def check(what, got, want):
    """One check that got equals want; on failure prints both."""
    _count(got == want, f"FAILED: {what}\n  got:  {got!r}\n  want: {want!r}")

def check_true(what, ok, detail=""):
    """One check that ok is true; on failure prints what and detail."""
    _count(ok, f"FAILED: {what} {detail}" if detail else f"FAILED: {what}")

def finish():
    """Prints "N passed, M failed" and exits with 1 when a check failed."""
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

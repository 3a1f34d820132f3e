#!/usr/bin/python3
"""bash run.sh report as a new user runs it: from another directory, with a
folder whose name holds spaces, a quote and Hangul, given relative to where
the user stands; library.db is written there (or in --out); a missing source,
an empty folder and a folder with no page fail, name the source, exit
non-zero and leave library.db as it was. KOLIT_EXTENSION makes run.sh use
the build under test instead of installing and building. The report's package list holds
no test tool.
Usage: test_run_report.py EXTENSION"""
import os, shutil, sqlite3, subprocess, sys, tempfile
from checks import check, check_true, finish

EXT = os.path.abspath(sys.argv[1])
REPO = os.getcwd()
RUN = os.path.join(REPO, "run.sh")

def run(cwd, *args):
    env = dict(os.environ, KOLIT_EXTENSION=EXT, LD_PRELOAD=os.environ.get("KOLIT_PRELOAD", ""))
    p = subprocess.run(["bash", RUN, "report", *args], cwd=cwd, env=env, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr

def records(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        con.close()

tmp = tempfile.mkdtemp(prefix="kolit report ")
try:
    pages = os.path.join(tmp, "my pages", "kim's 자료")
    os.makedirs(pages)
    for f in ("000_aa1e9265ac47af7f.txt", "003_0d10feb63e2a0cac.txt"):
        shutil.copy(os.path.join(REPO, "seeds", f), pages)
    me = os.path.join(tmp, "me")
    os.makedirs(me)
    shutil.copy(os.path.join(REPO, "seeds", "000_aa1e9265ac47af7f.txt"), me)

    rc, out, err = run(tmp, "my pages/kim's 자료")
    check("quoted Hangul folder: exit", (rc, err), (0, ""))
    check("library.db where the user stands", records(os.path.join(tmp, "library.db")), 11)
    check_true("report lists the pages from where the user stands",
               "my pages/kim's 자료/003_0d10feb63e2a0cac.txt  koreascience_search" in out, out[-600:])
    check_true("no library.db in the repository's folder from this run",
               not os.path.exists(os.path.join(pages, "library.db")))

    # From elsewhere, relative to the caller, with --out.
    rc, out, err = run(me, "../my pages/kim's 자료/", "--out", "..")
    check("relative to the caller, --out ..: exit", (rc, err), (0, ""))
    check("--out: the same library rebuilt", records(os.path.join(tmp, "library.db")), 11)
    rc, out, err = run(me, ".")
    check("a folder of one page, written in me/", (rc, records(os.path.join(me, "library.db"))), (0, 1))

    # Failures: named, non-zero, library.db untouched (same bytes).
    lib = os.path.join(tmp, "library.db")
    before = open(lib, "rb").read()
    os.makedirs(os.path.join(tmp, "empty"))
    os.makedirs(os.path.join(tmp, "no pages"))
    open(os.path.join(tmp, "no pages", "notes.txt"), "w").write("a note, not a saved page\n")
    for source, want in [
            ("nosuch/", ["lit_source: cannot read '" + tmp + "/nosuch/': No such file or directory",
                         "run.sh: no library built from 'nosuch/'; library.db is unchanged"]),
            ("empty", ["lit_source: '" + tmp + "/empty' holds no file to read",
                       "run.sh: no library built from 'empty'; library.db is unchanged"]),
            ("my pages/*.nothing", ["lit_source: nothing matches '" + tmp + "/my pages/*.nothing'",
                                    "run.sh: no library built from 'my pages/*.nothing'; library.db is unchanged"]),
            ("no pages", ["run.sh: no record in 'no pages': no file there is a page kolit reads (docs/documents.md "
                          "says what a saved page is); library.db is unchanged. What was read:",
                          tmp + "/no pages/notes.txt: not a page or citation file kolit reads: none of its readers "
                          "recognised it (kiet_page, koreascience_search, koreascience_article, kci_article, kci_issue, "
                          "riss_excel, csv, ris, bibtex, csl_json, html_meta)"])]:
        rc, out, err = run(tmp, source)
        lines = [l.split(": ", 1)[1] if l.startswith("Runtime error near line") else l for l in err.splitlines()]
        check(f"{source!r}: exit, stdout, message", (rc, out, lines), (1, "", want))
        check(f"{source!r}: library.db untouched", open(lib, "rb").read(), before)
    check("no temporary file left", sorted(f for f in os.listdir(tmp) if f.startswith(".library")), [])

    # run.sh report installs what the build and the report need, nothing of the tests.
    import re
    text = open(RUN, encoding="utf-8").read()
    lists = {m.group(1): set(m.group(2).split()) for m in re.finditer(r'^(\w+)_PACKAGES="([^"]*)"', text, re.M)}
    check("report's packages", sorted(lists.get("REPORT", ())),
          sorted("cmake gcc libc6-dev make pkg-config sqlite3 libsqlite3-dev libicu-dev libgumbo-dev libjansson-dev python3 "
                 "hunspell-ko libhangul-data unicode-cldr-core".split()))
    check("no test tool in the report's packages",
          sorted(lists.get("REPORT", set()) & {"clang", "libclang-rt-14-dev", "valgrind", "tcl", "libsqlite3-tcl",
                                               "sqlite-utils", "time", "nodejs", "npm"}), [])
    check_true("report sets up only its packages", re.search(r'^report\(\).*?setup \$REPORT_PACKAGES\n', text, re.M | re.S)
               is not None and "setup $REPORT_PACKAGES $TEST_PACKAGES" in text.split("  test)")[1])
finally:
    shutil.rmtree(tmp)
finish()

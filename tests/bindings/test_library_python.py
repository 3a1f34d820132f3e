#!/usr/bin/python3
"""sql/library.sql and sql/search.sql from Python, without the sqlite3 shell
(the documented way: the temp table kolit_args filled with bound parameters),
over folders a user really has: names with spaces, quotes and Hangul, the
same folder spelled four ways, a broken link and a link loop inside it, a
missing or empty source, and a library.db of an older kolit.
Usage: test_library_python.py EXTENSION"""
import os, shutil, sqlite3, sys, tempfile
from checks import check, check_true, finish

EXT = os.path.abspath(sys.argv[1])
REPO = os.getcwd()  # ctest runs the binding tests from the repository
LIBRARY_SQL = open(os.path.join(REPO, "sql/library.sql"), encoding="utf-8").read()
SEARCH_SQL = open(os.path.join(REPO, "sql/search.sql"), encoding="utf-8").read()
KIET = os.path.join(REPO, "seeds/000_aa1e9265ac47af7f.txt")
KS = os.path.join(REPO, "seeds/003_0d10feb63e2a0cac.txt")

def connect(path):
    con = sqlite3.connect(path)
    con.enable_load_extension(True)
    con.load_extension(EXT)
    con.enable_load_extension(False)
    return con

def build(con, source):
    """What a data engineer writes: the source as a bound parameter, then the script."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value)")
    con.execute("INSERT OR REPLACE INTO kolit_args VALUES ('source', ?)", (source,))
    con.executescript(LIBRARY_SQL)

def search(con, q):
    """sql/search.sql statement by statement: the rows of each query."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value)")
    con.execute("INSERT OR REPLACE INTO kolit_args VALUES ('q', ?)", (q,))
    out, stmt = [], ""
    for line in SEARCH_SQL.splitlines(keepends=True):
        stmt += line
        if sqlite3.complete_statement(stmt):
            rows = con.execute(stmt).fetchall()
            if stmt.lstrip().startswith(("SELECT", "WITH")):
                out.append(rows)
            stmt = ""
    return out

def dump(path):
    con = connect(path)  # records_fts needs the korean tokenizer
    d = "\n".join(con.iterdump())
    con.close()
    return d

def fts_ok(con):
    con.execute("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)")
    return True

tmp = tempfile.mkdtemp(prefix="kolit test ")
os.chdir(tmp)
try:
    # A folder with a quote, a space and Hangul in its name, a page in a
    # subfolder, a broken link, a link back up (a loop) and a hidden file.
    pages = os.path.join("my pages", "kim's 자료")
    os.makedirs(os.path.join(pages, "sub"))
    shutil.copy(KIET, os.path.join(pages, "kiet.txt"))
    shutil.copy(KS, os.path.join(pages, "sub", "ks.txt"))
    os.symlink("gone.txt", os.path.join(pages, "broken.txt"))
    os.symlink("..", os.path.join(pages, "sub", "up"))
    open(os.path.join(pages, ".hidden.txt"), "w").write("not read")
    real = os.path.realpath(pages)

    con = connect(":memory:")
    check("documents of a folder with a broken link and a loop",
          con.execute("SELECT path, format, record_count, bytes, error FROM lit_documents(?)", (pages,)).fetchall(),
          [(pages + "/broken.txt", "unknown", 0, 0, "cannot read: a symbolic link to 'gone.txt', which does not exist"),
           (pages + "/kiet.txt", "kiet_page", 1, 4092, None),
           (pages + "/sub/ks.txt", "koreascience_search", 10, 16611, None)])
    check("records still read past the broken link",
          con.execute("SELECT count(*) FROM lit_records(?)", (pages,)).fetchone()[0], 11)
    check("a glob lists the broken link too",
          con.execute("SELECT path, error IS NOT NULL FROM lit_documents(?)", (pages + "/*.txt",)).fetchall(),
          [(pages + "/broken.txt", 1), (pages + "/kiet.txt", 0)])
    spellings = [pages, "./" + pages + "/", pages + "/./", real, os.path.join(tmp, "my pages", "..", pages)]
    check("one key however the folder is spelled",
          [con.execute("SELECT lit_source(?)", (s,)).fetchone()[0] for s in spellings], [real] * len(spellings))
    check("a glob's folder is resolved, its pattern kept",
          con.execute("SELECT lit_source(?)", ("./" + pages + "/*.txt",)).fetchone()[0], real + "/*.txt")
    os.makedirs("empty/sub")
    for source, message in [
            ("no such", "lit_source: cannot read 'no such': No such file or directory"),
            ("empty", "lit_source: 'empty' holds no file to read"),
            (pages + "/*.nothing", f"lit_source: nothing matches '{pages}/*.nothing'"),
            ("", "lit_source: the source is empty: give a file, a directory or a glob")]:
        try:
            con.execute("SELECT lit_source(?)", (source,)).fetchall()
            check(f"lit_source({source!r}) fails", "no error", message)
        except sqlite3.OperationalError as e:
            check(f"lit_source({source!r}) message", str(e), message)
    con.close()

    # The library, built from Python: four spellings of one folder are one source.
    lib = os.path.join(tmp, "library.db")
    con = connect(lib)
    for s in spellings:
        build(con, s)
    check("one source, no copies",
          con.execute("SELECT source, count(*), sum(record_count) FROM documents GROUP BY source").fetchall(),
          [(real, 3, 11)])
    check("records and authors", con.execute(
        "SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM authors)").fetchone(), (11, 13))
    check("the broken link is a document with its error", con.execute(
        "SELECT substr(path, length(source) + 2), error FROM documents WHERE error IS NOT NULL").fetchall(),
        [("broken.txt", "cannot read: a symbolic link to 'gone.txt', which does not exist")])
    check_true("index consistent", fts_ok(con))

    # search.sql from Python, statement by statement, with the query bound.
    results = search(con, "독일의 클러스터 policies")
    check("search.sql: a section title", results[0], [("== What you typed, in titles and abstracts",)])
    check("search.sql: what was typed", results[1], [("독일의 클러스터 policies", '"독일" AND ("클러스터" OR "클러스 터") AND "policies"')])
    check("search.sql: years of the first search", [r[0] for r in results[2]], [2015, 2018, 2023])
    check("search.sql: term counts", results[-1],
          [("클러스터", 10), ("정책", 9), ("혁신", 3), ("지역산업", 4), ("산업클러스터", 5), ("policy", 9)])

    # A second source beside it, then the first refreshed after a page is removed:
    # only its rows change, the index follows without a rebuild.
    one = os.path.join(pages, "kiet.txt")
    build(con, one)
    check("a page read again moves to the new source", con.execute(
        "SELECT source = ?, count(*) FROM documents GROUP BY source ORDER BY 1",
        (os.path.realpath(one),)).fetchall(), [(0, 2), (1, 1)])
    os.remove(os.path.join(pages, "sub", "ks.txt"))
    build(con, pages)
    check("after the refresh", con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM records),"
        " (SELECT count(*) FROM records_fts), (SELECT count(*) FROM records_fts WHERE records_fts MATCH 'clusters')"
        ).fetchone(), (2, 1, 1, 1))
    check_true("index consistent after the refresh", fts_ok(con))
    con.close()

    # A missing or empty source is an error naming it; the library is untouched.
    before = dump(lib)
    for source, message in [("nosuch/", "lit_source: cannot read 'nosuch/': No such file or directory"),
                            ("empty", "lit_source: 'empty' holds no file to read")]:
        con = connect(lib)
        try:
            build(con, source)
            check(f"library.sql with {source!r} fails", "no error", message)
        except sqlite3.OperationalError as e:
            check(f"library.sql with {source!r}: message", str(e), message)
        con.rollback()
        con.close()
        check(f"library untouched after {source!r}", dump(lib), before)

    # A library of the version before (records without type, doi, ... and no
    # index triggers) is refused with what to do, and left as it was.
    old = os.path.join(tmp, "old.db")
    con = sqlite3.connect(old)
    con.executescript("""
      CREATE TABLE documents(doc_id INTEGER PRIMARY KEY, source TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL, series TEXT, query TEXT, result_count INTEGER, record_count INTEGER NOT NULL,
        encoding TEXT, bytes INTEGER NOT NULL, error TEXT);
      CREATE TABLE records(record_id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(doc_id)
        ON DELETE CASCADE, ordinal INTEGER NOT NULL, title TEXT, title_ko TEXT, title_foreign TEXT, authors TEXT,
        author_count INTEGER NOT NULL, journal TEXT, volume, issue TEXT, series_no TEXT, page_first, page_last,
        page_count, issue_no, year, date TEXT, abstract TEXT, language TEXT, has_pdf INTEGER NOT NULL,
        partial INTEGER NOT NULL, UNIQUE(doc_id, ordinal));
      INSERT INTO documents VALUES (1, 'seeds', 'seeds/x.txt', 'kiet_page', NULL, NULL, NULL, 1, 'utf-8', 10, NULL);
      INSERT INTO records(doc_id, ordinal, title, author_count, has_pdf, partial) VALUES (1, 1, 'old', 0, 0, 0);""")
    con.close()
    before = dump(old)
    con = connect(old)
    try:
        build(con, pages)
        check("an old library is refused", "no error", "error")
    except sqlite3.IntegrityError as e:
        check_true("an old library is refused with what to do",
                   str(e).startswith("library.sql: this library was built by an older kolit: its records table lacks "
                                     "the columns type, doi, keywords, source_id, csl, work_id, ...; move it away or delete it"), str(e))
    con.rollback()
    con.close()
    check("old library untouched", dump(old), before)

    # A library of the previous version (the same tables, an index rebuilt from
    # records on every run) is refreshed as it is, and stays consistent.
    prev = os.path.join(tmp, "prev.db")
    con = connect(prev)
    build(con, pages)
    con.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
    con.commit()
    build(con, one)
    build(con, pages)
    check("the previous version's library refreshed", con.execute(
        "SELECT count(*), (SELECT count(*) FROM records_fts) FROM records").fetchone(), (1, 1))
    check_true("index consistent after the refreshes", fts_ok(con))
    # With PRAGMA trusted_schema = OFF the one statement that writes (a trigger
    # writing to records_fts) is refused: a clean error, nothing changed.
    con.execute("PRAGMA trusted_schema = OFF")
    before = "\n".join(con.iterdump())
    try:
        build(con, pages)
        check("trusted_schema off: refused", "no error", "error")
    except sqlite3.OperationalError as e:
        check("trusted_schema off: message", str(e), 'unsafe use of virtual table "records_fts"')
    con.rollback()
    check("trusted_schema off: unchanged", "\n".join(con.iterdump()), before)
    con.close()
finally:
    os.chdir(REPO)
    shutil.rmtree(tmp)
finish()

#!/usr/bin/python3
"""A database whose FTS5 table uses the korean tokenizer, opened without kolit
loaded: SQLite refuses the table with a clear message and leaves the data
alone; loading kolit makes it work again (docs/security.md).
Usage: test_without_kolit.py EXTENSION"""
import os, sqlite3, sys, tempfile
from checks import check, finish

def connect(path, load):
    con = sqlite3.connect(path)
    if load:
        con.enable_load_extension(True)
        con.load_extension(sys.argv[1])
        con.enable_load_extension(False)
    return con

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "library.db")
    con = connect(path, True)
    con.execute("CREATE VIRTUAL TABLE notes USING fts5(body, tokenize='korean')")
    con.execute("INSERT INTO notes VALUES ('지역산업클러스터정책은 진화한다')")
    con.commit()
    con.close()

    plain = connect(path, False)
    for sql in ["SELECT count(*) FROM notes", "SELECT rowid FROM notes WHERE notes MATCH '클러스터'",
                "INSERT INTO notes VALUES ('x')"]:
        try:
            plain.execute(sql).fetchall()
            check(sql, "no error", "error")
        except sqlite3.OperationalError as e:
            check(sql, str(e), "no such tokenizer: korean")
    check("the rest of the database still reads",
          plain.execute("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'notes%'").fetchone()[0], 6)
    plain.close()

    again = connect(path, True)
    check("with kolit loaded it works again",
          again.execute("SELECT rowid FROM notes WHERE notes MATCH '클러스터'").fetchall(), [(1,)])
    again.execute("INSERT INTO notes(notes) VALUES ('integrity-check')")
    check("integrity-check", True, True)
    again.close()

finish()

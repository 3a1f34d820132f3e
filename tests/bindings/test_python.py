#!/usr/bin/python3
"""kolit from Python's sqlite3 module (Debian's /usr/bin/python3, which can
load extensions): load, query the seed pages, pass a document's bytes.
Usage: test_python.py EXTENSION"""
import sqlite3, sys
from checks import check, finish

con = sqlite3.connect(":memory:")
con.enable_load_extension(True)
con.load_extension(sys.argv[1])
con.enable_load_extension(False)

check("version prefix", con.execute("SELECT substr(kolit_version(), 1, 6)").fetchone()[0], "kolit ")
check("documents",
      con.execute("SELECT format, series, query, result_count, record_count, encoding "
                  "FROM lit_documents(?) ORDER BY path", ("seeds",)).fetchall(),
      [("kiet_page", "Research Reports", None, None, 1, "utf-8"),
       ("koreascience_search", None, "클러스터정책", 352, 10, "utf-8")])
check("records per year",
      con.execute("SELECT year, count(*) FROM lit_records('seeds') GROUP BY year ORDER BY year").fetchall(),
      [(2005, 3), (2007, 1), (2011, 1), (2013, 1), (2015, 1), (2016, 1), (2018, 2), (2023, 1)])
check("kiet record",
      con.execute("SELECT title, authors, date, journal FROM lit_records('seeds/000_aa1e9265ac47af7f.txt')").fetchone(),
      ("Development Factors and the Policy for Activating Industrial Innovation Clusters in Regions",
       "Byeon, Changuk et al.", "2018-12-14", "Research Reports"))

# A document the program already holds, as EUC-KR bytes: source is only a label.
page = ("Research ReportsKIET Korea Institute for Industrial Economics and Trade\n\n"
        "지역혁신체계의 진화와 과제\n\n"
        "Author 홍길동 Date 2010.03.05 Page 120\n\n"
        "지역혁신체계는 변한다. 정책도 변해야 한다.\n")
row = con.execute("SELECT d.path, d.encoding, d.format, r.title, r.authors, r.date, r.year, r.page_count, "
                  "r.abstract, r.language FROM lit_documents('memory page', ?1) AS d, "
                  "lit_records('memory page', ?1) AS r", (page.encode("euc-kr"),)).fetchone()
check("euc-kr blob", row, ("memory page", "euc-kr", "kiet_page", "지역혁신체계의 진화와 과제", "홍길동",
                           "2010-03-05", 2010, 120, "지역혁신체계는 변한다. 정책도 변해야 한다.", "ko"))
check("same page as text",
      con.execute("SELECT title, encoding FROM lit_records('t', ?) JOIN lit_documents('t', ?)",
                  (page, page)).fetchone(), ("지역혁신체계의 진화와 과제", "utf-8"))
check("authors of the page",
      con.execute("SELECT name, family, given FROM lit_authors('t', ?)", (page,)).fetchall(),
      [("홍길동", "홍", "길동")])

try:
    con.execute("SELECT * FROM lit_records('no/such/page.txt')").fetchall()
    check("missing file raises", "no error", "error")
except sqlite3.OperationalError as e:
    check("missing file message", str(e), "lit_records: cannot read 'no/such/page.txt': No such file or directory")

finish()

#!/usr/bin/python3
"""The text report (sql/report.sql) lines up in a terminal with Hangul in it.
Builds the library from seeds/, prints the report, and in every table (a
header, a rule of dashes, rows) checks that each column gap of the rule is
blank in every row, in terminal columns measured by Python's Unicode tables:
a cell padded by characters or bytes instead of columns would push text into
the gap. Also checks that the check itself catches such a row.
Usage: test_report_text.py EXTENSION   (run from the repository's top folder)"""
import os, re, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, check_true, finish
from reportlib import sqlite3, columns

def misaligned(rule, line):
    """What is out of place in line under rule, in terminal columns: text in a
    gap between runs of dashes; a cell (the columns of a run) whose text
    touches neither its first nor its last column (neither left- nor
    right-aligned); text after the rule's end while its last cell is blank."""
    r, l = columns(rule), columns(line)
    l += [" "] * max(0, len(r) - len(l))
    bad = [f"gap {i}" for i, ch in enumerate(r) if ch == " " and l[i] != " "]
    runs = [(m.start(), m.end() - 1) for m in re.finditer("-+", "".join(r))]
    for start, end in runs:
        cell = l[start:end + 1]
        if any(ch != " " for ch in cell) and cell[0] == " " and cell[-1] == " ":
            bad.append(f"cell {start}-{end}")
    start, end = runs[-1]
    if all(ch == " " for ch in l[start:end + 1]) and any(ch != " " for ch in l[end + 1:]):
        bad.append(f"text after the blank last cell {start}-{end}")
    return bad

def tables(text):
    """(title, rule, rows) of each table of the report."""
    out, title, lines = [], None, text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("== "):
            title = line
        if re.fullmatch(r"-+( +-+)+", line):
            rows = []
            for row in lines[i + 1:]:
                if row == "" or row.startswith("== "):
                    break
                rows.append(row)
            out.append((title, line, rows))
    return out

def main():
    ext = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "library.db")
        out, err, rc = sqlite3(ext, db, ".read sql/library.sql\n")
        check("library.sql runs", (err, rc), ("", 0))
        out, err, rc = sqlite3(ext, db, ".read sql/report.sql\n")
        check("report.sql runs", (err, rc), ("", 0))
    found = tables(out)
    check("tables in the report", len(found), 11)
    hangul_rows = 0
    for title, rule, rows in found:
        check_true(f"{title}: rows", len(rows) > 0)
        for row in rows:
            bad = misaligned(rule, row)
            check_true(f"{title}: row aligned in terminal columns", not bad, f"{row!r} has text in gap columns {bad}")
            if re.search("[\uac00-\ud7a3]", row):
                hangul_rows += 1
    check_true("rows with Hangul checked", hangul_rows >= 4, str(hangul_rows))
    # bars beside the counts
    check_true("bars beside the counts", "2005          3  " + "\u2588" * 30 in out)
    # the check catches a row padded by characters (the shell's own column mode)
    rule = "----  --------------------  ------------  -------"
    by_chars = "KR    South Korea           " + "대한민국".ljust(12) + "  " + "5".rjust(7) + "  " + "\u2588"
    by_columns = "KR    South Korea           " + "대한민국" + " " * 4 + "  " + "5".rjust(7) + "  " + "\u2588"
    check_true("a row padded by characters is caught", misaligned(rule, by_chars) != [])
    check("a row padded by columns passes", misaligned(rule, by_columns), [])
    check_true("a left-aligned cell pushed right is caught",
               misaligned("--------  -------", "대한민국".ljust(8) + "  x") != [])
    finish()

if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Round trip of every record of the suite's fixtures and seeds through the
three citation formats kolit writes: reading to_ris(csl), to_bibtex(csl) and
the CSL-JSON array back must give the same fields.

  CSL-JSON  the item read back gives the very same CSL item (every variable,
            custom fields included: both titles, both abstracts, both journal
            names, received and accepted dates, series and issue numbers, page
            count), and the same fields below
  RIS       the fields below
  BibTeX    the fields below

The fields: type, title_ko, title_foreign (title when neither is known),
the authors (family and given of a split romanized name, else the name as
one string: a Hangul name comes back whole), journal, journal_ko,
journal_foreign, volume, issue, page_first, page_last, year, date, doi, issn,
eissn, publisher, keywords, abstract, url, and the citation key as
source_id. A field the record has must come back equal; a field it lacks
must stay empty, except what a reader derives from the rest (abstract_ko and
abstract_foreign from the abstract's paragraphs, published from the date,
language from the abstract): those must come back equal when the record has
them. What the formats cannot carry is listed in docs/citations.md (et al.,
affiliations; in RIS and BibTeX the received/accepted dates, series number,
KIET issue number and page count).
Usage: test_citations_roundtrip.py EXTENSION"""
import json, sqlite3, sys
from checks import check, check_true, finish

FIELDS = ["type", "title_ko", "title_foreign", "journal", "journal_ko", "journal_foreign", "volume",
          "issue", "page_first", "page_last", "year", "date", "doi", "issn", "eissn", "publisher",
          "keywords", "abstract", "url"]
DERIVED = ["abstract_ko", "abstract_foreign", "published", "language"]
COLUMNS = FIELDS + DERIVED + ["title", "source_id", "csl", "path", "ordinal"]


def hangul_only(s):
    return any("\uac00" <= ch <= "\ud7a3" for ch in s) and not any(ch.isascii() and ch.isalpha() for ch in s)


def person(name, family, given):
    """(family, given) of a split romanized name, else the name as one string."""
    return (family, given) if family and not hangul_only(name) else name


def as_written(p):
    """The name as RIS writes it: "Family, Given", or the one string."""
    return p if isinstance(p, str) else ", ".join(x for x in p if x)


def people(con, label, content, ris):
    """The authors of each record. RIS has no way to mark a name as one
    string, so its reader splits a romanized name by shape; for RIS the name
    as written is compared ("World Health Organization" comes back as
    written, with a family name guessed)."""
    out = {}
    for ordinal, name, family, given in con.execute(
            "SELECT ordinal, name, family, given FROM lit_authors(?, ?) ORDER BY ordinal, position", (label, content)):
        out.setdefault(ordinal, []).append(name if ris else person(name, family, given))
    return out


def read_back(con, label, content):
    rows = [dict(zip(COLUMNS, r)) for r in con.execute(
        f"SELECT {', '.join(COLUMNS)} FROM lit_records(?, ?)", (label, content))]
    fmt, err = con.execute("SELECT format, error FROM lit_documents(?, ?)", (label, content)).fetchone()
    return rows, fmt, err, people(con, label, content, label.endswith(".ris"))


def compare(where, orig, orig_people, back, back_people, key):
    for f in FIELDS:
        want = orig[f]
        check(f"{where}: {f}", back[f], want)
    if orig["title_ko"] is None and orig["title_foreign"] is None:
        check(f"{where}: title", back["title"], orig["title"])
    for f in DERIVED:
        if orig[f] is not None:
            check(f"{where}: {f}", back[f], orig[f])
    check(f"{where}: authors", back_people, orig_people)
    check(f"{where}: key", back["source_id"], key)


def main():
    con = sqlite3.connect(":memory:")
    con.enable_load_extension(True)
    con.load_extension(sys.argv[1])
    records = []
    for source in ("tests/fixtures", "seeds"):
        rows = [dict(zip(COLUMNS, r)) for r in con.execute(f"SELECT {', '.join(COLUMNS)} FROM lit_records(?)", (source,))]
        auth = {}
        for path, ordinal, name, family, given in con.execute(
                "SELECT path, ordinal, name, family, given FROM lit_authors(?) ORDER BY path, ordinal, position", (source,)):
            auth.setdefault((path, ordinal), []).append(person(name, family, given))
        for r in rows:
            records.append((r, auth.get((r["path"], r["ordinal"]), [])))
    check_true(f"records to carry: {len(records)} >= 50", len(records) >= 50)
    formats = {}
    for orig, orig_people in records:
        where = f"{orig['path']} #{orig['ordinal']}"
        item = json.loads(orig["csl"])
        key = item["id"]
        ris = con.execute("SELECT to_ris(?)", (orig["csl"],)).fetchone()[0]
        bib = con.execute("SELECT to_bibtex(?)", (orig["csl"],)).fetchone()[0]
        for label, content, fmt in (("out.ris", ris, "ris"), ("out.bib", bib, "bibtex"),
                                    ("out.json", "[" + orig["csl"] + "]", "csl_json")):
            back, got_fmt, err, back_people = read_back(con, label, content)
            formats[fmt] = formats.get(fmt, 0) + 1
            check(f"{where} as {fmt}: format", got_fmt, fmt)
            check(f"{where} as {fmt}: one record, no error", (len(back), err), (1, None))
            if len(back) != 1:
                print(content)
                continue
            want_people = [as_written(p) for p in orig_people] if fmt == "ris" else orig_people
            compare(f"{where} as {fmt}", orig, want_people, back[0], back_people.get(1, []), key)
            if fmt == "csl_json":
                check(f"{where}: the CSL item read back is the same item", json.loads(back[0]["csl"]), item)
    check("records written in each format", formats, {f: len(records) for f in ("ris", "bibtex", "csl_json")})

    # A whole selection is one SELECT: the BibTeX file of every fixture record reads back entry by entry.
    bib = con.execute("SELECT group_concat(to_bibtex(csl), char(10)) FROM lit_records('tests/fixtures')").fetchone()[0]
    n = con.execute("SELECT count(*) FROM lit_records('tests/fixtures')").fetchone()[0]
    check("all fixture records as one .bib", con.execute(
        "SELECT record_count, error FROM lit_documents('all.bib', ?)", (bib,)).fetchone(), (n, None))
    ris = con.execute("SELECT group_concat(to_ris(csl), char(10)) FROM lit_records('tests/fixtures')").fetchone()[0]
    check("all fixture records as one .ris", con.execute(
        "SELECT record_count, error FROM lit_documents('all.ris', ?)", (ris,)).fetchone(), (n, None))
    finish()


main()

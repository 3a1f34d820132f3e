#!/usr/bin/python3
"""Precision and recall of term_pairs() on kolit's own bilingual fixture
(bench/data/bilingual_pairs.txt: abstracts written for kolit, with the pairs a
careful reader takes from each; K lines are keyword lists in both languages, as
RISS and KCI give them, with the pairs they mean). A mined pair is right when it is one of its
abstract's pairs, Korean and English exactly as written.

  /usr/bin/python3 bench/term_pairs.py [build/kolit]
Uses Debian's /usr/bin/python3, whose sqlite3 module can load extensions.
"""
import os
import sqlite3
import sys


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ext = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "build", "kolit")
    records = []
    with open(os.path.join(here, "data", "bilingual_pairs.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("T\t"):
                records.append(("text", line[2:], set()))
            elif line.startswith("K\t"):
                records.append(("keywords", line[2:], set()))
            elif line.startswith("P\t"):
                ko, en = line[2:].split("\t")
                records[-1][2].add((ko, en))
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(ext)
    mined = right = gold = 0
    wrong = []
    for kind, text, pairs in records:
        args = (text, None) if kind == "text" else (None, text)
        rows = db.execute("SELECT concept, lang, term FROM term_pairs(?, ?)", args).fetchall()
        got = {(rows[i][2], rows[i + 1][2]) for i in range(0, len(rows), 2)}
        mined += len(got)
        right += len(got & pairs)
        gold += len(pairs)
        wrong += sorted(got - pairs)
    print(f"term_pairs on {len(records)} records (abstracts and keyword lists): {mined} pairs mined, {right} right, {gold} to find")
    print(f"| precision % | recall % |")
    print(f"|---:|---:|")
    print(f"| {100 * right / mined:.1f} | {100 * right / gold:.1f} |")
    for ko, en in wrong:
        print(f"wrong: {ko} ({en})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

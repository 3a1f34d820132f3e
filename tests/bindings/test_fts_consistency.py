#!/usr/bin/python3
"""An FTS5 table using the korean tokenizer stays consistent: 10,000 random
inserts, updates and deletes of Korean and mixed rows, then integrity-check
passes, and every query agrees with a brute-force scan of the rows (each row
re-tokenized with korean_tokens, the phrase looked for position by position).
Usage: test_fts_consistency.py EXTENSION"""
import random, sqlite3, sys, unicodedata
from checks import check_true, finish

rng = random.Random(20261123)
NOUNS = ["클러스터", "정책", "지역", "산업", "혁신", "발전", "네트워크", "기업", "대학", "연구",
         "산학연", "협력", "정부", "지원", "중소기업", "단지", "경제", "성장", "전략", "평가"]
ENDINGS = ["", "", "은", "는", "의", "에서", "으로", "를", "을", "이다", "과", "와", "하는", "된", "적"]
LATIN = ["TAMA", "R&D", "cluster", "Clusters", "policy", "Württemberg", "4차", "2005년", "OECD"]
HANJA = ["韓國", "地域産業", "政策", "革新"]

def word():
    r = rng.random()
    if r < 0.55:
        w = "".join(rng.choice(NOUNS) for _ in range(rng.choice([1, 1, 1, 2, 3]))) + rng.choice(ENDINGS)
    elif r < 0.8:
        w = rng.choice(LATIN) + (rng.choice(NOUNS) + rng.choice(ENDINGS) if rng.random() < 0.4 else "")
    elif r < 0.9:
        w = rng.choice(HANJA)
    else:
        w = rng.choice(NOUNS) + "ㆍ" + rng.choice(NOUNS)
    return unicodedata.normalize("NFD", w) if rng.random() < 0.05 else w

def text():
    return " ".join(word() for _ in range(rng.randint(0, 12)))

con = sqlite3.connect(":memory:")
con.enable_load_extension(True)
con.load_extension(sys.argv[1])
con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='korean')")
con.execute("CREATE TABLE m(id INTEGER PRIMARY KEY, body TEXT)")

ids = []
next_id = 1
for op in range(10000):
    r = rng.random()
    if r < 0.5 or not ids:
        body = text()
        con.execute("INSERT INTO t(rowid, body) VALUES (?, ?)", (next_id, body))
        con.execute("INSERT INTO m VALUES (?, ?)", (next_id, body))
        ids.append(next_id)
        next_id += 1
    elif r < 0.75:
        i = rng.choice(ids)
        body = text()
        con.execute("UPDATE t SET body = ? WHERE rowid = ?", (body, i))
        con.execute("UPDATE m SET body = ? WHERE id = ?", (body, i))
    else:
        i = ids.pop(rng.randrange(len(ids)))
        con.execute("DELETE FROM t WHERE rowid = ?", (i,))
        con.execute("DELETE FROM m WHERE id = ?", (i,))

try:
    con.execute("INSERT INTO t(t) VALUES ('integrity-check')")
    check_true("integrity-check", True)
except sqlite3.DatabaseError as e:
    check_true("integrity-check", False, str(e))
check_true("row count", con.execute("SELECT count(*) FROM t").fetchone() == con.execute("SELECT count(*) FROM m").fetchone())

def positions(body):
    """token sets by position, from the tokenizer's document side"""
    at = {}
    for tok, pos in con.execute("SELECT token, position FROM korean_tokens(?)", (body,)):
        at.setdefault(pos, set()).add(tok)
    return at

rows = [(i, positions(b)) for i, b in con.execute("SELECT id, body FROM m")]
# Hanja queries are left out: on the query side a Hanja word also matches its
# Hangul reading, which a scan of document-side tokens cannot see. Hangul
# queries for Hanja rows (한국 finds 韓國 through the colocated reading) stay in.
queries = sorted({w for w in NOUNS} | {"".join(p) for p in zip(NOUNS, NOUNS[1:])} |
                 {w + e for w in NOUNS[:6] for e in ENDINGS[2:6]} | set(LATIN) | {"한국", "지역산업"})
checked = 0
for q in queries:
    phrase = [t for t, c in con.execute("SELECT token, colocated FROM korean_tokens(?)", (q,)) if not c]
    if not phrase:
        continue
    expected = sorted(i for i, at in rows
                      if any(all(phrase[k] in at.get(p + k, ()) for k in range(len(phrase))) for p in at))
    match = '"' + " ".join(phrase).replace('"', '""') + '"'
    got = sorted(r[0] for r in con.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)))
    check_true(f"query {q!r} ({match})", got == expected, f"fts {len(got)} rows, scan {len(expected)} rows")
    checked += 1
check_true("queries checked", checked >= 40, str(checked))
print(f"{len(ids)} rows after 10000 operations, {checked} queries")
finish()

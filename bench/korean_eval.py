#!/usr/bin/python3
"""Quality and speed of the korean FTS5 tokenizer, as defined in
../shared/docs/korean.md (one command, results as a table on stdout):

  /usr/bin/python3 bench/korean_eval.py [build/kolit] [--data DIR] [--rounds 3]

On UD Korean GSD (dev + test pooled):
  stem accuracy   words whose first gold morpheme is nominal; gold stem = the
                  leading nominal morphemes (NNG NNP NNB NR NP SL SN SH XPN XSN)
                  joined; predicted = the tokenizer's non-colocated tokens for
                  the word (korean_tokens) joined. Both sides are compared
                  case-folded, NFC, letters and digits only (the tokenizer drops
                  punctuation, so e-gima.com is compared as egimacom).
  exact split     of the stems with 2+ gold morphemes, the share whose tokens
                  are exactly the gold morphemes; also for the stems with 2+
                  noun morphemes (tags NNG NNP NNB NR NP).
                  Each figure is given for all such words and for the
                  "literal" ones, whose surface form starts with the gold stem
                  as written: that is the population of the reference table
                  in ../shared/data/README.md (14,153 words, 1,279 multi-noun
                  stems), which leaves out the forms the gold analysis
                  rewrites (건 = 것+은).
  noun retrieval  every sentence indexed (FTS5, one row each); every gold noun
                  (NNG or NNP, 2+ syllables, in 2+ sentences) searched as a
                  phrase; relevant = sentences whose gold analysis contains it;
                  micro precision, recall, F1. Also for unicode61 and trigram.
  spacing         every distinct pair of adjacent all-Hangul words (a space
                  between them) whose first word is nothing but nominal
                  morphemes and whose second starts with a noun (tag N*):
                  클러스터 정책의, 산아 제한. Both forms are indexed, glued
                  (클러스터정책의) and spaced; the pair holds one way when
                  korean_query() of one form finds the other's row, both ways
                  when each finds the other. Also for the pairs of common nouns
                  only: first word NNG/XSN morphemes, second starting with NNG.
  query retrieval the noun retrieval above, each noun searched through
                  korean_query(noun) instead of the bare phrase (the cost in
                  precision of the readings korean_query adds).
On nsmc-sample.txt:
  insert throughput into a contentless FTS5 table (one transaction), median of
  `rounds` alternating rounds per tokenizer, and the index size (bytes of the
  %_data table), for korean, unicode61, trigram and korean with choseong 1.
Uses Debian's /usr/bin/python3, whose sqlite3 module can load extensions.
"""
import argparse
import collections
import os
import sqlite3
import statistics
import sys
import time
import re
import unicodedata

NOMINAL = {"NNG", "NNP", "NNB", "NR", "NP", "SL", "SN", "SH", "XPN", "XSN"}
NOUN = {"NNG", "NNP"}


def connect(ext):
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(ext)
    return db


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return "".join(c for c in s if c.isalnum())


def read_conllu(paths):
    """[(text, [(form, [morphemes], [tags])])]"""
    sents = []
    for path in paths:
        text, words = None, []
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# text = "):
                    text = line[9:]
                elif not line:
                    if words:
                        sents.append((text, words))
                    text, words = None, []
                elif not line.startswith("#"):
                    c = line.split("\t")
                    if "-" in c[0] or "." in c[0]:
                        continue
                    morphs, tags = c[2].split("+"), c[4].split("+")
                    if len(morphs) != len(tags):   # a literal '+' in the lemma
                        morphs = [c[2]] if len(tags) == 1 else morphs
                    words.append((c[1], morphs, tags))
        if words:
            sents.append((text, words))
    return sents


HANGUL_WORD = re.compile(r"^[\uac00-\ud7a3]+$")


def read_pairs(paths):
    """The distinct (first, second, common) pairs of adjacent all-Hangul words
    separated by a space: first word only nominal morphemes, second starting
    with a noun; common = first word only NNG/XSN, second starting with NNG."""
    pairs = {}
    for path in paths:
        prev = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    prev = None
                    continue
                if line.startswith("#"):
                    continue
                c = line.split("\t")
                if "-" in c[0] or "." in c[0]:
                    continue
                word = (c[1], c[4].split("+"), "SpaceAfter=No" not in c[9])
                if prev and prev[2] and HANGUL_WORD.match(prev[0]) and HANGUL_WORD.match(word[0]) \
                        and all(t in NOMINAL for t in prev[1]) and word[1][0].startswith("N"):
                    common = all(t in ("NNG", "XSN") for t in prev[1]) and word[1][0] == "NNG"
                    pairs[(prev[0], word[0])] = pairs.get((prev[0], word[0]), False) or common
                prev = word
    return sorted((a, b, c) for (a, b), c in pairs.items())


def spacing(db, pairs):
    """{population: Counter(total, glued_finds_spaced, spaced_finds_glued, both)}"""
    db.execute("DROP TABLE IF EXISTS sp")
    db.execute("CREATE VIRTUAL TABLE sp USING fts5(x, tokenize='korean')")
    db.executemany("INSERT INTO sp(rowid, x) VALUES (?, ?)",
                   [(2 * i + k, a + b if k == 0 else a + " " + b)
                    for i, (a, b, _) in enumerate(pairs) for k in (0, 1)])
    found = "SELECT count(*) FROM sp WHERE sp MATCH korean_query(?) AND rowid = ?"
    c = {pop: collections.Counter() for pop in ("all", "common")}
    for i, (a, b, common) in enumerate(pairs):
        g = db.execute(found, (a + b, 2 * i + 1)).fetchone()[0] > 0
        s = db.execute(found, (a + " " + b, 2 * i)).fetchone()[0] > 0
        for pop in ("all", "common") if common else ("all",):
            n = c[pop]
            n["total"] += 1
            n["glued"] += g
            n["spaced"] += s
            n["both"] += g and s
    return c


def stems(db, sents):
    """Counts for two populations of words: every word whose first gold
    morpheme is nominal ("all"), and those whose surface form starts with the
    gold stem as written ("literal": the population of the reference table in
    ../shared/data/README.md, 14,153 words and 1,279 multi-noun stems; it
    leaves out forms the gold analysis rewrites, such as 건 = 것+은)."""
    c = {pop: collections.Counter() for pop in ("all", "literal")}
    for _, words in sents:
        for form, morphs, tags in words:
            if tags[0] not in NOMINAL or len(morphs) != len(tags):
                continue
            gold = []
            for m, t in zip(morphs, tags):
                if t not in NOMINAL:
                    break
                gold.append(m)
            toks = [r[0] for r in db.execute(
                "SELECT token FROM korean_tokens(?) WHERE colocated = 0", (form,))]
            correct = norm("".join(gold)) == norm("".join(toks))
            ok = [norm(x) for x in gold if norm(x)] == [norm(x) for x in toks if norm(x)]
            multi = len(gold) >= 2
            multi_n = multi and sum(t.startswith("N") for t in tags[:len(gold)]) >= 2
            for pop in ("all", "literal"):
                if pop == "literal" and not form.startswith("".join(gold)):
                    continue
                n = c[pop]
                n["total"] += 1
                n["correct"] += correct
                n["multi"] += multi
                n["split_ok"] += multi and ok
                n["multi_n"] += multi_n
                n["split_n"] += multi_n and ok
    return c


def retrieval(db, sents, tokenize, through_query=False):
    db.execute("DROP TABLE IF EXISTS r")
    db.execute(f"CREATE VIRTUAL TABLE r USING fts5(x, tokenize=\"{tokenize}\")")
    db.executemany("INSERT INTO r(rowid, x) VALUES (?, ?)", [(i, s[0]) for i, s in enumerate(sents)])
    where = collections.defaultdict(set)
    for i, (_, words) in enumerate(sents):
        for _, morphs, tags in words:
            for m, t in zip(morphs, tags):
                if t in NOUN and len(m) >= 2:
                    where[m].add(i)
    tp = fp = fn = queries = 0
    for noun, rel in where.items():
        if len(rel) < 2:
            continue
        queries += 1
        q = '"' + noun.replace('"', '""') + '"'
        if through_query:
            q = db.execute("SELECT korean_query(?)", (noun,)).fetchone()[0]
        got = {r[0] for r in db.execute("SELECT rowid FROM r WHERE r MATCH ?", (q,))}
        tp += len(got & rel)
        fp += len(got - rel)
        fn += len(rel - got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return queries, p, r, f


def insert_round(ext, lines, tokenize):
    db = connect(ext)
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, content='', tokenize=\"{tokenize}\")")
    t0 = time.perf_counter()
    with db:
        db.executemany("INSERT INTO t(x) VALUES (?)", ((l,) for l in lines))
    dt = time.perf_counter() - t0
    size = db.execute("SELECT sum(length(block)) FROM t_data").fetchone()[0]
    db.close()
    return dt, size


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("ext", nargs="?", default=os.path.join(here, "..", "build", "kolit"))
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip-speed", action="store_true")
    a = ap.parse_args()

    gsd = os.path.join(a.data, "ud-korean-gsd")
    paths = [os.path.join(gsd, "ko_gsd-ud-dev.conllu"), os.path.join(gsd, "ko_gsd-ud-test.conllu")]
    need = paths + ([] if a.skip_speed else [os.path.join(a.data, "nsmc-sample.txt")])
    missing = [p for p in need if not os.path.isfile(p)]
    if missing:
        print("korean_eval.py: the evaluation data is missing: " + ", ".join(missing) +
              " (put the project's shared data beside the repository, ../shared/data, or give --data DIR)",
              file=sys.stderr)
        return 2
    if not os.path.exists(a.ext + ".so"):
        print(f"korean_eval.py: no {a.ext}.so: build kolit first (bash run.sh build)", file=sys.stderr)
        return 2
    sents = read_conllu(paths)
    db = connect(a.ext)
    c = stems(db, sents)
    a_, l_ = c["all"], c["literal"]

    def pct(n, key, of):
        return f"{100 * n[key] / n[of]:.1f} ({n[of]})"
    print(f"GSD dev+test: {len(sents)} sentences; \"literal\" = words whose form starts with the gold "
          f"stem (the population of ../shared/data/README.md)")
    print(f"| measure, korean | all words | literal |")
    print(f"|---|---:|---:|")
    print(f"| stem accuracy % (words) | {pct(a_, 'correct', 'total')} | {pct(l_, 'correct', 'total')} |")
    print(f"| exact split % of stems of 2+ morphemes | {pct(a_, 'split_ok', 'multi')} | "
          f"{pct(l_, 'split_ok', 'multi')} |")
    print(f"| exact split % of stems of 2+ nouns, N* tags | {pct(a_, 'split_n', 'multi_n')} | "
          f"{pct(l_, 'split_n', 'multi_n')} |")
    print()
    print("| tokenizer | queries | precision % | recall % | F1 % |")
    print("|---|---:|---:|---:|---:|")
    for tok in ("korean", "unicode61", "trigram"):
        q, p, r, f = retrieval(db, sents, tok)
        print(f"| {tok} | {q} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f} |")
    q, p, r, f = retrieval(db, sents, "korean", through_query=True)
    print(f"| korean, through korean_query | {q} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f} |")
    sp = spacing(db, read_pairs(paths))
    print()
    print("Spacing: adjacent word pairs written glued and spaced, found by korean_query of the other form")
    print("| pairs | count | glued finds spaced % | spaced finds glued % | both ways % |")
    print("|---|---:|---:|---:|---:|")
    for pop, label in (("all", "nominal word + noun"), ("common", "common nouns (NNG/XSN + NNG)")):
        n = sp[pop]
        print(f"| {label} | {n['total']} | {100 * n['glued'] / n['total']:.1f} | "
              f"{100 * n['spaced'] / n['total']:.1f} | {100 * n['both'] / n['total']:.1f} |")
    db.close()
    if a.skip_speed:
        return 0

    path = os.path.join(a.data, "nsmc-sample.txt")
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    nbytes = os.path.getsize(path)
    toks = ["unicode61", "korean", "trigram", "korean choseong 1"]
    times = collections.defaultdict(list)
    sizes = {}
    for _ in range(a.rounds):
        for tok in toks:
            dt, size = insert_round(a.ext, lines, tok)
            times[tok].append(dt)
            sizes[tok] = size
    base_t = statistics.median(times["unicode61"])
    base_s = sizes["unicode61"]
    print()
    print(f"nsmc-sample.txt: {len(lines)} lines, {nbytes / 1e6:.2f} MB; contentless FTS5 insert, "
          f"median of {a.rounds} alternating rounds")
    print("| tokenizer | MB/s | speed vs unicode61 | index MB | index vs unicode61 |")
    print("|---|---:|---:|---:|---:|")
    for tok in toks:
        t = statistics.median(times[tok])
        print(f"| {tok} | {nbytes / 1e6 / t:.1f} | {base_t / t:.2f}x | {sizes[tok] / 1e6:.2f} | "
              f"{sizes[tok] / base_s:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

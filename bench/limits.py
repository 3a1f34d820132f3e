#!/usr/bin/python3
"""Hostile sizes: time and peak memory of reading them, and whether time grows
linearly (each case also runs at a quarter of its size).

  /usr/bin/python3 bench/limits.py [--quick]      (writes inputs under bench/out/limits)

Each case runs one statement in a fresh sqlite3 shell with the extension
loaded; peak RSS is the shell's maximum resident set size, from GNU time
(/usr/bin/time, Debian package `time`, installed by run.sh)."""
import os, subprocess, sys, time

OUT = "bench/out/limits"
EXT = "build/kolit"
KIET_HEAD = ("Research ReportsKIET Korea Institute for Industrial Economics and Trade\n\n"
             "Title\n\nAuthor Kim, Sunbae et al. Date 2020.01.02 Page 3\n\n")
KS_HEAD = "• Title/Summary/Keyword: 클러스터\n\nSearch Result 1, Processing Time 0.1 seconds\n\n"
WORDS = "지역혁신 클러스터 정책의 cluster policy 산업단지 knowledge network 혁신도시 "

def write(path, parts_fn, size):
    with open(path, "w", encoding="utf-8") as f:
        parts_fn(f, size)
    return os.path.getsize(path)

def one_line(f, size):          # a KIET page whose abstract is one line of `size` bytes
    f.write(KIET_HEAD)
    chunk = WORDS * 1000
    b = len(chunk.encode())
    for _ in range(size // b):
        f.write(chunk)
    f.write("\n")

def bullets(f, n):              # a KoreaScience page with n bullet lines
    f.write(KS_HEAD + "Title (제목)\n\n  • Kim, A\n")
    f.write("    • Journal\n    • /\n" * (n // 2))
    f.write("  • abstract\n")

def hangul_run(f, size):       # one line of Hangul with no space at all
    chunk = "지역산업클러스터정책은혁신도시의발전적네트워크" * 1000
    b = len(chunk.encode())
    for _ in range(size // b):
        f.write(chunk)

def plain_text(f, size):        # Korean and English sentences, many lines
    chunk = ("독일과 일본의 클러스터 정책을 비교한다. Baden-Württemberg and Bavaria in Germany; "
             "TAMA클러스터의 스마트 전문화와 regional innovation systems.\n") * 500
    b = len(chunk.encode())
    for _ in range(size // b):
        f.write(chunk)

def nested(f, n):               # a title with n nested parentheses
    f.write(KS_HEAD + "Title " + "(" * n + "제목" + ")" * n + "\n\n  • Kim, A\n    • J\n    • /\n"
            "    • 2001\n  • abstract\n")

def run_rss(sql):
    # GNU time reports the shell's own maximum resident set; measuring from
    # here (fork or posix_spawn) would count Python's pages as well.
    t0 = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", f"{OUT}/rss", "sqlite3", "-cmd", f".load {EXT}",
                          ":memory:", sql], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    elapsed = time.perf_counter() - t0
    rss = int(open(f"{OUT}/rss").read().split()[-1]) * 1024
    return elapsed, rss, run.stdout.strip()

def main():
    quick = "--quick" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    scale = 8 if quick else 1
    cases = [
        ("1 GiB page", "big_page.txt", one_line, (1 << 30) // scale,
         "SELECT count(*) FROM lit_records('{p}')"),
        ("100 MB single line", "line.txt", one_line, 100_000_000 // scale,
         "SELECT count(*), length(abstract) FROM lit_records('{p}')"),
        ("1,000,000 bullets", "bullets.txt", bullets, 1_000_000 // scale,
         "SELECT count(*), error FROM lit_documents('{p}')"),
        ("100,000 nested parentheses", "nested.txt", nested, 100_000 // scale,
         "SELECT length(title), title_ko IS NULL FROM lit_records('{p}')"),
        ("tokens of a 10 MB run of Hangul", "run.txt", hangul_run, 10_000_000 // scale,
         "SELECT count(*), max(\"end\") FROM korean_tokens(readfile('{p}'))"),
        ("FTS5 index of a 100 MB row", "row.txt", plain_text, 100_000_000 // scale,
         "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='korean', detail=none);"
         " INSERT INTO t SELECT readfile('{p}'); SELECT count(*) FROM t WHERE t MATCH '클러스터'"),
        ("countries() of 100 MB", "tag.txt", plain_text, 100_000_000 // scale,
         "SELECT countries(readfile('{p}'))"),
        ("keywords() of 100 MB", "kw.txt", plain_text, 100_000_000 // scale,
         "SELECT length(keywords(readfile('{p}')))"),
    ]
    _, base, _ = run_rss("SELECT count(*), countries('독일'), keywords('클러스터') FROM lit_records('seeds'),"
                         " korean_tokens('클러스터정책')")
    print(f"shell with kolit loaded, each feature used once on a small input: peak RSS {base/1e6:.0f} MB"
          " (subtracted below)")
    print(f"{'case':28} {'input':>12} {'time':>8} {'t(1/4)':>8} {'peak RSS':>10} {'RSS/input':>9}  result")
    for name, fname, fn, size, sql in cases:
        path = f"{OUT}/{fname}"
        nbytes = write(path, fn, size)
        t, rss, out = run_rss(sql.format(p=path))
        qpath = f"{OUT}/quarter_{fname}"
        write(qpath, fn, size // 4)
        tq, _, _ = run_rss(sql.format(p=qpath))
        extra = max(rss - base, 0)
        print(f"{name:28} {nbytes:>12,} {t:>7.2f}s {tq:>7.2f}s {extra/1e6:>8.1f}MB {extra/nbytes:>9.2f}  {out[:110]}")
        os.remove(path); os.remove(qpath)

if __name__ == "__main__":
    main()

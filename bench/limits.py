#!/usr/bin/python3
"""Hostile sizes: time and peak memory of reading them, and whether time grows
linearly (each case also runs at a quarter of its size).

  /usr/bin/python3 bench/limits.py [--quick]      (writes inputs under bench/out/limits)

Each case runs one statement in a fresh sqlite3 shell with the extension
loaded; peak RSS is the shell's maximum resident set size (getrusage)."""
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

def nested(f, n):               # a title with n nested parentheses
    f.write(KS_HEAD + "Title " + "(" * n + "제목" + ")" * n + "\n\n  • Kim, A\n    • J\n    • /\n"
            "    • 2001\n  • abstract\n")

def run_rss(sql):
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(os.open(f"{OUT}/last.out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
        os.dup2(1, 2)
        os.execvp("sqlite3", ["sqlite3", "-cmd", f".load {EXT}", ":memory:", sql])
    _, status, ru = os.wait4(pid, 0)
    elapsed = time.perf_counter() - t0
    out = open(f"{OUT}/last.out", encoding="utf-8", errors="replace").read().strip()
    return elapsed, ru.ru_maxrss * 1024, out

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
    ]
    _, base, _ = run_rss("SELECT kolit_version()")
    print(f"shell with kolit loaded, doing nothing: peak RSS {base/1e6:.0f} MB (subtracted below)")
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

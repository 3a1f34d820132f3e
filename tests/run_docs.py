#!/usr/bin/python3
"""Executes the examples of a docs page and checks their output.

Every ```sql block of the page runs, in order, in one sqlite3 shell session
(an in-memory database, the repository as working directory, the extension
loaded). The text it prints must equal the ```output block right under it;
a block with no output block under it must print nothing.
Usage: run_docs.py EXTENSION PAGE.md
With KOLIT_UPDATE=1 the page's output blocks are rewritten with what the
shell printed (then read every one of them before committing).
"""
import os, re, subprocess, sys

def blocks(md):
    """[(sql, expected_output_or_None, line, output_span)] in page order."""
    fence = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)
    found = [(m.group(1), m.group(2), md.count("\n", 0, m.start()) + 1, m.start(), m.end())
             for m in fence.finditer(md)]
    out = []
    for i, (lang, body, line, _, end) in enumerate(found):
        if lang != "sql":
            continue
        expected, span = None, None
        if i + 1 < len(found) and found[i + 1][0] == "output" and md[end:found[i + 1][3]].strip() == "":
            expected, span = found[i + 1][1], (found[i + 1][3], found[i + 1][4])
        out.append((body, expected, line, span))
    return out

def main():
    ext, page = sys.argv[1], sys.argv[2]
    md = open(page, encoding="utf-8").read()
    examples = blocks(md)
    if not examples:
        print(f"{page}: no ```sql examples"); return 1
    marker = "~~~kolit-doc-block~~~"
    script = "".join(f"{sql}.print {marker}\n" for sql, _, _, _ in examples)
    # stdbuf keeps the shell's stdout and stderr in the order it wrote them;
    # "near line N" refers to the joined script, so it is dropped, as in the
    # interactive shell.
    env = dict(os.environ, LD_PRELOAD=os.environ.get("KOLIT_PRELOAD", ""))
    wrap = os.environ.get("KOLIT_WRAP", "").split()
    run = subprocess.run(["stdbuf", "-oL"] + wrap + ["sqlite3", "-batch", "-cmd", f".load {ext}", ":memory:"],
                         input=script, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    text = re.sub(r"^(Parse|Runtime) error near line \d+:", r"\1 error:", run.stdout, flags=re.M)
    got = text.split(marker + "\n")
    if os.environ.get("KOLIT_UPDATE") == "1":
        for i in reversed(range(len(examples))):
            span = examples[i][3]
            if span and i < len(got):
                md = md[:span[0]] + "```output\n" + got[i] + "```\n" + md[span[1]:]
        open(page, "w", encoding="utf-8").write(md)
    failed = 0
    for i, (sql, expected, line, _) in enumerate(examples):
        actual = got[i] if i < len(got) else "<no output: the shell stopped>\n"
        want = expected if expected is not None else ""
        if actual != want:
            failed += 1
            print(f"{page}:{line}: example output differs\n--- expected\n{want}--- actual\n{actual}")
    # 1 is the shell's answer to an SQL error, which the page shows; anything
    # else is a crash or a sanitizer report.
    crashed = run.returncode not in (0, 1)
    if crashed:
        print(f"{page}: the shell exited with {run.returncode}")
    print(f"{len(examples) - failed} passed, {failed + crashed} failed")
    return 1 if failed or crashed else 0

if __name__ == "__main__":
    sys.exit(main())

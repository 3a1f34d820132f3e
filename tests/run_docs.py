#!/usr/bin/python3
"""Executes the examples of a docs page and checks their output.

Every ```sql block of the page runs, in order, in one sqlite3 shell session
(an in-memory database, the repository as working directory, the extension
loaded). The text it prints must equal the ```output block right under it;
a block with no output block under it must print nothing.
Usage: run_docs.py EXTENSION PAGE.md
"""
import os, re, subprocess, sys

def blocks(md):
    """[(sql, expected_output_or_None, line)] in page order."""
    fence = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)
    found = [(m.group(1), m.group(2), md.count("\n", 0, m.start()) + 1, m.start(), m.end())
             for m in fence.finditer(md)]
    out = []
    for i, (lang, body, line, _, end) in enumerate(found):
        if lang != "sql":
            continue
        expected = None
        if i + 1 < len(found) and found[i + 1][0] == "output" and md[end:found[i + 1][3]].strip() == "":
            expected = found[i + 1][1]
        out.append((body, expected, line))
    return out

def main():
    ext, page = sys.argv[1], sys.argv[2]
    examples = blocks(open(page, encoding="utf-8").read())
    if not examples:
        print(f"{page}: no ```sql examples"); return 1
    marker = "~~~kolit-doc-block~~~"
    script = "".join(f"{sql}.print {marker}\n" for sql, _, _ in examples)
    # stdbuf keeps the shell's stdout and stderr in the order it wrote them;
    # "near line N" refers to the joined script, so it is dropped, as in the
    # interactive shell.
    env = dict(os.environ, LD_PRELOAD=os.environ.get("KOLIT_PRELOAD", ""))
    run = subprocess.run(["stdbuf", "-oL", "sqlite3", "-batch", "-cmd", f".load {ext}", ":memory:"],
                         input=script, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    text = re.sub(r"^(Parse|Runtime) error near line \d+:", r"\1 error:", run.stdout, flags=re.M)
    got = text.split(marker + "\n")
    failed = 0
    for i, (sql, expected, line) in enumerate(examples):
        actual = got[i] if i < len(got) else "<no output: the shell stopped>\n"
        want = expected if expected is not None else ""
        if actual != want:
            failed += 1
            print(f"{page}:{line}: example output differs\n--- expected\n{want}--- actual\n{actual}")
    if run.returncode != 0:
        print(f"{page}: the shell exited with {run.returncode}")
        failed += 1
    print(f"{len(examples) - failed} passed, {failed} failed")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())

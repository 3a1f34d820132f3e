"""What the report tests share (tests/report/test_*.py): running the sqlite3
shell with the extension as the SQL golden tests do (the sanitizer runtime
preloaded, valgrind around it when asked), and terminal columns measured
with Python's own Unicode tables, independently of kolit's display_width()."""
import os, shlex, subprocess, unicodedata

def sqlite3(ext, db, script, cwd=None):
    """Runs script (text) in `sqlite3 -batch -cmd '.load EXT' DB`; returns
    (stdout, stderr, exit code)."""
    env = dict(os.environ)
    if os.environ.get("KOLIT_PRELOAD"):
        env["LD_PRELOAD"] = os.environ["KOLIT_PRELOAD"]
    wrap = shlex.split(os.environ.get("KOLIT_WRAP", ""))
    p = subprocess.run(wrap + ["sqlite3", "-batch", "-cmd", f".load {ext}", db], input=script.encode(),
                       capture_output=True, cwd=cwd, env=env)
    return p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode

def char_columns(ch):
    """Terminal columns of one character: 0 for combining, enclosing and format
    characters and Hangul medial vowels and final consonants, 2 for East Asian
    Wide and Fullwidth, else 1."""
    if unicodedata.category(ch) in ("Mn", "Me", "Cf") or "\u1160" <= ch <= "\u11ff":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1

def columns(line):
    """The character covering each terminal column of line."""
    out = []
    for ch in line:
        out.extend([ch] * char_columns(ch))
    return out

#!/usr/bin/python3
"""What refreshing one source of a library costs (sql/library.sql), against
building the whole library, on generated pages (bench/gen_pages.py).

Usage: /usr/bin/python3 bench/refresh.py [--records 100000] [--pages 100] [build/kolit]

Builds, in bench/out/refresh/: a corpus of generated pages holding at least
--records records (the library) and another of --pages pages (the source).
Then, with the library.sql of this checkout, run from Python (kolit_args):
  full build   a new library.db from both folders
  refresh      library.sql again for the small source alone (its pages read
               again, its rows replaced, records_fts updated row by row)
  rebuild      what the previous library.sql paid on every run on top:
               INSERT INTO records_fts(records_fts) VALUES ('rebuild')
Prints each time (median of 3 refreshes) and refresh / full build in %.
"""
import argparse, os, shutil, sqlite3, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

def connect(path, ext):
    con = sqlite3.connect(path)
    con.enable_load_extension(True)
    con.load_extension(ext)
    return con

def run_library(con, script, source):
    con.execute("CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value)")
    con.execute("INSERT OR REPLACE INTO kolit_args VALUES ('source', ?)", (source,))
    t0 = time.perf_counter()
    con.executescript(script)
    return time.perf_counter() - t0

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ext", nargs="?", default=os.path.join(REPO, "build", "kolit"))
    ap.add_argument("--records", type=int, default=100000)
    ap.add_argument("--pages", type=int, default=100)
    a = ap.parse_args()
    if not os.path.exists(a.ext + ".so"):
        print(f"refresh.py: no {a.ext}.so: build kolit first (bash run.sh build)", file=sys.stderr)
        return 1
    out = os.path.join(REPO, "bench", "out", "refresh")
    lib_dir, src_dir = os.path.join(out, "library"), os.path.join(out, "source")
    probe = connect(":memory:", a.ext)
    # The library corpus: about 980 records per MB of generated pages.
    mb = a.records / 900
    while True:
        if not os.path.isdir(lib_dir):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_pages.py"), lib_dir, "--mb", f"{mb:.1f}",
                            "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
        n = probe.execute("SELECT count(*) FROM lit_records(?)", (lib_dir,)).fetchone()[0]
        if n >= a.records:
            break
        shutil.rmtree(lib_dir)
        mb *= 1.1 * a.records / max(n, 1)
    if not os.path.isdir(src_dir):
        tmp = src_dir + ".all"
        subprocess.run([sys.executable, os.path.join(HERE, "gen_pages.py"), tmp, "--mb", "3", "--seed", "2"],
                       check=True, stdout=subprocess.DEVNULL)
        os.makedirs(src_dir)
        for f in sorted(os.listdir(tmp))[:a.pages]:
            os.rename(os.path.join(tmp, f), os.path.join(src_dir, f))
        shutil.rmtree(tmp)
    n_src = probe.execute("SELECT count(*), count(DISTINCT path) FROM lit_records(?)", (src_dir,)).fetchone()
    probe.close()
    script = open(os.path.join(REPO, "sql", "library.sql"), encoding="utf-8").read()
    db = os.path.join(out, "library.db")
    if os.path.exists(db):
        os.remove(db)
    con = connect(db, a.ext)
    t_lib = run_library(con, script, lib_dir)
    t_src = run_library(con, script, src_dir)
    full = t_lib + t_src
    records = con.execute("SELECT count(*) FROM records").fetchone()[0]
    refresh = statistics.median(run_library(con, script, src_dir) for _ in range(3))
    t0 = time.perf_counter()
    con.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
    con.commit()
    rebuild = time.perf_counter() - t0
    con.execute("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)")
    con.close()
    print(f"library: {records} records ({n} from {lib_dir}, {n_src[0]} in {n_src[1]} pages of {src_dir})")
    print(f"full build: {full:.2f} s ({t_lib:.2f} s the library folder, {t_src:.2f} s the source)")
    print(f"refresh of the {a.pages}-page source: {refresh:.3f} s (median of 3) = {100 * refresh / full:.2f} % of the full build")
    print(f"the FTS rebuild the previous library.sql added to every run: {rebuild:.2f} s")
    return 0

if __name__ == "__main__":
    sys.exit(main())

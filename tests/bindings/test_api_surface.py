#!/usr/bin/python3
"""Pins kolit's API surface: the exact functions and modules that loading the
extension adds to a connection, with their flags.
Usage: test_api_surface.py EXTENSION"""
import sqlite3, sys
from checks import check_true, finish

SQLITE_DETERMINISTIC, SQLITE_DIRECTONLY, SQLITE_INNOCUOUS = 0x800, 0x80000, 0x200000

EXPECTED_FUNCTIONS = {
    # (name, narg): flags
    ("kolit_version", 0): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("countries", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("country_name", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("country_name", 2): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("keywords", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("korean_query", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("works_match", 2): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("works_match", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("work_keys", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("work_keys", 2): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("to_ris", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("to_bibtex", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("to_bibtex", 2): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("bar", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("bar", 4): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("display_width", 1): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("display_pad", 2): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("display_pad", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    # aggregates returning one SVG document
    ("chart_bars", 2): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("chart_bars", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("chart_lines", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("chart_lines", 4): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("chart_heatmap", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("chart_heatmap", 4): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("chart_network", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("chart_network", 4): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("pair_counts", 2): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    ("pair_counts", 3): SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
    # the two-argument form reads the vocabulary table named by its argument
    ("keywords", 2): SQLITE_DIRECTONLY,
    ("korean_query", 2): SQLITE_DIRECTONLY,
    # looks at the file system (real paths, folder contents)
    ("lit_source", 1): SQLITE_DIRECTONLY,
}
EXPECTED_MODULES = {"lit_documents", "lit_records", "lit_authors",
                    "country_tags", "keyword_tags", "lit_vocabulary", "korean_tokens",
                    "term_pairs"}

def surface(con):
    funcs = {(r[0], r[1], r[2]) for r in con.execute(
        "SELECT name, narg, flags FROM pragma_function_list")}
    mods = {r[0] for r in con.execute("SELECT name FROM pragma_module_list")}
    return funcs, mods

def main():
    con = sqlite3.connect(":memory:")
    before_f, before_m = surface(con)
    con.enable_load_extension(True)
    con.load_extension(sys.argv[1])
    after_f, after_m = surface(con)
    added_f = {(name, narg): flags for name, narg, flags in after_f - before_f}
    want_f = EXPECTED_FUNCTIONS
    check_true(f"functions added: {sorted(added_f.items())} == {sorted(want_f.items())}", added_f == want_f)
    check_true(f"modules added: {sorted(after_m - before_m)} == {sorted(EXPECTED_MODULES)}",
               after_m - before_m == EXPECTED_MODULES)
    finish()

if __name__ == "__main__":
    main()

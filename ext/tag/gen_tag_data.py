#!/usr/bin/env python3
"""Compiles kolit's tagging data into C (run by ext/tag/build.cmake).

Inputs:
  data/countries.tsv       curated country names (code, name, rule, source)
  data/cluster_policy.tsv  the built-in keyword vocabulary (concept, broader, lang, term)
  CLDR (Debian's unicode-cldr-core, /usr/share/unicode/cldr/common):
    subdivisions/{ko,en}.xml          subdivision names
    supplemental/subdivisions.xml     which subdivisions are first-level
    supplemental/supplementalData.xml the official languages of each territory
Output: one C file defining the tables declared in ext/tag/tag_data.h.

Every row is checked; a malformed row stops the build with its file and line.
"""
import argparse, re, sys
import xml.etree.ElementTree as ET

# Countries whose first-level subdivisions (states, provinces, prefectures,
# regions) are tagged: the ones this literature compares. Subdivisions of
# every country would bring hundreds of names that are ordinary English words
# ("Central", "Western", "Centre").
SUBDIVISION_COUNTRIES = ("KR JP CN TW US CA DE FR GB IT ES NL BE AT CH SE FI DK NO IE AU").split()
# English subdivision names too short or too common to tag on their own.
SUBDIVISION_EN_SKIP = {"Victoria", "Capital Region", "Centre", "Central", "North", "South",
                       "East", "West", "Northern", "Southern", "Eastern", "Western", "Saga"}
# Korean subdivision names that are common words once the space is dropped
# (우리 주 "our state", 나라 현 "country", 기후 현 "climate") or one syllable (빈).
SUBDIVISION_KO_SKIP = {"빈", "보 주", "우리 주", "나라 현", "시가 현", "기후 현", "미에 현", "사가 현",
                       "고치 현", "이란 현", "사바 섬", "자이 시", "자이 현"}
# Korean subdivision names end in an administrative suffix after a space
# ("바이에른 주"); the name without it is kept when it is long enough to be
# unambiguous (3 syllables or more: 바이에른, not 나라 or 기후).
KO_SUFFIXES = ("주", "현", "도", "부", "성", "시")
RULES = {"-": 0, "free": 1, "strict": 2, "ambiguous": 3, "particle": 4}

def fail(path, line, msg):
    sys.exit(f"{path}:{line}: {msg}")

def c_str(s):
    out = []
    for ch in s.encode("utf-8"):
        if ch in (0x22, 0x5C): out.append("\\" + chr(ch))
        elif 0x20 <= ch < 0x7F and ch != 0x3F: out.append(chr(ch))  # '?' escaped: no trigraphs
        else: out.append("\\%03o" % ch)
    return '"' + "".join(out) + '"'

def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"): continue
            cols = line.split("\t")
            if len(cols) != ncols: fail(path, n, f"expected {ncols} tab-separated columns, found {len(cols)}")
            if any(c.strip() != c or not c for c in cols): fail(path, n, "empty column or stray spaces")
            rows.append((n, cols))
    return rows

def curated(path):
    out = []
    for n, (code, name, rule, source) in read_tsv(path, 4):
        if code != "-" and not re.fullmatch(r"[A-Z]{2}", code): fail(path, n, f"bad code {code!r}")
        if rule not in RULES: fail(path, n, f"bad rule {rule!r}")
        out.append((code, name, RULES[rule], source))
    return out

def rough_fold(term):
    """The matcher's fold, roughly: case, hyphens, spaces between Hangul."""
    t = term.lower().replace("-", "")
    return re.sub(r"(?<=[\uac00-\ud7a3])\s+(?=[\uac00-\ud7a3])", "", t)

def forms(term):
    """The spellings ext/tag/vocab.c adds for a term, folded."""
    out = {rough_fold(term)}
    if "-" in term: out.add(rough_fold(term.replace("-", " ")))
    if re.search(r"[^aeiouAEIOU][yY]$", term) and term.isascii(): out.add(rough_fold(term[:-1] + "ies"))
    return out

def vocabulary(path):
    rows, broader, folded = [], {}, {}
    for n, (concept, br, lang, term) in read_tsv(path, 4):
        for f in forms(term):
            if f in folded: fail(path, n, f"{term!r} is the same term as line {folded[f]} once folded")
        for f in forms(term): folded[f] = n
        if not re.fullmatch(r"[a-z0-9_]+", concept): fail(path, n, f"bad concept id {concept!r}")
        if lang not in ("ko", "en"): fail(path, n, f"bad lang {lang!r}")
        if broader.setdefault(concept, br) != br: fail(path, n, f"{concept}: broader differs from an earlier row")
        rows.append((concept, br, lang, term))
    for concept, br in broader.items():
        if br != "-" and br not in broader: sys.exit(f"{path}: {concept}: unknown broader concept {br}")
    return rows

def subdivisions(cldr):
    groups = ET.parse(f"{cldr}/supplemental/subdivisions.xml").getroot()
    first = {}
    for g in groups.iter("subgroup"):
        if g.get("type") in SUBDIVISION_COUNTRIES:
            for sd in g.get("contains").split():
                first[sd] = g.get("type")
    out = []
    for lang in ("ko", "en"):
        root = ET.parse(f"{cldr}/subdivisions/{lang}.xml").getroot()
        for sd in root.iter("subdivision"):
            code, name = sd.get("type"), (sd.text or "").strip().rstrip("\u00b2")
            if code not in first or not name or name in SUBDIVISION_KO_SKIP: continue
            src = f"CLDR subdivisions/{lang}.xml {code}"
            if lang == "en":
                if name in SUBDIVISION_EN_SKIP or len(name) < 4: continue
                out.append((first[code], name, 0, src))
                continue
            out.append((first[code], name, 0, src))
            head, _, suffix = name.rpartition(" ")
            if head and suffix in KO_SUFFIXES and " " not in head and len(head) >= 3:
                out.append((first[code], head, 0, src + " (without " + suffix + ")"))
    return out

def languages(cldr):
    root = ET.parse(f"{cldr}/supplemental/supplementalData.xml").getroot()
    out = []
    for t in root.iter("territory"):
        code = t.get("type")
        if not code or not re.fullmatch(r"[A-Z]{2}", code): continue
        langs = [lp.get("type") for lp in t.iter("languagePopulation")
                 if lp.get("officialStatus") in ("official", "de_facto_official")]
        if langs: out.append((code, " ".join(langs)))
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cldr", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--vocabulary", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    cur, sub = curated(a.countries), subdivisions(a.cldr)
    langs, voc = languages(a.cldr), vocabulary(a.vocabulary)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("/* Generated by ext/tag/gen_tag_data.py from data/ and CLDR; do not edit. */\n")
        f.write('#include "tag/tag_data.h"\n\n')
        for var, rows in (("kt_curated_names", cur), ("kt_subdivision_names", sub)):
            f.write(f"const kt_name_row {var}[] = {{\n")
            for code, name, rule, src in rows:
                f.write(f"  {{{c_str(code)}, {c_str(name)}, {rule}, {c_str(src)}}},\n")
            f.write(f"}};\nconst size_t {var}_count = {len(rows)};\n\n")
        f.write("const kt_region_languages kt_official_languages[] = {\n")
        for code, l in langs: f.write(f"  {{{c_str(code)}, {c_str(l)}}},\n")
        f.write(f"}};\nconst size_t kt_official_languages_count = {len(langs)};\n\n")
        f.write("const kt_vocab_row kt_cluster_policy[] = {\n")
        for c, b, l, t in voc: f.write(f"  {{{c_str(c)}, {c_str(b)}, {c_str(l)}, {c_str(t)}}},\n")
        f.write(f"}};\nconst size_t kt_cluster_policy_count = {len(voc)};\n")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates the Korean analyzer's compiled lexicon (a C file of static const
tables) at build time, so the built extension needs no data files.

Inputs
  ko.dic, ko.aff   Debian hunspell-ko (MPL-1.1 / GPL-2+ / LGPL-2.1+): nouns
                   (entries whose affix classes take noun particles) and the
                   particle, copula and ending rules, stored as decomposed jamo.
  hanja.txt        Debian libhangul-data (BSD): hangul:hanja:gloss lines, for
                   the readings of Hanja and the Sino-Korean nouns ko.dic lacks.
  data/korean_*.txt  kolit's curated field terms, particles and affixes.

Usage: gen_lexicon.py KO_DIC KO_AFF HANJA_TXT DATA_DIR OUT.c

Every table is an open-addressing hash over code points (FNV-1a, the same
function as kl_hash() in lexicon.h), so lookups of a syllable span cost one
hash and one or two compares.
"""
import collections
import re
import sys
import unicodedata

KO_DIC, KO_AFF, HANJA, DATA, OUT = sys.argv[1:6]

# Value bits, mirrored in lexicon.h.
KL_NOUN, KL_FIELD, KL_SUFFIX, KL_PREFIX, KL_HANJA = 1, 2, 4, 8, 16
KL_NUM_SINO, KL_NUM_NATIVE, KL_COUNTER_SINO, KL_COUNTER_NATIVE = 32, 64, 128, 256
KL_AFTER_VOWEL, KL_AFTER_CODA, KL_COMMON, KL_DERIV, KL_PARTICLE, KL_AFTER_RIEUL = 1, 2, 4, 8, 16, 32
KL_AFTER_ANY = KL_AFTER_VOWEL | KL_AFTER_CODA | KL_AFTER_RIEUL
SPLIT_SHIFT = 12         # explicit split points: bit i of (value >> 12) = boundary after syllable i
MAX_SUFFIX = 10          # longest suffix (syllables) worth stripping
MAX_NOUN = 20            # longer entries are compounds the splitter rebuilds anyway
MAX_SINO = 6             # longest Sino-Korean word of hanja.txt kept (korean.c SINO_MAX)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def hangul_only(s):
    return s != "" and all(0xAC00 <= ord(c) <= 0xD7A3 for c in s)


def has_coda(ch):
    return (ord(ch) - 0xAC00) % 28 != 0


def data_lines(name):
    with open(f"{DATA}/{name}", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                yield nfc(line)


# ---- ko.aff: aliases and suffix rules ----
aliases = [None]                       # AF n (1-based) -> set of flags
rules = collections.defaultdict(list)  # flag -> [(strip, add, cond)]
with open(KO_AFF, encoding="utf-8") as f:
    for line in f:
        if line.startswith("AF "):
            aliases.append(set(line.split()[1].split(",")))
        elif line.startswith("SFX "):
            p = line.split()
            if len(p) >= 5:
                rules[p[1]].append((p[2], p[3].split("/")[0], p[4]))

NOUN_PARTICLE_FLAGS = ["530", "532", "537", "540", "541", "630", "631"]

# ---- ko.dic: nouns and the verb classes used for derivations ----
nouns = {}          # word -> value
verb_alias = {}     # verb -> set of flags
with open(KO_DIC, encoding="utf-8") as f:
    next(f)
    for line in f:
        w, _, fl = line.rstrip("\n").partition("/")
        w = nfc(w)
        flags = set()
        for a in fl.split(","):
            if a:
                flags |= aliases[int(a)]
        if "15" in flags or "1" in flags:   # FORBIDDENWORD, ONLYINCOMPOUND (inflected
            continue                         # verb forms such as 가감해, not nouns)
        if ("630" in flags or "540" in flags) and hangul_only(w) and len(w) <= MAX_NOUN:
            nouns[w] = nouns.get(w, 0) | KL_NOUN
        elif w.endswith("다"):
            verb_alias.setdefault(w, set()).update(flags)

# The root of a 하다/되다/시키다 verb is a noun even when ko.dic lists only
# the verb (활용하다 -> 활용), so 활용해 is analysed as 활용 + 해.
for v in list(verb_alias):
    for d in ("하다", "되다", "시키다"):
        root = v[: -len(d)]
        if v.endswith(d) and len(root) >= 2 and hangul_only(root) and root not in nouns:
            nouns[root] = KL_NOUN

# Curated field terms (with optional explicit split) and affixes.
for term in data_lines("korean_field_terms.txt"):
    parts = term.split("+")
    word = "".join(parts)
    mask, at = 0, 0
    for p in parts[:-1]:
        at += len(p)
        mask |= 1 << (at - 1)
    for p in parts:
        nouns[p] = nouns.get(p, 0) | KL_FIELD
    nouns[word] = (nouns.get(word, 0) & ((1 << SPLIT_SHIFT) - 1)) | KL_FIELD | (mask << SPLIT_SHIFT)
derivational = set()
sino_final = set()
for line in data_lines("korean_affixes.txt"):
    kind, form = line.split()
    if kind == "sino":
        sino_final.add(form)
        continue
    nouns[form] = nouns.get(form, 0) | (KL_PREFIX if kind == "prefix" else KL_SUFFIX)
    if kind == "suffix":
        derivational.add(form)
# Numerals and counters: a number written in Hangul is split from its counter
# (천원 -> 천 원) when the lexicon does not know the word.
KINDS = {("numeral", "sino"): KL_NUM_SINO, ("numeral", "native"): KL_NUM_NATIVE,
         ("numeral", "both"): KL_NUM_SINO | KL_NUM_NATIVE, ("counter", "sino"): KL_COUNTER_SINO,
         ("counter", "native"): KL_COUNTER_NATIVE, ("counter", "both"): KL_COUNTER_SINO | KL_COUNTER_NATIVE}
for line in data_lines("korean_numerals.txt"):
    what, form, kind = line.split()
    nouns[form] = nouns.get(form, 0) | KINDS[(what, kind)]
# ko.dic lists some derivations (발전적, 산업화) as nouns of their own; they
# are analysed instead (발전 + 적), so that 발전 finds them.
for w in [w for w, v in nouns.items() if v == KL_NOUN and len(w) >= 3 and w[-1] in derivational
          and nouns.get(w[:-1], 0) & KL_NOUN]:
    del nouns[w]

# ---- suffixes: noun particles and copula forms from ko.aff ----
suffixes = {}


def add_suffix(form, bits):
    if hangul_only(form) and len(form) <= MAX_SUFFIX:
        suffixes[form] = suffixes.get(form, 0) | bits


VOWELS = set(chr(c) for c in range(0x1161, 0x1176))
CODAS = set(chr(c) for c in range(0x11A8, 0x11C3))
for flag in NOUN_PARTICLE_FLAGS:
    for strip, add, cond in rules[flag]:
        if strip != "0" or add[0] in CODAS:    # contractions into the noun's last syllable
            continue
        if cond == ".":
            bits = KL_AFTER_ANY
        elif cond.startswith("[") and cond.endswith("]") and not cond.startswith("[^"):
            # the set of letters the noun may end with: vowels (no final
            # consonant), ㄹ (로 follows 길 as it follows 바다), other finals
            chars = set(cond[1:-1])
            bits = ((KL_AFTER_VOWEL if chars & VOWELS else 0)
                    | (KL_AFTER_RIEUL if "\u11af" in chars else 0)
                    | (KL_AFTER_CODA if chars & (CODAS - {"\u11af"}) else 0))
            if not bits:
                continue
        else:                                  # rules for one pronoun (누구, 거)
            continue
        add_suffix(nfc(add), bits | KL_PARTICLE)

# Derivations: every inflected form of 하다, 되다, 시키다 ... glued to a noun
# (발전하는, 발전된, 발전시킨) is a suffix of that noun. The forms come from
# running ko.aff's rules forwards on the derivational verb with the affix
# classes ko.dic gives it.
DERIV_VERBS = {"하다": "하다", "되다": "되다", "시키다": "시키다", "받다": "받다",
               "당하다": "당하다", "스럽다": "효성스럽다", "롭다": "흥미롭다", "답다": "정답다",
               "없다": "없다", "있다": "있다", "같다": "같다"}
# Nominalised forms (발전하기, 발전함) take noun particles: 발전하기보다는.
NOMINALISED = ["하기", "함", "되기", "됨", "시키기", "시킴", "받기", "받음", "당하기", "당함",
               "있음", "없음", "있기", "없기"]


def inflect(word, flags):
    w = unicodedata.normalize("NFD", word)
    out = set()
    for flag in flags:
        for strip, add, cond in rules.get(flag, ()):
            s = "" if strip == "0" else strip
            if not w.endswith(s):
                continue
            if cond != "." and not re.search("(?:" + cond + ")$", w):
                continue
            out.add(nfc(w[: len(w) - len(s)] + ("" if add == "0" else add)))
    return out


particles = dict(suffixes)
for verb, source in DERIV_VERBS.items():
    for form in inflect(verb, verb_alias.get(source, set())) | {verb}:
        add_suffix(form, KL_AFTER_ANY | KL_DERIV)
for nom in NOMINALISED:
    coda = KL_AFTER_CODA if has_coda(nom[-1]) else KL_AFTER_VOWEL
    for form, bits in particles.items():
        if bits & coda:
            add_suffix(nom + form, KL_AFTER_ANY | KL_DERIV)

for form in data_lines("korean_particles.txt"):
    add_suffix(form, KL_COMMON)
    if form in suffixes and not suffixes[form] & KL_AFTER_ANY:
        suffixes[form] |= KL_AFTER_ANY

# ---- hanja.txt: word readings and character readings ----
word_reading = {}
hanja_nouns = set()
char_readings = collections.defaultdict(list)
with open(HANJA, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split(":")
        if len(p) < 2:
            continue
        hangul, hanja = nfc(p[0]), nfc(p[1])
        if len(hanja) != len(hangul) or not hangul_only(hangul):
            continue
        if len(hanja) == 1:
            if hangul not in char_readings[hanja]:
                char_readings[hanja].append(hangul)
        else:
            if len(hanja) <= 4 and hanja not in word_reading:
                word_reading[hanja] = hangul
            if len(hangul) <= MAX_NOUN:
                hanja_nouns.add(hangul)

# A character's reading is the one its words use most often away from the
# word start (word starts follow the initial-sound rule: 羅列 is 나열, 新羅 is
# 신라), so 羅 reads 라 and the analyzer applies the rule itself.
uses = collections.Counter()
for hanja, hangul in word_reading.items():
    for i, (h, g) in enumerate(zip(hanja, hangul)):
        uses[(h, g, i == 0)] += 1
char_reading = {}
for h, rs in char_readings.items():
    char_reading[h] = max(rs, key=lambda g: (uses[(h, g, False)], uses[(h, g, True)], -rs.index(g)))

# ko.dic lists many compounds whose first part it lacks (세무조사, 상임위원회):
# a two-syllable start of a ko.dic noun that is the reading of a Hanja word
# and is followed by a ko.dic noun is a Sino-Korean noun of its own (세무,
# 상임), so the compound is split like any other.
for w in [w for w, v in nouns.items() if v & KL_NOUN and len(w) >= 4]:
    a, b = w[:2], w[2:]
    if a in hanja_nouns and nouns.get(b, 0) & KL_NOUN and not nouns.get(a, 0):
        nouns[a] = KL_NOUN

# Sino-Korean words of 3+ syllables that ko.dic lacks: the Hangul readings
# of hanja.txt's words (음악원, 안전부, 기획실 ...) that end in one of the
# Sino-Korean morphemes that lexicalise with the noun before them ("sino"
# lines of data/korean_affixes.txt: 院, 部, 室 ...), so that they stay one
# part as in the Sejong analysis, while 보호법 is still 보호 + 법. Two-syllable readings are left out: too many of
# them are a one-syllable noun plus a particle (등이, 일은). The splitter
# prices them above ko.dic's nouns (korean.c, COST_HANJA). Derivations
# with a productive suffix (산업화) are analysed instead, as for ko.dic.
# They have a table of their own (kl_sino), so that kl_nouns, looked up for
# every span, stays small enough for the CPU caches.
sino = {}
for w in hanja_nouns:
    if w[-1] not in sino_final or not 3 <= len(w) <= MAX_SINO or w in nouns or (w[-1] in derivational and nouns.get(w[:-1], 0) & KL_NOUN):
        continue
    sino[w] = KL_HANJA

# ---- emit C ----
units = []
unit_at = {}


def intern(s):
    if s in unit_at:
        return unit_at[s]
    at = len(units)
    units.extend(ord(c) for c in s)
    unit_at[s] = at
    return at


def fnv(s):
    h = 2166136261
    for c in s:
        h = ((h ^ ord(c)) * 16777619) & 0xFFFFFFFF
    return h


def table(name, items):
    """items: [(key, value)] -> C text for a kl_table called name."""
    size = 1
    while size < 2 * len(items):
        size *= 2
    slots = [0] * size
    offs, lens, vals = [], [], []
    for i, (key, val) in enumerate(items):
        offs.append(intern(key))
        lens.append(len(key))
        vals.append(val)
        h = fnv(key) & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        slots[h] = i + 1
    return (f"static const uint32_t {name}_slots[{size}] = {{{','.join(map(str, slots))}}};\n"
            f"static const uint32_t {name}_off[{len(offs)}] = {{{','.join(map(str, offs))}}};\n"
            f"static const uint8_t {name}_len[{len(lens)}] = {{{','.join(map(str, lens))}}};\n"
            f"static const uint32_t {name}_val[{len(vals)}] = {{{','.join(map(str, vals))}}};\n"
            f"const kl_table {name} = {{{name}_slots, {size - 1}u, {name}_off, {name}_len, {name}_val, {len(items)}u}};\n")


hanja_items = [(k, intern(v)) for k, v in sorted(word_reading.items())]
parts = [
    table("kl_nouns", sorted(nouns.items())),
    table("kl_sino", sorted(sino.items())),
    table("kl_suffixes", sorted(suffixes.items())),
    table("kl_hanja_words", hanja_items),
]
chars = sorted((ord(h), ord(g)) for h, g in char_reading.items())

# Latin letters with diacritics fold to their ASCII base letter, lower case
# (Württemberg -> wurttemberg); 0 marks a code point that is not a letter.
SPECIAL = {"ß": "s", "æ": "a", "Æ": "a", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l",
           "Ł": "l", "œ": "o", "Œ": "o", "ı": "i", "ħ": "h", "Ħ": "h", "þ": "t", "Þ": "t"}


def fold(cp):
    c = chr(cp)
    if c in SPECIAL:
        return ord(SPECIAL[c])
    base = unicodedata.normalize("NFD", c)[0].lower()
    return ord(base) if "a" <= base <= "z" else 0


latin = [fold(cp) for cp in range(0xC0, 0x250)] + [fold(cp) for cp in range(0x1E00, 0x1F00)]
with open(OUT, "w", encoding="utf-8") as f:
    f.write("/* Generated by ext/korean/gen_lexicon.py from hunspell-ko (ko.dic, ko.aff),\n"
            "** libhangul-data (hanja.txt) and data/korean_*.txt. Do not edit. */\n"
            "#include \"korean/lexicon.h\"\n\n")
    f.write(f"const uint32_t kl_units[{len(units)}] = {{{','.join(map(str, units))}}};\n")
    for p in parts:
        f.write(p)
    f.write(f"const uint32_t kl_hanja_chars[{len(chars)}][2] = {{"
            + ",".join(f"{{{a},{b}}}" for a, b in chars) + "};\n")
    f.write(f"const uint32_t kl_hanja_chars_count = {len(chars)}u;\n")
    f.write(f"const unsigned char kl_latin_fold[{len(latin)}] = {{{','.join(map(str, latin))}}};\n")
print(f"gen_lexicon: {len(nouns)} nouns, {len(sino)} Sino-Korean words, {len(suffixes)} suffixes, "
      f"{len(word_reading)} hanja words, {len(chars)} hanja characters", file=sys.stderr)

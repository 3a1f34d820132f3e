-- The taggers read NFD text (macOS file names, some PDFs) as its NFC; start and
-- end are byte offsets into the text as given, and matched is that text.
-- 독일과 일본 in conjoining jamo (U+1100...), Baden-Württemberg with u + U+0308:
CREATE TEMP TABLE t AS SELECT
  char(0x1103,0x1169,0x11A8,0x110B,0x1175,0x11AF,0x1100,0x116A) || ' ' || char(0x110B,0x1175,0x11AF,0x1107,0x1169,0x11AB)
  || '의 ' || char(0x1112,0x1167,0x11A8,0x1109,0x1175,0x11AB,0x110F,0x1173,0x11AF,0x1105,0x1165,0x1109,0x1173,0x1110,0x1165)
  || ', Baden-Wu' || char(0x0308) || 'rttemberg' AS x;
SELECT 'bytes of the NFD text and of its NFC', length(CAST(x AS BLOB)), length(CAST('독일과 일본의 혁신클러스터, Baden-Württemberg' AS BLOB)) FROM t;
SELECT countries(x), keywords(x) FROM t;
SELECT code, matched, start, end, length(CAST(matched AS BLOB)) = end - start FROM t, country_tags(t.x);
SELECT concept, matched, start, end FROM t, keyword_tags(t.x);
-- The same text in NFC gives the same tags (other offsets).
SELECT code, matched, start, end FROM country_tags('독일과 일본의 혁신클러스터, Baden-Württemberg');

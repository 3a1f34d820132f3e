-- sql/search.sql: searches a researcher runs over the library's titles and
-- abstracts, through the Korean-aware index sql/library.sql builds (records_fts).
-- Plain SQL, no dot-command: each statement ends with ';' at the end of a line,
-- so a binding can run it statement by statement and read the rows.
--
--   sqlite3 -cmd '.load kolit' library.db < sql/search.sql
--   sqlite3 -cmd '.load kolit' \
--     -cmd "CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value); INSERT INTO kolit_args VALUES ('q', '독일 클러스터정책')" \
--     library.db < sql/search.sql
--   Python: fill kolit_args the same way with a bound parameter, then run each
--   statement (sqlite3.complete_statement tells where one ends) and fetch its rows.
--
-- q (in the temp table kolit_args; default 클러스터정책) is what a person types:
-- korean_query() turns it into a MATCH expression, so particles, compounds and
-- spacing do not matter. Matches are marked with [ ] by highlight() and snippet();
-- best matches (bm25) first. One row per work (one paper, however many records of
-- it the library holds, docs/works.md): its best matching record. A line starting
-- with == names the search below it.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR IGNORE INTO temp.kolit_args(name, value) VALUES ('q', '클러스터정책');

SELECT '== What you typed, in titles and abstracts';
SELECT value AS typed, korean_query(value) AS match_expression FROM temp.kolit_args WHERE name = 'q';
SELECT r.year, highlight(records_fts, 0, '[', ']') AS title,
       snippet(records_fts, 1, '[', ']', '…', 6) AS abstract
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH korean_query((SELECT value FROM temp.kolit_args WHERE name = 'q'))
  AND r.record_id IN (SELECT record_id FROM (SELECT b.record_id,
    row_number() OVER (PARTITION BY b.work_id ORDER BY f.rank, b.record_id) AS k
    FROM records_fts AS f JOIN records AS b ON b.record_id = f.rowid WHERE records_fts MATCH korean_query((SELECT value FROM temp.kolit_args WHERE name = 'q'))) WHERE k = 1) ORDER BY rank, r.record_id;

SELECT '== 혁신 (innovation) in titles: 지역혁신과 and 혁신클러스터 are found';
SELECT r.year, highlight(records_fts, 0, '[', ']') AS title
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH 'title : 혁신'
  AND r.record_id IN (SELECT record_id FROM (SELECT b.record_id,
    row_number() OVER (PARTITION BY b.work_id ORDER BY f.rank, b.record_id) AS k
    FROM records_fts AS f JOIN records AS b ON b.record_id = f.rowid WHERE records_fts MATCH 'title : 혁신') WHERE k = 1) ORDER BY rank, r.record_id;

SELECT '== German cluster policy, written in Korean or in English (porter: clusters = cluster)';
SELECT r.year, r.authors, highlight(records_fts, 0, '[', ']') AS title
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH 'title : ((독일 OR germany OR german) AND (클러스터 OR cluster))'
  AND r.record_id IN (SELECT record_id FROM (SELECT b.record_id,
    row_number() OVER (PARTITION BY b.work_id ORDER BY f.rank, b.record_id) AS k
    FROM records_fts AS f JOIN records AS b ON b.record_id = f.rowid WHERE records_fts MATCH 'title : ((독일 OR germany OR german) AND (클러스터 OR cluster))') WHERE k = 1)
ORDER BY r.year, r.record_id;

SELECT '== 지역산업 (regional industry) in abstracts, with the passage around it';
SELECT r.year, snippet(records_fts, 1, '[', ']', '…', 8) AS passage
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH 'abstract : 지역산업'
  AND r.record_id IN (SELECT record_id FROM (SELECT b.record_id,
    row_number() OVER (PARTITION BY b.work_id ORDER BY f.rank, b.record_id) AS k
    FROM records_fts AS f JOIN records AS b ON b.record_id = f.rowid WHERE records_fts MATCH 'abstract : 지역산업') WHERE k = 1) ORDER BY rank, r.record_id;

SELECT '== How many works each term finds (unicode61 would find 클러스터 only where it stands alone)';
WITH terms(term) AS (VALUES ('클러스터'), ('정책'), ('혁신'), ('지역산업'), ('산업클러스터'), ('policy'))
SELECT term, (SELECT count(DISTINCT r.work_id) FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
              WHERE records_fts MATCH term) AS works
FROM terms;

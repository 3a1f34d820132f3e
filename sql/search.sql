-- sql/search.sql: searches a researcher runs over the library's titles and
-- abstracts, through the Korean-aware index sql/library.sql builds (records_fts).
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/search.sql
--   sqlite3 -cmd '.load ./build/kolit' -cmd ".parameter set @q '독일 클러스터정책'" library.db < sql/search.sql
--
-- @q is what a person types (default 클러스터정책): korean_query() turns it into a
-- MATCH expression, so particles, compounds and spacing do not matter. Matches are
-- marked with [ ] by highlight() and snippet(); best matches (bm25) first.
.parameter init
INSERT OR IGNORE INTO temp.sqlite_parameters(key, value) VALUES ('@q', '클러스터정책');
.headers on
.mode list
.separator ' | '

.print '== What you typed, in titles and abstracts'
SELECT @q AS typed, korean_query(@q) AS match_expression;
SELECT r.year, highlight(records_fts, 0, '[', ']') AS title,
       snippet(records_fts, 1, '[', ']', '…', 6) AS abstract
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH korean_query(@q) ORDER BY rank, r.record_id;

.print ''
.print '== 혁신 (innovation) in titles: 지역혁신과 and 혁신클러스터 are found'
SELECT r.year, highlight(records_fts, 0, '[', ']') AS title
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH 'title : 혁신' ORDER BY rank, r.record_id;

.print ''
.print '== German cluster policy, written in Korean or in English (porter: clusters = cluster)'
SELECT r.year, r.authors, highlight(records_fts, 0, '[', ']') AS title
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH 'title : ((독일 OR germany OR german) AND (클러스터 OR cluster))'
ORDER BY r.year, r.record_id;

.print ''
.print '== 지역산업 (regional industry) in abstracts, with the passage around it'
SELECT r.year, snippet(records_fts, 1, '[', ']', '…', 8) AS passage
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid
WHERE records_fts MATCH 'abstract : 지역산업' ORDER BY rank, r.record_id;

.print ''
.print '== How many records each term finds (unicode61 would find 클러스터 only where it stands alone)'
WITH terms(term) AS (VALUES ('클러스터'), ('정책'), ('혁신'), ('지역산업'), ('산업클러스터'), ('policy'))
SELECT term, (SELECT count(*) FROM records_fts WHERE records_fts MATCH term) AS records
FROM terms;

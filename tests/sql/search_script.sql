-- sql/library.sql builds records_fts (tokenize='porter korean') over titles and
-- abstracts; sql/search.sql runs a researcher's searches over it. The index stays
-- consistent when the library is refreshed (the triggers of records_fts).
.read sql/library.sql
.separator ' | '
.read sql/search.sql
INSERT OR REPLACE INTO temp.kolit_args VALUES ('q', '독일의 클러스터 policies');
.read sql/search.sql
.read sql/library.sql
.separator |
INSERT INTO records_fts(records_fts) VALUES ('integrity-check');
SELECT 'indexed records', count(*) FROM records_fts;
SELECT 'after refresh', count(*) FROM records_fts WHERE records_fts MATCH '클러스터정책';
-- Both abstracts and the keywords are indexed: the pages of tests/fixtures give
-- Korean and English abstracts; keywords come from citation files, so one is set here.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/fixtures');
.read sql/library.sql
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'seeds');
SELECT 'abstract_ko', group_concat(hit, ', ') FROM (
  SELECT r.ordinal || ' ' || substr(d.path, length(lit_source('tests/fixtures')) + 2) AS hit
  FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid JOIN documents AS d USING (doc_id)
  WHERE records_fts MATCH 'abstract_ko : 클러스터' ORDER BY d.path, r.ordinal);
SELECT 'abstract_foreign', group_concat(hit, ', ') FROM (
  SELECT r.ordinal || ' ' || substr(d.path, length(lit_source('tests/fixtures')) + 2) AS hit
  FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid JOIN documents AS d USING (doc_id)
  WHERE records_fts MATCH 'abstract_foreign : network' ORDER BY d.path, r.ordinal);
UPDATE records SET keywords = '["산업클러스터","smart specialization"]'
WHERE doc_id = (SELECT doc_id FROM documents WHERE path = lit_source('tests/fixtures/ksa_english.txt'));
INSERT INTO records_fts(records_fts) VALUES ('rebuild');
SELECT 'keywords', substr(d.path, length(lit_source('tests/fixtures')) + 2), highlight(records_fts, 4, '[', ']')
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid JOIN documents AS d USING (doc_id)
WHERE records_fts MATCH korean_query('클러스터') AND records_fts MATCH 'keywords : specialization';
INSERT INTO records_fts(records_fts) VALUES ('integrity-check');

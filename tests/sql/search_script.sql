-- sql/library.sql builds records_fts (tokenize='porter korean') over titles and
-- abstracts; sql/search.sql runs a researcher's searches over it. The index stays
-- consistent when the library is refreshed.
.read sql/library.sql
.read sql/search.sql
.parameter set @q '독일의 클러스터 policies'
.read sql/search.sql
.read sql/library.sql
.mode list
.separator |
.headers off
INSERT INTO records_fts(records_fts) VALUES ('integrity-check');
SELECT 'indexed records', count(*) FROM records_fts;
SELECT 'after refresh', count(*) FROM records_fts WHERE records_fts MATCH '클러스터정책';
-- Both abstracts and the keywords are indexed: the pages of tests/fixtures give
-- Korean and English abstracts; keywords come from citation files, so one is set here.
.parameter set @source 'tests/fixtures'
.read sql/library.sql
.parameter set @source 'seeds'
SELECT 'abstract_ko', group_concat(hit, ', ') FROM (
  SELECT r.ordinal || ' ' || substr(d.path, 16) AS hit
  FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid JOIN documents AS d USING (doc_id)
  WHERE records_fts MATCH 'abstract_ko : 클러스터' ORDER BY d.path, r.ordinal);
SELECT 'abstract_foreign', group_concat(hit, ', ') FROM (
  SELECT r.ordinal || ' ' || substr(d.path, 16) AS hit
  FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid JOIN documents AS d USING (doc_id)
  WHERE records_fts MATCH 'abstract_foreign : network' ORDER BY d.path, r.ordinal);
UPDATE records SET keywords = '["산업클러스터","smart specialization"]'
WHERE doc_id = (SELECT doc_id FROM documents WHERE path = 'tests/fixtures/ksa_english.txt');
INSERT INTO records_fts(records_fts) VALUES ('rebuild');
SELECT 'keywords', substr(d.path, 16), highlight(records_fts, 4, '[', ']')
FROM records_fts JOIN records AS r ON r.record_id = records_fts.rowid JOIN documents AS d USING (doc_id)
WHERE records_fts MATCH korean_query('클러스터') AND records_fts MATCH 'keywords : specialization';
INSERT INTO records_fts(records_fts) VALUES ('integrity-check');

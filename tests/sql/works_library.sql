-- The works of library.sql over a small library (tests/works/library: one paper in two pages,
-- the same author's later paper, two book reviews titled 서평): the works, each
-- record's work, the merges with their evidence; a user's decision that survives
-- a refresh of the source; a second run changes nothing.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/library');
.read sql/library.sql
.mode list
.headers on
-- paths are stored real (lit_source): shown from the repository
CREATE TEMP VIEW here(n) AS SELECT length(lit_source('.')) + 2;
SELECT work_id, record_count, title_ko, title_ko_from, title_foreign, title_foreign_from, year, authors_from,
       authors ->> '$[0].name' AS first_author, json_array_length(authors) AS author_count
FROM works ORDER BY work_id;
SELECT r.record_id, substr(d.path, (SELECT n FROM here)) AS path, r.ordinal, r.work_id FROM records AS r JOIN documents AS d USING(doc_id)
ORDER BY r.record_id;
SELECT work_id, evidence, substr(path_a, (SELECT n FROM here)) AS path_a, record_a,
       substr(path_b, (SELECT n FROM here)) AS path_b, record_b FROM merges;
SELECT count(*) AS records, (SELECT count(*) FROM works) AS works FROM records;
-- The user says the two copies are different papers, by record id.
INSERT INTO work_decision_by_id(record_a, record_b, decision, note) VALUES (4, 1, 'different', 'checked the PDFs');
SELECT substr(path_a, (SELECT n FROM here)) AS path_a, ordinal_a, substr(path_b, (SELECT n FROM here)) AS path_b,
       ordinal_b, decision, note FROM work_decisions;
-- Refresh: the pages' records are deleted and read again, then the works.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/library');
.read sql/library.sql
SELECT min(record_id) AS first_record_id FROM records;
SELECT count(*) AS works FROM works;
SELECT count(*) AS merges FROM merges;
-- The user withdraws the decision and says the two reviews are one.
DELETE FROM work_decisions;
INSERT INTO work_decision_by_id(record_a, record_b, decision)
SELECT min(record_id), max(record_id), 'same' FROM records WHERE title = '서평';
.read sql/library.sql
SELECT work_id, evidence, year_a, title_a, year_b, title_b FROM merges ORDER BY work_id;
CREATE TEMP TABLE first_works AS SELECT * FROM works;
.read sql/library.sql
SELECT 'changed rows after a second run', (SELECT count(*) FROM (SELECT * FROM works EXCEPT SELECT * FROM first_works));
-- Decisions about records that do not exist are refused.
.bail off
INSERT INTO work_decision_by_id(record_a, record_b, decision) VALUES (1, 99, 'same');
INSERT INTO work_decision_by_id(record_a, record_b, decision) VALUES (1, 1, 'same');

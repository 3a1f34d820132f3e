-- sql/library.sql builds the library from seeds/; running it again gives the
-- same database; sql/report.sql prints the report over it.
.read sql/library.sql
CREATE TEMP TABLE first_documents AS SELECT * FROM documents;
CREATE TEMP TABLE first_records AS SELECT * FROM records;
CREATE TEMP TABLE first_authors AS SELECT * FROM authors;
.read sql/library.sql
.mode list
.headers off
SELECT 'documents', count(*) FROM documents;
SELECT 'records', count(*) FROM records;
SELECT 'authors', count(*) FROM authors;
SELECT 'changed rows after a second run',
  (SELECT count(*) FROM (SELECT * FROM documents EXCEPT SELECT * FROM first_documents))
+ (SELECT count(*) FROM (SELECT * FROM first_documents EXCEPT SELECT * FROM documents))
+ (SELECT count(*) FROM (SELECT * FROM records EXCEPT SELECT * FROM first_records))
+ (SELECT count(*) FROM (SELECT * FROM first_records EXCEPT SELECT * FROM records))
+ (SELECT count(*) FROM (SELECT * FROM authors EXCEPT SELECT * FROM first_authors))
+ (SELECT count(*) FROM (SELECT * FROM first_authors EXCEPT SELECT * FROM authors));
-- Keys hold: every author belongs to a record of a document, ordinals are 1..n.
SELECT 'orphans', (SELECT count(*) FROM authors WHERE record_id NOT IN (SELECT record_id FROM records))
               + (SELECT count(*) FROM records WHERE doc_id NOT IN (SELECT doc_id FROM documents));
SELECT 'ordinal gaps', count(*) FROM documents AS d
WHERE d.record_count <> (SELECT count(*) FROM records AS r WHERE r.doc_id = d.doc_id)
   OR d.record_count <> coalesce((SELECT max(ordinal) FROM records AS r WHERE r.doc_id = d.doc_id), 0);
-- Another source is added beside seeds/, then refreshed alone.
INSERT OR REPLACE INTO temp.kolit_args VALUES ('source', 'seeds/000_aa1e9265ac47af7f.txt');
.read sql/library.sql
-- Sources and paths are real paths: shown here relative to the working directory.
SELECT replace(source, lit_source('.'), '.'), count(*) FROM documents GROUP BY source ORDER BY source;
INSERT OR REPLACE INTO temp.kolit_args VALUES ('source', 'seeds');
.read sql/report.sql
-- The ranking counts an abstract's words once: a record whose reader also gave the
-- abstract as abstract_ko does not outrank the same abstract given once (with the
-- words counted twice it did; bm25 still counts the longer row's length).
INSERT INTO records(record_id, doc_id, ordinal, title, abstract, abstract_ko, author_count, has_pdf, partial)
VALUES (9001, (SELECT min(doc_id) FROM documents), 9001, 'a', '판교 클러스터의 혁신 네트워크', '판교 클러스터의 혁신 네트워크', 0, 0, 0),
       (9002, (SELECT min(doc_id) FROM documents), 9002, 'a', '판교 클러스터의 혁신 네트워크', NULL, 0, 0, 0);
INSERT INTO records_fts(rowid, title, abstract, abstract_ko, abstract_foreign, keywords)
SELECT record_id, title, abstract, abstract_ko, abstract_foreign, keywords FROM records WHERE record_id IN (9001, 9002);
.separator '|'
SELECT 'ranked first', rowid FROM records_fts WHERE records_fts MATCH '판교' AND rowid IN (9001, 9002)
ORDER BY rank LIMIT 1;

-- The matcher on a folder of saved pages and citation files (tests/works/set:
-- one or more files of every format kolit reads: KIET pages of both sites,
-- a KoreaScience result list and article pages, KCI article pages and issue
-- lists, pages with citation meta tags, a RISS .xls export, a CSV of the
-- user's own, RIS, BibTeX (KCI's twins among them) and CSL-JSON) built with
-- library.sql, against the labelled pairs of tests/works/set_pairs.csv (file
-- and ordinal of each record, same or different, why): every pair, then
-- pairwise precision and recall.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/set');
.read sql/library.sql
.import --csv tests/works/set_pairs.csv set_pairs
.mode list
.headers on
CREATE TEMP VIEW judged AS
SELECT p.file_a, p.ordinal_a, p.file_b, p.ordinal_b, p.label,
       CASE WHEN ra.work_id = rb.work_id THEN 'same' ELSE 'different' END AS kolit, p.note
FROM set_pairs AS p
JOIN documents AS da ON da.path LIKE '%/tests/works/set/' || p.file_a
JOIN records AS ra ON ra.doc_id = da.doc_id AND ra.ordinal = p.ordinal_a
JOIN documents AS db ON db.path LIKE '%/tests/works/set/' || p.file_b
JOIN records AS rb ON rb.doc_id = db.doc_id AND rb.ordinal = p.ordinal_b;
SELECT * FROM judged;
SELECT (SELECT count(*) FROM set_pairs) AS pairs_labelled, count(*) AS pairs_found,
       sum(label = 'same') AS same, sum(label = 'different') AS different,
       printf('%.3f', 1.0 * sum(label = 'same' AND kolit = 'same') / sum(kolit = 'same')) AS precision,
       printf('%.3f', 1.0 * sum(label = 'same' AND kolit = 'same') / sum(label = 'same')) AS recall
FROM judged;
SELECT (SELECT count(*) FROM records) AS records, (SELECT count(*) FROM works) AS works,
       (SELECT count(*) FROM work_versions) AS versions;
-- The export: one entry per work, with both titles (the RIS TI and TT lines).
.headers off
.parameter set @prefix '/tmp/kolit-test-works-set'
.read sql/export.sql
SELECT value FROM json_each('["' || replace(replace(CAST(readfile('/tmp/kolit-test-works-set.ris') AS TEXT), '"', ''), char(10), '","') || '"]')
WHERE value GLOB 'TI  - *' OR value GLOB 'TT  - *' OR value GLOB 'TY  - *';
.system rm -f /tmp/kolit-test-works-set.ris /tmp/kolit-test-works-set.bib /tmp/kolit-test-works-set.json
-- A search gives one row per work: 판교 is in 7 records of 3 papers.
.separator ' | '
INSERT OR REPLACE INTO temp.kolit_args VALUES ('q', '판교');
.read sql/search.sql
-- The report counts works: the records read, the duplicates merged, the works; and a
-- section drawn from work_keywords (the union of the records' concepts).
.read sql/report_views.sql
.separator '|'
SELECT item, value FROM report_main_information;
SELECT concept, records FROM (SELECT concept, count(*) AS records FROM report_work_concepts GROUP BY concept)
ORDER BY records DESC, concept LIMIT 5;
SELECT 'records tagged cluster' AS check_, count(*) FROM record_keywords WHERE concept = 'cluster';

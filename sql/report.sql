-- sql/report.sql: the main report over a library built by sql/library.sql.
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/report.sql   (country names come from kolit)
.headers on
.mode column --wrap 0

.print '== Library'
SELECT (SELECT count(*) FROM documents) AS documents,
       (SELECT count(*) FROM records) AS records,
       (SELECT count(*) FROM authors) AS authors,
       (SELECT count(*) FROM records WHERE partial) AS partial_records,
       (SELECT count(*) FROM documents WHERE error IS NOT NULL) AS documents_with_errors;

.print ''
.print '== Records per year'
SELECT coalesce(year, '(none)') AS year, count(*) AS records
FROM records GROUP BY year ORDER BY year IS NULL, year;

.print ''
.print '== Records per journal or series'
SELECT coalesce(journal, '(none)') AS journal_or_series, count(*) AS records,
       min(year) AS first_year, max(year) AS last_year
FROM records GROUP BY journal ORDER BY records DESC, journal;

.print ''
.print '== Records per source document'
WITH here(dir) AS (SELECT lit_source('.') || '/')  -- paths are shown from where you stand
SELECT CASE WHEN substr(d.path, 1, length(here.dir)) = here.dir THEN substr(d.path, length(here.dir) + 1)
            ELSE d.path END AS path,
       d.format, d.encoding, count(r.record_id) AS records, coalesce(d.error, '') AS error
FROM here, documents AS d LEFT JOIN records AS r USING (doc_id)
GROUP BY d.doc_id ORDER BY d.path;

.print ''
.print '== Countries studied (records mentioning each; in the title)'
SELECT c.code, country_name(c.code) AS country, country_name(c.code, 'ko') AS 국가,
       count(*) AS records, sum(c.in_title) AS in_title, min(r.year) AS first_year, max(r.year) AS last_year
FROM record_countries AS c JOIN records AS r USING (record_id)
GROUP BY c.code ORDER BY records DESC, c.code;

.print ''
.print '== Countries by year (records)'
SELECT coalesce(r.year, '(none)') AS year, group_concat(c.code || ' ' || c.n, ', ') AS countries
FROM (SELECT r.year, c.code, count(*) AS n
      FROM record_countries AS c JOIN records AS r USING (record_id)
      GROUP BY r.year, c.code ORDER BY r.year, n DESC, c.code) AS c
JOIN (SELECT DISTINCT year FROM records) AS r ON r.year IS c.year
GROUP BY r.year ORDER BY r.year IS NULL, r.year;

.print ''
.print '== Keywords by year (records; the 12 concepts found in most records)'
WITH top AS (SELECT concept FROM record_keywords GROUP BY concept
             ORDER BY count(*) DESC, concept LIMIT 12)
SELECT coalesce(r.year, '(none)') AS year, group_concat(k.concept || ' ' || k.n, ', ') AS keywords
FROM (SELECT r.year, k.concept, count(*) AS n
      FROM record_keywords AS k JOIN records AS r USING (record_id)
      WHERE k.concept IN (SELECT concept FROM top)
      GROUP BY r.year, k.concept ORDER BY r.year, n DESC, k.concept) AS k
JOIN (SELECT DISTINCT year FROM records) AS r ON r.year IS k.year
GROUP BY r.year ORDER BY r.year IS NULL, r.year;

.print ''
.print '== Country x keyword (records mentioning both; concepts in 2 or more records of the country)'
SELECT c.code, k.concept, count(*) AS records
FROM record_countries AS c JOIN record_keywords AS k USING (record_id)
GROUP BY c.code, k.concept HAVING count(*) >= 2
ORDER BY c.code, records DESC, k.concept;

-- sql/report.sql: the main report over a library built by sql/library.sql.
--
--   sqlite3 library.db < sql/report.sql
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
SELECT d.path, d.format, d.encoding, count(r.record_id) AS records,
       coalesce(d.error, '') AS error
FROM documents AS d LEFT JOIN records AS r USING (doc_id)
GROUP BY d.doc_id ORDER BY d.path;

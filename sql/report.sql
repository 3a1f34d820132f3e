-- sql/report.sql: the main report over a library built by sql/library.sql, as text.
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/report.sql   (from kolit's folder)
--
-- Columns line up in a terminal with Hangul in them: every cell is padded to its
-- width in terminal columns by display_pad() (the shell's own column mode counts
-- characters, and a Hangul syllable takes two columns), and counts have a bar().
-- The sections are views of sql/report_views.sql; sql/report_html.sql draws them.
.read sql/report_views.sql
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
.headers off
.mode list
.separator ''

.print '== Library'
SELECT display_pad(item, 48) || '  ' || value FROM report_main_information;
SELECT display_pad('Partial records (cut-off pages)', 48) || '  ' || count(*) FROM records WHERE partial;
SELECT display_pad('Documents with errors', 48) || '  ' || count(*) FROM documents WHERE error IS NOT NULL;

.print ''
.print '== Records per year'
SELECT 'year    records';
SELECT '------  -------';
SELECT display_pad(year, 6) || '  ' || display_pad(records, 7, 'right') || '  '
       || bar(records, 0, (SELECT max(records) FROM report_annual_production), 30)
FROM report_annual_production;
SELECT display_pad('(none)', 6) || '  ' || display_pad(count(*), 7, 'right') FROM records
WHERE year IS NULL HAVING count(*) > 0;

.print ''
.print '== Records per type (CSL item type; none: the page does not tell)'
SELECT 'type              records';
SELECT '----------------  -------';
SELECT display_pad(coalesce(type, '(none)'), 16) || '  ' || display_pad(count(*), 7, 'right') || '  '
       || bar(count(*), 0, (SELECT max(n) FROM (SELECT count(*) AS n FROM records GROUP BY type)), 20)
FROM records GROUP BY type ORDER BY count(*) DESC, type IS NULL, type;

.print ''
.print '== Records per journal or series'
SELECT display_pad('journal or series', 50) || '  records  years';
SELECT replace(display_pad('', 50), ' ', '-') || '  -------  ---------';
SELECT display_pad(coalesce(journal, '(none)'), 50) || '  ' || display_pad(count(*), 7, 'right') || '  '
       || display_pad(coalesce(min(year) || '-' || max(year), ''), 9) || '  '
       || bar(count(*), 0, (SELECT max(n) FROM (SELECT count(*) AS n FROM records GROUP BY journal)), 20)
FROM records GROUP BY journal ORDER BY count(*) DESC, journal IS NULL, journal;

.print ''
.print '== Records per source document'
-- Paths are shown whole, from where you stand (run.sh passes it as kolit_args
-- 'here'), in a column as wide as the longest.
DROP TABLE IF EXISTS temp.report_paths;
CREATE TEMP TABLE report_paths AS
WITH here(dir) AS (SELECT coalesce((SELECT value FROM temp.kolit_args WHERE name = 'here'), lit_source('.')) || '/')
SELECT d.doc_id, CASE WHEN substr(d.path, 1, length(here.dir)) = here.dir THEN substr(d.path, length(here.dir) + 1)
                      ELSE d.path END AS shown
FROM here, documents AS d;
SELECT display_pad('path', w) || '  ' || display_pad('format', 20) || '  ' || display_pad('encoding', 9) || '  records  error'
FROM (SELECT max(4, max(display_width(shown))) AS w FROM temp.report_paths);
SELECT replace(display_pad('', w), ' ', '-') || '  ' || replace(display_pad('', 20), ' ', '-') || '  ' || replace(display_pad('', 9), ' ', '-') || '  -------  -----'
FROM (SELECT max(4, max(display_width(shown))) AS w FROM temp.report_paths);
SELECT rtrim(display_pad(p.shown, (SELECT max(4, max(display_width(shown))) FROM temp.report_paths))
       || '  ' || display_pad(d.format, 20) || '  ' || display_pad(coalesce(d.encoding, ''), 9)
       || '  ' || display_pad(count(r.record_id), 7, 'right') || '  ' || coalesce(d.error, ''))
FROM documents AS d JOIN temp.report_paths AS p USING (doc_id) LEFT JOIN records AS r USING (doc_id)
GROUP BY d.doc_id ORDER BY d.path;
DROP TABLE temp.report_paths;

.print ''
.print '== Countries studied (records mentioning each; in the title)'
SELECT 'code  ' || display_pad('country', 20) || '  ' || display_pad('국가', 12) || '  records  in title  years';
SELECT '----  ' || replace(display_pad('', 20), ' ', '-') || '  ' || replace(display_pad('', 12), ' ', '-') || '  -------  --------  ---------';
SELECT display_pad(c.code, 4) || '  ' || display_pad(coalesce(c.country, ''), 20) || '  '
       || display_pad(coalesce(c.country_ko, ''), 12) || '  ' || display_pad(c.records, 7, 'right') || '  '
       || display_pad(c.in_title, 8, 'right') || '  '
       || display_pad((SELECT min(r.year) || '-' || max(r.year) FROM record_countries AS x JOIN records AS r USING (record_id)
                       WHERE x.code = c.code), 9) || '  '
       || bar(c.records, 0, (SELECT max(records) FROM report_countries), 20)
FROM report_countries AS c;

.print ''
.print '== Countries by year (records)'
SELECT 'year    countries';
SELECT '------  ---------';
SELECT display_pad(coalesce(r.year, '(none)'), 6) || '  ' || group_concat(c.code || ' ' || c.n, ', ')
FROM (SELECT r.year, c.code, count(*) AS n
      FROM record_countries AS c JOIN records AS r USING (record_id)
      GROUP BY r.year, c.code ORDER BY r.year, n DESC, c.code) AS c
JOIN (SELECT DISTINCT year FROM records) AS r ON r.year IS c.year
GROUP BY r.year ORDER BY r.year IS NULL, r.year;

.print ''
.print '== Keywords by year (records; the 12 concepts found in most records)'
SELECT 'year    keywords';
SELECT '------  --------';
WITH top AS (SELECT concept FROM record_keywords GROUP BY concept
             ORDER BY count(*) DESC, concept LIMIT 12)
SELECT display_pad(coalesce(r.year, '(none)'), 6) || '  ' || group_concat(k.concept || ' ' || k.n, ', ')
FROM (SELECT r.year, k.concept, count(*) AS n
      FROM record_keywords AS k JOIN records AS r USING (record_id)
      WHERE k.concept IN (SELECT concept FROM top)
      GROUP BY r.year, k.concept ORDER BY r.year, n DESC, k.concept) AS k
JOIN (SELECT DISTINCT year FROM records) AS r ON r.year IS k.year
GROUP BY r.year ORDER BY r.year IS NULL, r.year;

.print ''
.print '== Trend topics (median year of the records of each concept, with the quartiles)'
SELECT display_pad('concept', 28) || '  records    q1  median    q3';
SELECT replace(display_pad('', 28), ' ', '-') || '  -------  ----  ------  ----';
SELECT display_pad(concept, 28) || '  ' || display_pad(records, 7, 'right') || '  ' || display_pad(year_q1, 4, 'right')
       || '  ' || display_pad(year_median, 6, 'right') || '  ' || display_pad(year_q3, 4, 'right')
FROM report_trend_topics;

.print ''
.print '== Country x keyword (records mentioning both; concepts in 2 or more records of the country)'
SELECT 'code  ' || display_pad('concept', 28) || '  records';
SELECT '----  ' || replace(display_pad('', 28), ' ', '-') || '  -------';
WITH ck AS MATERIALIZED (SELECT c.code, k.concept, count(*) AS n
                         FROM record_countries AS c JOIN record_keywords AS k USING (record_id)
                         GROUP BY c.code, k.concept)
SELECT display_pad(code, 4) || '  ' || display_pad(concept, 28) || '  ' || display_pad(n, 7, 'right') || '  '
       || bar(n, 0, (SELECT max(n) FROM ck), 10)
FROM ck WHERE n >= 2 ORDER BY code, n DESC, concept;

.print ''
.print "== Bradford's zones of sources (zone 1: the core sources giving a third of the records)"
SELECT 'rank  ' || display_pad('source', 50) || '  records  cumulative  zone';
SELECT '----  ' || replace(display_pad('', 50), ' ', '-') || '  -------  ----------  ------';
SELECT display_pad(rank, 4, 'right') || '  ' || display_pad(source, 50) || '  ' || display_pad(records, 7, 'right') || '  '
       || display_pad(cumulative, 10, 'right') || '  ' || zone
FROM report_bradford;

.print ''
.print "== Lotka's law (authors by number of records written; the share the inverse square law expects)"
SELECT 'records  authors  share  Lotka';
SELECT '-------  -------  -----  -----';
SELECT display_pad(records_written, 7, 'right') || '  ' || display_pad(authors, 7, 'right') || '  '
       || display_pad(printf('%.3f', share), 5, 'right') || '  ' || printf('%.3f', lotka_share)
FROM report_lotka;

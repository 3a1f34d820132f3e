-- sql/report.sql: the main report over a library built by sql/library.sql, as text.
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/report.sql   (from kolit's folder)
--
-- Columns line up in a terminal with Hangul in them: every cell is padded to its
-- width in terminal columns by display_pad() (the shell's own column mode counts
-- characters, and a Hangul syllable takes two columns), and counts have a bar().
-- The sections are views of sql/report_views.sql; sql/report_html.sql draws them.
-- Every section counts works (the records of one paper are one work, docs/works.md),
-- but the one of source documents, which counts the records read from each.
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
.print '== Works per year'
SELECT 'year      works';
SELECT '------  -------';
SELECT display_pad(year, 6) || '  ' || display_pad(records, 7, 'right') || '  '
       || bar(records, 0, (SELECT max(records) FROM report_annual_production), 30)
FROM report_annual_production;
SELECT display_pad('(none)', 6) || '  ' || display_pad(count(*), 7, 'right') FROM works
WHERE year IS NULL HAVING count(*) > 0;

.print ''
.print '== Works per type (CSL item type; none: the page does not tell)'
SELECT 'type                works';
SELECT '----------------  -------';
SELECT display_pad(coalesce(type, '(none)'), 16) || '  ' || display_pad(count(*), 7, 'right') || '  '
       || bar(count(*), 0, (SELECT max(n) FROM (SELECT count(*) AS n FROM works GROUP BY type)), 20)
FROM works GROUP BY type ORDER BY count(*) DESC, type IS NULL, type;

.print ''
.print '== Works per journal or series'
SELECT display_pad('journal or series', 50) || '    works  years';
SELECT replace(display_pad('', 50), ' ', '-') || '  -------  ---------';
SELECT display_pad(coalesce(journal, '(none)'), 50) || '  ' || display_pad(count(*), 7, 'right') || '  '
       || display_pad(coalesce(min(year) || '-' || max(year), ''), 9) || '  '
       || bar(count(*), 0, (SELECT max(n) FROM (SELECT count(*) AS n FROM works GROUP BY journal)), 20)
FROM works GROUP BY journal ORDER BY count(*) DESC, journal IS NULL, journal;

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
.print '== Countries studied (works mentioning each; in the title)'
SELECT 'code  ' || display_pad('country', 20) || '  ' || display_pad('국가', 12) || '    works  in title  years';
SELECT '----  ' || replace(display_pad('', 20), ' ', '-') || '  ' || replace(display_pad('', 12), ' ', '-') || '  -------  --------  ---------';
SELECT display_pad(c.code, 4) || '  ' || display_pad(coalesce(c.country, ''), 20) || '  '
       || display_pad(coalesce(c.country_ko, ''), 12) || '  ' || display_pad(c.records, 7, 'right') || '  '
       || display_pad(c.in_title, 8, 'right') || '  '
       || display_pad((SELECT min(w.year) || '-' || max(w.year) FROM work_countries AS x JOIN works AS w USING (work_id)
                       WHERE x.code = c.code), 9) || '  '
       || bar(c.records, 0, (SELECT max(records) FROM report_countries), 20)
FROM report_countries AS c;

.print ''
.print '== Countries by year (works)'
SELECT 'year    countries';
SELECT '------  ---------';
SELECT display_pad(coalesce(r.year, '(none)'), 6) || '  ' || group_concat(c.code || ' ' || c.n, ', ')
FROM (SELECT w.year, c.code, count(*) AS n
      FROM work_countries AS c JOIN works AS w USING (work_id)
      GROUP BY w.year, c.code ORDER BY w.year, n DESC, c.code) AS c
JOIN (SELECT DISTINCT year FROM works) AS r ON r.year IS c.year
GROUP BY r.year ORDER BY r.year IS NULL, r.year;

.print ''
.print '== Keywords by year (works; the 12 concepts found in most works)'
SELECT 'year    keywords';
SELECT '------  --------';
WITH top AS (SELECT concept FROM work_keywords GROUP BY concept
             ORDER BY count(*) DESC, concept LIMIT 12)
SELECT display_pad(coalesce(r.year, '(none)'), 6) || '  ' || group_concat(k.concept || ' ' || k.n, ', ')
FROM (SELECT w.year, k.concept, count(*) AS n
      FROM work_keywords AS k JOIN works AS w USING (work_id)
      WHERE k.concept IN (SELECT concept FROM top)
      GROUP BY w.year, k.concept ORDER BY w.year, n DESC, k.concept) AS k
JOIN (SELECT DISTINCT year FROM works) AS r ON r.year IS k.year
GROUP BY r.year ORDER BY r.year IS NULL, r.year;

.print ''
.print '== Trend topics (median year of the works of each concept, with the quartiles)'
SELECT display_pad('concept', 28) || '    works    q1  median    q3';
SELECT replace(display_pad('', 28), ' ', '-') || '  -------  ----  ------  ----';
SELECT display_pad(concept, 28) || '  ' || display_pad(records, 7, 'right') || '  ' || display_pad(year_q1, 4, 'right')
       || '  ' || display_pad(year_median, 6, 'right') || '  ' || display_pad(year_q3, 4, 'right')
FROM report_trend_topics;

.print ''
.print '== Country x keyword (works mentioning both; concepts in 2 or more works of the country)'
SELECT 'code  ' || display_pad('concept', 28) || '    works';
SELECT '----  ' || replace(display_pad('', 28), ' ', '-') || '  -------';
WITH ck AS MATERIALIZED (SELECT c.code, k.concept, count(*) AS n
                         FROM work_countries AS c JOIN work_keywords AS k USING (work_id)
                         GROUP BY c.code, k.concept)
SELECT display_pad(code, 4) || '  ' || display_pad(concept, 28) || '  ' || display_pad(n, 7, 'right') || '  '
       || bar(n, 0, (SELECT max(n) FROM ck), 10)
FROM ck WHERE n >= 2 ORDER BY code, n DESC, concept;

.print ''
.print "== Bradford's zones of sources (zone 1: the core sources giving a third of the works)"
SELECT 'rank  ' || display_pad('source', 50) || '    works  cumulative  zone';
SELECT '----  ' || replace(display_pad('', 50), ' ', '-') || '  -------  ----------  ------';
SELECT display_pad(rank, 4, 'right') || '  ' || display_pad(source, 50) || '  ' || display_pad(records, 7, 'right') || '  '
       || display_pad(cumulative, 10, 'right') || '  ' || zone
FROM report_bradford;

.print ''
.print "== Lotka's law (authors by number of works written; the share the inverse square law expects)"
SELECT '  works  authors  share  Lotka';
SELECT '-------  -------  -----  -----';
SELECT display_pad(records_written, 7, 'right') || '  ' || display_pad(authors, 7, 'right') || '  '
       || display_pad(printf('%.3f', share), 5, 'right') || '  ' || printf('%.3f', lotka_share)
FROM report_lotka;

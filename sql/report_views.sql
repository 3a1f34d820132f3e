-- sql/report_views.sql: one view per section of the report, over a library built by
-- sql/library.sql. sql/report.sql (text) and sql/report_html.sql (report.html) read them;
-- query and chart them yourself:
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/report_views.sql
--   SELECT * FROM report_annual_production;
--   SELECT chart_bars(year, records) FROM report_annual_production;
--
-- Everything counts works (one row per paper, sql/library.sql, docs/works.md), not
-- records: a work's countries and concepts are those of any of its records, its
-- authors those of its author list (the most complete of its records). The columns
-- keep their names (records, ...): each counts works. Authors are told apart by their
-- name as written.
-- The views are replaced each time this script runs.
DROP VIEW IF EXISTS report_concept_names;
DROP VIEW IF EXISTS report_work_countries;
DROP VIEW IF EXISTS report_work_concepts;
DROP VIEW IF EXISTS report_work_authors;
DROP VIEW IF EXISTS report_main_information;
DROP VIEW IF EXISTS report_annual_production;
DROP VIEW IF EXISTS report_sources;
DROP VIEW IF EXISTS report_author_production;
DROP VIEW IF EXISTS report_countries;
DROP VIEW IF EXISTS report_country_years;
DROP VIEW IF EXISTS report_concept_years;
DROP VIEW IF EXISTS report_trend_topics;
DROP VIEW IF EXISTS report_cooccurrence;
DROP VIEW IF EXISTS report_country_concepts;
DROP VIEW IF EXISTS report_bradford;
DROP VIEW IF EXISTS report_lotka;

-- Each concept's first Korean and first English term in the vocabulary, and a label
-- of both ("클러스터 정책 (cluster policy)") for charts and tables.
CREATE VIEW report_concept_names(concept, name_ko, name_en, label) AS
WITH v AS (SELECT concept, lang, term, row_number() OVER (PARTITION BY concept, lang ORDER BY rowid) AS k
           FROM lit_vocabulary),
     n AS (SELECT concept, max(CASE WHEN lang = 'ko' AND k = 1 THEN term END) AS ko,
                  max(CASE WHEN lang = 'en' AND k = 1 THEN term END) AS en
           FROM v GROUP BY concept)
SELECT concept, ko, en, coalesce(ko || ' (' || en || ')', ko, en, concept) FROM n;

-- The countries and concepts of each work (the union over its records), and the
-- authors of each work (its author list).
-- (library.sql keeps them in work_countries and work_keywords)
CREATE VIEW report_work_countries(work_id, code, in_title) AS
SELECT work_id, code, in_title FROM work_countries;
CREATE VIEW report_work_concepts(work_id, concept) AS
SELECT work_id, concept FROM work_keywords;
CREATE VIEW report_work_authors(work_id, name) AS
SELECT DISTINCT w.work_id, a.value ->> 'name' FROM works AS w, json_each(w.authors) AS a
WHERE a.value ->> 'name' IS NOT NULL;

-- Main information (item, value), in the order a reader wants them.
CREATE VIEW report_main_information(item, value) AS
WITH r AS (SELECT count(*) AS n, min(year) AS first, max(year) AS last,
                  count(DISTINCT journal) AS sources,
                  sum(title_foreign IS NOT NULL) AS western,
                  sum(json_array_length(coalesce(authors, '[]')) = 1) AS single,
                  sum(json_array_length(coalesce(authors, '[]'))) AS appearances
           FROM works),
     a AS (SELECT count(DISTINCT name) AS n FROM report_work_authors),
     rec AS (SELECT count(*) AS n FROM records)
SELECT 'Documents (pages read)', (SELECT count(*) FROM documents)
UNION ALL SELECT 'Records read', rec.n FROM rec
UNION ALL SELECT 'Duplicates removed', rec.n - r.n FROM rec, r
UNION ALL SELECT 'Works (papers)', r.n FROM r
UNION ALL SELECT 'Sources (journals and series)', r.sources FROM r
UNION ALL SELECT 'Time span', CASE WHEN r.first IS NULL THEN '' ELSE r.first || '–' || r.last END FROM r
UNION ALL SELECT 'Authors (distinct names)', a.n FROM a
UNION ALL SELECT 'Authors per work', CASE WHEN r.n > 0 THEN printf('%.2f', 1.0 * r.appearances / r.n) ELSE '' END FROM r
UNION ALL SELECT 'Single-authored works', r.single FROM r
UNION ALL SELECT 'Works with an English (or other Western) title',
                 CASE WHEN r.n > 0 THEN printf('%d (%.1f%%)', r.western, 100.0 * r.western / r.n) ELSE '' END FROM r;

-- Works per year of publication (works without a year are left out).
CREATE VIEW report_annual_production(year, records) AS
SELECT year, count(*) FROM works WHERE year IS NOT NULL GROUP BY year ORDER BY year;

-- Journals and series by number of works.
CREATE VIEW report_sources(source, records, first_year, last_year) AS
SELECT journal, count(*), min(year), max(year) FROM works WHERE journal IS NOT NULL
GROUP BY journal ORDER BY count(*) DESC, journal;

-- The 10 authors with most works, and their works per year.
CREATE VIEW report_author_production(author, year, records) AS
WITH top AS (SELECT a.name FROM report_work_authors AS a GROUP BY a.name ORDER BY count(*) DESC, a.name LIMIT 10)
SELECT a.name, r.year, count(*) FROM report_work_authors AS a JOIN works AS r USING (work_id)
WHERE a.name IN (SELECT name FROM top) AND r.year IS NOT NULL
GROUP BY a.name, r.year ORDER BY a.name, r.year;

-- Countries by works that mention them (in_title: of those, works naming them in a title).
CREATE VIEW report_countries(code, country, country_ko, records, in_title) AS
SELECT c.code, country_name(c.code), country_name(c.code, 'ko'), count(*), sum(c.in_title)
FROM report_work_countries AS c GROUP BY c.code ORDER BY count(*) DESC, c.code;

-- Works per year that mention each of the 12 most mentioned countries.
CREATE VIEW report_country_years(code, country_ko, year, records) AS
WITH top AS (SELECT code FROM report_work_countries GROUP BY code ORDER BY count(*) DESC, code LIMIT 12)
SELECT c.code, country_name(c.code, 'ko'), r.year, count(*)
FROM report_work_countries AS c JOIN works AS r USING (work_id)
WHERE c.code IN (SELECT code FROM top) AND r.year IS NOT NULL
GROUP BY c.code, r.year ORDER BY c.code, r.year;

-- Works per year that mention each of the 15 concepts found in most works.
CREATE VIEW report_concept_years(concept, label, year, records) AS
WITH top AS (SELECT concept FROM report_work_concepts GROUP BY concept ORDER BY count(*) DESC, concept LIMIT 15),
     counts AS (SELECT k.concept, r.year, count(*) AS n
                FROM report_work_concepts AS k JOIN works AS r USING (work_id)
                WHERE k.concept IN (SELECT concept FROM top) AND r.year IS NOT NULL
                GROUP BY k.concept, r.year)
SELECT c.concept, coalesce(n.label, c.concept), c.year, c.n
FROM counts AS c LEFT JOIN report_concept_names AS n USING (concept) ORDER BY c.concept, c.year;

-- Trend topics as bibliometrix's trendTopics computes them: for each concept in 2
-- or more records with a year, the first quartile, median and third quartile of
-- those records' years (R's quantile(), type 7: linear between the order statistics
-- around (n - 1) p), rounded to whole years as R's round() does (half to even);
-- ordered by median year. Computed from the records per concept and year: the k-th
-- smallest year (from 0) is the year whose records hold position k.
CREATE VIEW report_trend_topics(concept, label, records, year_q1, year_median, year_q3) AS
WITH cy AS (SELECT k.concept, r.year + 0 AS year, count(*) AS n
            FROM report_work_concepts AS k JOIN works AS r USING (work_id) WHERE r.year IS NOT NULL
            GROUP BY k.concept, r.year + 0),
     cum AS (SELECT concept, year, sum(n) OVER (PARTITION BY concept ORDER BY year) - n AS first,
                    sum(n) OVER (PARTITION BY concept ORDER BY year) - 1 AS last,
                    sum(n) OVER (PARTITION BY concept) AS total
             FROM cy),
     q AS (SELECT c.concept, c.total, p.p, (c.total - 1) * p.p - CAST((c.total - 1) * p.p AS INTEGER) AS frac,
                  max(CASE WHEN CAST((c.total - 1) * p.p AS INTEGER) BETWEEN c.first AND c.last THEN c.year END) AS lo,
                  max(CASE WHEN CAST((c.total - 1) * p.p AS INTEGER) + 1 BETWEEN c.first AND c.last THEN c.year END) AS hi
           FROM cum AS c, (SELECT 0.25 AS p UNION ALL SELECT 0.5 UNION ALL SELECT 0.75) AS p
           WHERE c.total >= 2 GROUP BY c.concept, p.p),
     v AS (SELECT concept, total, p, lo + frac * (coalesce(hi, lo) - lo) AS value FROM q),
     rounded AS (SELECT concept, total, p,
                        CASE WHEN value - CAST(value AS INTEGER) = 0.5
                             THEN CAST(value AS INTEGER) + (CAST(value AS INTEGER) % 2)
                             ELSE CAST(round(value) AS INTEGER) END AS year
                 FROM v),
     t AS (SELECT concept, total, max(CASE WHEN p = 0.25 THEN year END) AS q1, max(CASE WHEN p = 0.5 THEN year END) AS med,
                  max(CASE WHEN p = 0.75 THEN year END) AS q3
           FROM rounded GROUP BY concept)
SELECT t.concept, coalesce(c.label, t.concept), t.total, t.q1, t.med, t.q3
FROM t LEFT JOIN report_concept_names AS c USING (concept) ORDER BY t.med, t.total DESC, t.concept;

-- Pairs of concepts found in the same work (a before b), by works; pairs in 2 or
-- more works, or every pair when none is.
CREATE VIEW report_cooccurrence(a, b, a_ko, b_ko, records) AS
-- pair_counts() counts each pair of concepts once per work holding both
-- (a join of the work concepts with itself would sort millions of pairs)
WITH pairs AS MATERIALIZED (SELECT j.value ->> 0 AS a, j.value ->> 1 AS b, j.value ->> 2 AS n
                            FROM json_each((SELECT pair_counts(work_id, concept) FROM report_work_concepts)) AS j),
     names AS MATERIALIZED (SELECT concept, coalesce(name_ko, concept) AS ko FROM report_concept_names)
SELECT p.a, p.b, coalesce(na.ko, p.a), coalesce(nb.ko, p.b), p.n FROM pairs AS p
LEFT JOIN names AS na ON na.concept = p.a LEFT JOIN names AS nb ON nb.concept = p.b
WHERE p.n >= CASE WHEN (SELECT max(n) FROM pairs) >= 2 THEN 2 ELSE 1 END
ORDER BY p.n DESC, p.a, p.b;

-- Works mentioning both a country and a concept: the 10 most mentioned countries
-- by the 15 concepts found in most works.
CREATE VIEW report_country_concepts(code, country_ko, concept, label, records) AS
WITH tc AS (SELECT code FROM report_work_countries GROUP BY code ORDER BY count(*) DESC, code LIMIT 10),
     tk AS (SELECT concept FROM report_work_concepts GROUP BY concept ORDER BY count(*) DESC, concept LIMIT 15),
     counts AS (SELECT c.code, k.concept, count(*) AS n
                FROM report_work_countries AS c JOIN report_work_concepts AS k USING (work_id)
                -- +concept: each work's concepts by its key, not 15 look-ups per work
                WHERE c.code IN (SELECT code FROM tc) AND +k.concept IN (SELECT concept FROM tk)
                GROUP BY c.code, k.concept)
SELECT x.code, country_name(x.code, 'ko'), x.concept, coalesce(n.label, x.concept), x.n
FROM counts AS x LEFT JOIN report_concept_names AS n USING (concept) ORDER BY x.code, x.concept;

-- Bradford's law as bibliometrix computes it: sources by works, the cumulative
-- works, zone 1 up to a third of all works (rounded), zone 2 up to two thirds.
CREATE VIEW report_bradford(rank, source, records, cumulative, zone) AS
WITH s AS (SELECT journal AS source, count(*) AS n FROM works WHERE journal IS NOT NULL GROUP BY journal),
     c AS (SELECT row_number() OVER (ORDER BY n DESC, source) AS rank, source, n,
                  sum(n) OVER (ORDER BY n DESC, source ROWS UNBOUNDED PRECEDING) AS cum,
                  sum(n) OVER () AS total FROM s)
SELECT rank, source, n, cum,
       CASE WHEN cum <= round(total / 3.0) THEN 'Zone 1'
            WHEN cum <= round(2 * total / 3.0) THEN 'Zone 2' ELSE 'Zone 3' END
FROM c ORDER BY rank;

-- Lotka's law: authors by number of works written; their share of all authors,
-- and the share Lotka's inverse square law expects (6/pi^2 / n^2 = 0.6079 / n^2).
CREATE VIEW report_lotka(records_written, authors, share, lotka_share) AS
WITH per AS (SELECT name, count(*) AS n FROM report_work_authors GROUP BY name)
SELECT n, count(*), round(1.0 * count(*) / (SELECT count(*) FROM per), 3), round(0.6079 / (n * n), 3)
FROM per GROUP BY n ORDER BY n;

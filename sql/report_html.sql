-- sql/report_html.sql: the report as one self-contained HTML page (inline SVG and CSS,
-- no script, nothing fetched), over a library built by sql/library.sql.
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/report_html.sql > report.html   (from kolit's folder)
--
-- Every section is a view of sql/report_views.sql drawn by a chart function
-- (docs/reports.md) or laid out as a table; the page says what each chart counts.
.read sql/report_views.sql
.headers off
.mode list
.separator ''
.nullvalue ''
-- what two places of the page read is computed once
DROP TABLE IF EXISTS temp.trend_topics;
CREATE TEMP TABLE trend_topics AS SELECT * FROM report_trend_topics;

SELECT '<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Literature report · 문헌 보고서</title>
<style>
  :root { --ink: #1f2328; --muted: #59636e; --rule: #d8dee4; --accent: #0072B2; --paper: #f6f8fa; }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--paper); color: var(--ink);
         font: 15px/1.55 "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
  header { background: #ffffff; border-bottom: 1px solid var(--rule); padding: 28px 0 18px; }
  header h1 { margin: 0 0 4px; font-size: 26px; }
  header p { margin: 0; color: var(--muted); }
  .wrap { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
  nav { margin-top: 14px; font-size: 13px; }
  nav a { color: var(--accent); text-decoration: none; margin-right: 14px; white-space: nowrap; }
  main { padding: 18px 0 40px; }
  section { background: #ffffff; border: 1px solid var(--rule); border-radius: 8px; padding: 18px 22px 20px; margin: 18px 0; }
  section h2 { margin: 0 0 2px; font-size: 19px; }
  p.caption { margin: 0 0 12px; color: var(--muted); font-size: 13.5px; }
  figure { margin: 0; overflow-x: auto; }
  figure svg { display: block; max-width: none; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
  .card { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 14px; background: var(--paper); }
  .card .v { font-size: 22px; font-weight: 700; }
  .card .k { color: var(--muted); font-size: 13px; }
  table { border-collapse: collapse; font-size: 13.5px; }
  th, td { padding: 4px 12px 4px 0; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
  th { color: var(--muted); font-weight: 600; }
  td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
  .two { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 22px; }
  @media (max-width: 900px) { .two { grid-template-columns: 1fr; } }
  td.z { white-space: nowrap; }
  .span { position: relative; width: 280px; height: 12px; margin-top: 5px; background: #eef3f8; border-radius: 6px; }
  .span i { position: absolute; top: 4px; height: 4px; background: #56B4E9; border-radius: 2px; }
  .span b { position: absolute; top: 1px; width: 10px; height: 10px; margin-left: -5px; border-radius: 50%; background: #0072B2; }
  footer { color: var(--muted); font-size: 12.5px; padding-bottom: 30px; }
</style>
</head>
<body>
<header><div class="wrap">
<h1>Literature report · 문헌 보고서</h1>
<p>' || (SELECT count(*) FROM works) || ' works (' || (SELECT count(*) FROM records) || ' records) from ' || (SELECT count(*) FROM documents)
  || ' documents' || coalesce(', ' || (SELECT min(year) || '–' || max(year) FROM works WHERE year IS NOT NULL), '')
  || '. Countries and concepts are tagged in titles and abstracts (English and Korean) by kolit.</p>
<nav><a href="#main">Main information</a><a href="#annual">Annual production</a><a href="#sources">Sources</a><a href="#authors">Authors</a><a href="#countries">Countries</a><a href="#concepts">Concepts</a><a href="#trends">Trend topics</a><a href="#network">Co-occurrence</a><a href="#country-concepts">Countries × concepts</a><a href="#laws">Bradford and Lotka</a></nav>
</div></header>
<main class="wrap">';

-- main information
SELECT '<section id="main"><h2>Main information</h2>
<p class="caption">The library at a glance: the records read, the duplicates merged (the records of one paper are one work) and the works; every chart below counts works; authors are counted by name as written.</p>
<div class="cards">';
SELECT '<div class="card"><div class="v">' || replace(replace(value, '&', '&amp;'), '<', '&lt;') || '</div><div class="k">'
       || replace(item, '&', '&amp;') || '</div></div>'
FROM report_main_information;
SELECT '</div></section>';

-- annual production
SELECT '<section id="annual"><h2>Annual production</h2>
<p class="caption">Works per year of publication (works without a year are left out).</p><figure>'
       || (SELECT chart_bars(year, records, '{"title": "Works per year"}') FROM report_annual_production)
       || '</figure></section>';

-- sources
SELECT '<section id="sources"><h2>Most relevant sources</h2>
<p class="caption">The 20 journals and report series with most works.</p><figure>'
       || (SELECT chart_bars(source, records, '{"title": "Works per source", "sort": "value"}')
           FROM (SELECT * FROM report_sources LIMIT 20))
       || '</figure></section>';

-- authors over time
SELECT '<section id="authors"><h2>Authors'' production over time</h2>
<p class="caption">Works per year of the 10 authors with most works (names as written).</p><figure>'
       || (SELECT chart_heatmap(author, year, records, '{"title": "Works per author and year", "sort": "value"}')
           FROM report_author_production)
       || '</figure></section>';

-- countries
SELECT '<section id="countries"><h2>Countries studied</h2>
<p class="caption">Works whose title or abstract (in any of their records) mentions each country (left), and those works per year for the 12 countries mentioned most (right).</p>
<div class="two"><figure>'
       || (SELECT chart_bars(coalesce(country_ko, code) || ' ' || coalesce(country, ''), records,
                             '{"title": "Works mentioning each country", "sort": "value", "width": 480}')
           FROM (SELECT * FROM report_countries LIMIT 20))
       || '</figure><figure>'
       || (SELECT chart_heatmap(coalesce(country_ko, code), year, records, '{"title": "Countries × years", "sort": "value"}')
           FROM report_country_years)
       || '</figure></div></section>';

-- concepts over time
SELECT '<section id="concepts"><h2>Concepts over time</h2>
<p class="caption">Works per year that mention each of the 15 concepts found in most works (vocabulary terms in Korean and English).</p><figure>'
       || (SELECT chart_heatmap(label, year, records, '{"title": "Concepts × years", "sort": "value"}')
           FROM report_concept_years)
       || '</figure></section>';

-- trend topics
SELECT '<section id="trends"><h2>Trend topics</h2>
<p class="caption">Each concept in two or more dated works, by the median year of those works, with the first and third quartiles (as bibliometrix computes trend topics).</p>
<table><tr><th>concept</th><th class="n">works</th><th class="n">Q1</th><th class="n">median year</th><th class="n">Q3</th><th>'
       || coalesce((SELECT min(year_q1) || ' – ' || max(year_q3) FROM temp.trend_topics), '') || '</th></tr>';
SELECT '<tr><td>' || replace(replace(label, '&', '&amp;'), '<', '&lt;') || '</td><td class="n">' || records
       || '</td><td class="n">' || year_q1 || '</td><td class="n"><b>' || year_median || '</b></td><td class="n">' || year_q3
       || '</td><td><div class="span" title="' || year_q1 || '–' || year_q3 || ', median ' || year_median || '"><i style="left:'
       || printf('%.1f', 100.0 * (year_q1 - lo) / max(hi - lo, 1)) || '%;width:'
       || printf('%.1f', max(100.0 * (year_q3 - year_q1) / max(hi - lo, 1), 1)) || '%"></i><b style="left:'
       || printf('%.1f', 100.0 * (year_median - lo) / max(hi - lo, 1)) || '%"></b></div></td></tr>'
FROM temp.trend_topics, (SELECT min(year_q1) AS lo, max(year_q3) AS hi FROM temp.trend_topics) ORDER BY year_median, records DESC, concept;
SELECT '</table></section>';

-- co-occurrence network
SELECT '<section id="network"><h2>Concept co-occurrence</h2>
<p class="caption">Concepts found in the same work: a link''s width is the number of works sharing both concepts, a node''s size the sum of its links (the 80 pairs found in most works, each in two or more).</p><figure>'
       || (SELECT chart_network(a_ko, b_ko, records, '{"title": "Co-occurrence of concepts", "width": 900, "height": 560}')
           FROM (SELECT * FROM report_cooccurrence LIMIT 80))
       || '</figure></section>';

-- country x concept
SELECT '<section id="country-concepts"><h2>Countries × concepts</h2>
<p class="caption">Works that mention both the country and the concept (the 10 countries and 15 concepts mentioned most).</p><figure>'
       || (SELECT chart_heatmap(coalesce(country_ko, code), label, records, '{"title": "Countries × concepts", "sort": "value"}')
           FROM report_country_concepts)
       || '</figure></section>';

-- Bradford and Lotka
SELECT '<section id="laws"><h2>Bradford''s zones and Lotka''s law</h2>
<p class="caption">Left: sources by works; zone 1 holds the core sources that give the first third of all works, zone 2 the next third. Right: authors by number of works written, against the share Lotka''s inverse square law expects.</p>
<div class="two"><div><table><tr><th class="n">rank</th><th>source</th><th class="n">works</th><th class="n">cumulative</th><th>zone</th></tr>';
SELECT '<tr><td class="n">' || rank || '</td><td>' || replace(replace(source, '&', '&amp;'), '<', '&lt;') || '</td><td class="n">' || records
       || '</td><td class="n">' || cumulative || '</td><td class="z">' || zone || '</td></tr>'
FROM report_bradford;
SELECT '</table></div><div><table><tr><th class="n">works written</th><th class="n">authors</th><th class="n">share</th><th class="n">Lotka</th></tr>';
SELECT '<tr><td class="n">' || records_written || '</td><td class="n">' || authors || '</td><td class="n">' || printf('%.3f', share)
       || '</td><td class="n">' || printf('%.3f', lotka_share) || '</td></tr>'
FROM report_lotka;
SELECT '</table></div></div></section>
</main>
<footer class="wrap">Made with ' || replace(kolit_version(), '&', '&amp;') || ' from plain SQL: sql/report_views.sql (one view per section) and sql/report_html.sql. Charts: Okabe–Ito and viridis colours, safe for colour-blind readers; hover a mark for its numbers.</footer>
</body>
</html>';

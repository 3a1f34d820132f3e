-- bar(), display_width(), display_pad() and the chart aggregates: values,
-- NULLs, options, errors, and flags (pure functions usable in views).
.mode list
SELECT bar(5, 0, 20, 10), '[' || bar(5, 0, 20, 10) || ']';
SELECT bar(0, 0, 20, 10) = '', bar(20, 0, 20, 4), bar(25, 0, 20, 4), bar(-1, 0, 20, 4) = '';
SELECT bar(1, 0, 80, 10), bar(7, 0, 80, 10), bar(1, 0, 1, 1.5), length(bar(50, 0, 100)), length(bar(1, 0, 1));
SELECT bar(NULL, 0, 1) IS NULL, bar(1, NULL, 2) IS NULL, bar(1, 0, 2, NULL) IS NULL, bar('3', '0', '4', '8');
SELECT year, n, bar(n, 0, 6, 12) FROM (SELECT 2019 AS year, 6 AS n UNION ALL SELECT 2020, 3 UNION ALL SELECT 2021, 1);
SELECT bar(1, 0, 2, 0);
SELECT bar(1, 0, 2, 1001);
SELECT bar('x', 0, 2);
SELECT bar(1, x'00', 2);
SELECT bar(1, -9e999, 2, 10);
SELECT display_width('독일 Korea'), display_width('ＴＡＭＡ'), display_width(''), display_width(NULL) IS NULL, display_width(12345);
SELECT '[' || display_pad('독일', 6) || '][' || display_pad('독일', 6, 'right') || '][' || display_pad('Korea', 6, 'left') || ']';
SELECT '[' || display_pad('지역혁신클러스터', 7) || '][' || display_pad(42, 4, 'right') || ']', display_pad(NULL, 3) IS NULL;
SELECT display_pad('a', -1);
SELECT display_pad('a', 2.5);
SELECT display_pad('a', 3, 'centre');
-- aligned columns with Hangul: the bars start at column 17 of every line
SELECT display_pad(name, 12) || display_pad(n, 4, 'right') || ' ' || bar(n, 0, 4, 5) AS line,
       display_width(display_pad(name, 12) || display_pad(n, 4, 'right') || ' ') AS columns
FROM (SELECT '독일' AS name, 4 AS n UNION ALL SELECT 'Japan', 2 UNION ALL SELECT '바덴뷔르템베르크주', 3);
-- a whole chart, small enough to read
SELECT chart_bars(label, n, '{"title": "Records <per> country & \"region\"", "width": 300, "sort": "value"}')
FROM (SELECT '독일' AS label, 3 AS n UNION ALL SELECT 'Japan', 1 UNION ALL SELECT NULL, 9 UNION ALL SELECT 'EU', NULL UNION ALL SELECT '독일', 2);
SELECT chart_heatmap(r, c, v) FROM (SELECT 'KR' AS r, 2010 AS c, 1 AS v UNION ALL SELECT 'KR', 2012, 3);
-- no rows: a chart saying so; options are read from the first row
SELECT chart_lines(x, s, y, '{"title": "Nothing"}') FROM (SELECT 1 AS x, 's' AS s, 2 AS y WHERE 0);
SELECT count(*), sum(svg LIKE '<svg %</svg>' || char(10)) FROM (
  SELECT chart_bars(value, key) AS svg FROM json_each('[1,2,3]') UNION ALL
  SELECT chart_lines(key, 'a', value) FROM json_each('[1,2,3]') UNION ALL
  SELECT chart_heatmap(value, value, key) FROM json_each('[1,2,3]') UNION ALL
  SELECT chart_network(a.value, b.value, 1) FROM json_each('["x","y","z"]') AS a, json_each('["x","y","z"]') AS b WHERE a.key < b.key);
SELECT grp, length(chart_bars(label, n)) > 0 FROM (SELECT 1 AS grp, 'a' AS label, 1 AS n UNION ALL SELECT 2, 'b', 2) GROUP BY grp;
-- bad arguments and options
SELECT chart_bars('a', 'many');
SELECT chart_bars('a', x'01');
SELECT chart_lines('2020x', 'a', 1);
SELECT chart_heatmap('a', 'b', 'c');
SELECT chart_network('a', 'b', 'heavy');
SELECT chart_bars('a', 1, 'nope');
SELECT chart_bars('a', 1, '[1, 2]');
SELECT chart_bars('a', 1, '{"titel": "T"}');
SELECT chart_bars('a', 1, '{"title": 3}');
SELECT chart_bars('a', 1, '{"width": 50}');
SELECT chart_bars('a', 1, '{"height": "tall"}');
SELECT chart_bars('a', 1, '{"sort": "size"}');
SELECT chart_network('a', 'b', 1, '{"width": 1e9}');
-- pure functions: allowed in a view and an index expression
CREATE TABLE t(label TEXT, n INTEGER);
INSERT INTO t VALUES ('독일', 3), ('Japan', 1);
CREATE VIEW v AS SELECT display_pad(label, 8) || bar(n, 0, 3, 3) AS line FROM t;
SELECT * FROM v;
CREATE INDEX t_width ON t(display_width(label));
SELECT label FROM t WHERE display_width(label) = 4;
SELECT name, narg, flags & 0x200800 FROM pragma_function_list
WHERE name IN ('bar', 'display_width', 'display_pad', 'chart_bars', 'chart_lines', 'chart_heatmap', 'chart_network')
ORDER BY name, narg;
-- a long argument in a message is cut at 40 bytes, not inside a character
SELECT chart_bars('a', '가나다라마바사아자차카타파하가나다라마바사아자차카타');
SELECT chart_bars('a', 1, '{"height": null, "title": null}') = chart_bars('a', 1);

-- pair_counts(group, item [, min_count]): each pair of items counted once per group holding both.
WITH t(g, i) AS (VALUES (1, 'b'), (1, 'a'), (1, 'a'), (2, 'a'), (2, 'b'), (2, 'c'), (3, NULL), (NULL, 'x'), (4, 'x'))
SELECT pair_counts(g, i) FROM t;
WITH t(g, i) AS (VALUES (1, 'b'), (1, 'a'), (2, 'a'), (2, 'b'), (2, 'c'))
SELECT pair_counts(g, i, 2) FROM t;
-- Hangul, quotes and a tie broken by the names.
WITH t(g, i) AS (VALUES (1, '클러스터'), (1, 'say "hi"'), (2, '혁신'), (2, '클러스터'))
SELECT pair_counts(g, i) FROM t;
-- No row, one item per group: no pair.
SELECT pair_counts(1, 'a') WHERE 0;
WITH t(g, i) AS (VALUES (1, 'a'), (2, 'b')) SELECT pair_counts(g, i) FROM t;
-- As rows, the way report_cooccurrence reads it.
WITH t(g, i) AS (VALUES (1, 'b'), (1, 'a'), (2, 'a'), (2, 'b'), (2, 'c'))
SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2 FROM json_each((SELECT pair_counts(g, i) FROM t)) AS j;
-- The same counts as a join of the rows with themselves.
CREATE TABLE tags(g INTEGER, i TEXT);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 500)
INSERT INTO tags SELECT x, 'c' || (x % 7) FROM n UNION SELECT x, 'c' || (x % 5) FROM n UNION SELECT x, 'c' || (x % 3) FROM n;
SELECT (SELECT json_group_array(json_array(a, b, n)) FROM (SELECT x.i AS a, y.i AS b, count(*) AS n FROM tags AS x
        JOIN tags AS y ON y.g = x.g AND y.i > x.i GROUP BY 1, 2 ORDER BY n DESC, a, b))
     = (SELECT pair_counts(g, i) FROM tags);
-- Errors.
SELECT pair_counts('x', 'a');
SELECT pair_counts(1, 'a', 0);
SELECT pair_counts(1, 'a', 'two');

-- works_match(): the aggregate's result over no rows and NULL rows, its JSON
-- subtype, and the exact message of every argument error.
.mode list
SELECT works_match(1, '{}') WHERE 0;
SELECT works_match(x, j) FROM (SELECT NULL AS x, '{}' AS j UNION ALL SELECT 3, NULL UNION ALL SELECT 5, '{"title":"Clusters and regions","year":2001}');
SELECT json_type(works_match(1, '{}')), json_array_length(works_match(1, '{}'), '$.records');
SELECT json_extract(works_match(x, json_object('doi', 'https://doi.org/10.1/AB', 'title', t)), '$.works[0].doi.value', '$.works[0].title_ko.value', '$.merges[0].evidence')
FROM (SELECT 1 AS x, '클러스터와 지역' AS t UNION ALL SELECT 2, 'Clusters and regions');
SELECT works_match('a', '{}');
SELECT works_match(1.5, '{}');
SELECT works_match(7, '{"title": ');
SELECT works_match(7, '[]');
SELECT works_match(7, '{"authors": {"name": "x"}}');
SELECT works_match(7, '{"year": "MMXX"}');
SELECT works_match(x, '{}') FROM (SELECT 1 AS x UNION ALL SELECT 1);
SELECT works_match(x, '{}', d) FROM (SELECT 1 AS x, '[]' AS d UNION ALL SELECT 2, '[{"a":1,"b":2,"decision":"same"}]');
SELECT works_match(1, '{}', '{"a":1}');
SELECT works_match(1, '{}', '[{"a":1,"b":2,"decision":"maybe"}]');
SELECT works_match(1, '{}', '[{"a":1,"b":2,"decision":"same"},{"a":2,"b":1,"decision":"different"}]');
-- A year given as a real out of range is refused, not cast (UBSan found the cast).
SELECT works_match(1, '{"title":"x","year":2E19}');
-- work_keys: integers by default, the texts with 'text'; a bad form or record is an error.
SELECT json_array_length(work_keys('{"title":"판교 클러스터","year":2019,"authors":["김민수"]}')),
       json_type(work_keys('{"title":"판교 클러스터","year":2019,"authors":["김민수"]}'), '$[0]'),
       work_keys('{"title":"판교 클러스터","year":2019,"authors":["김민수"]}', 'text'),
       work_keys('{"title":"판교 클러스터","year":2019,"authors":["김민수"]}', 'number')
         = work_keys('{"title":"판교 클러스터","year":2019,"authors":["김민수"]}'),
       work_keys(NULL) IS NULL;
SELECT work_keys('{}', 'words');
SELECT work_keys('{}', NULL);
SELECT work_keys('[1]');

-- library.sql matches again only the records a refresh can reach (the
-- refreshed source's, those sharing a blocking key with them or with the
-- records they replace, their works', the decisions'): the result is exactly
-- that of matching the whole library again. Two sources, one paper in both:
-- the library is built from both, one is refreshed, then compared with
-- works_match over every record (the same ids) and with a new library built
-- from both (other ids: compared by page and ordinal).
.mode list
.headers on
-- The user's decision (by page and ordinal), then a library from both at once.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/library/ks_pangyo_*.txt');
.read sql/library.sql
INSERT INTO work_decision_by_id(record_a, record_b, decision, note)
SELECT min(record_id), max(record_id), 'same', 'one review, two issues' FROM records WHERE title = '서평';
.read sql/library.sql
CREATE TEMP TABLE fresh_groups AS
SELECT group_concat(p, ' ') AS members FROM (SELECT r.work_id, d.path || '#' || r.ordinal AS p
  FROM records AS r JOIN documents AS d USING(doc_id) ORDER BY d.path, r.ordinal) GROUP BY work_id;
-- Emptied (the decision kept), then built source by source and one refreshed.
DELETE FROM documents;
DELETE FROM works;
DELETE FROM work_merges;
DELETE FROM work_versions;
SELECT count(*) AS keys_left FROM record_work_keys;
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/library/ks_pangyo_2019.txt');
.read sql/library.sql
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/library/ks_pangyo_korean.txt');
.read sql/library.sql
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/library/ks_pangyo_2019.txt');
.read sql/library.sql
CREATE TEMP VIEW here(n) AS SELECT length(lit_source('.')) + 2;
SELECT r.record_id, substr(d.path, (SELECT n FROM here)) AS path, r.ordinal, r.work_id
FROM records AS r JOIN documents AS d USING(doc_id) ORDER BY r.record_id;
SELECT work_id, evidence, record_a, record_b FROM work_merges ORDER BY work_id, record_a;
SELECT count(*) AS keys, count(DISTINCT record_id) AS records_with_keys FROM record_work_keys;
-- work_key_records gives work_keys what it reads of work_records: the same keys.
SELECT 'records whose keys differ between the two views' AS check_, count(*) AS n
FROM work_records AS w JOIN work_key_records AS k USING (record_id)
WHERE work_keys(w.record) IS NOT work_keys(k.record);
-- The whole library matched again, from the views library.sql reads.
CREATE TEMP TABLE full AS
SELECT works_match(record_id, record, (SELECT json_group_array(json_object('a', a, 'b', b, 'decision', decision))
                                      FROM work_decision_ids)) AS m FROM work_records;
SELECT 'records whose work differs' AS check_, count(*) AS n FROM records AS r, temp.full, json_each(m, '$.records') AS j
WHERE j.value ->> 'record_id' = r.record_id AND j.value ->> 'work_id' IS NOT r.work_id;
SELECT 'works that differ' AS check_, count(*) AS n FROM (
  SELECT work_id, record_count, title_ko, title_ko_from, title_foreign, title_foreign_from, year, year_from,
         doi, journal, volume, issue, page_first, abstract_ko, abstract_ko_from, abstract_foreign, keywords, authors, authors_from FROM works
  EXCEPT
  SELECT w.value ->> 'work_id', w.value ->> 'record_count', w.value ->> '$.title_ko.value', w.value ->> '$.title_ko.record_id',
         w.value ->> '$.title_foreign.value', w.value ->> '$.title_foreign.record_id', w.value ->> '$.year.value', w.value ->> '$.year.record_id',
         w.value ->> '$.doi.value', w.value ->> '$.journal.value', w.value ->> '$.volume.value', w.value ->> '$.issue.value',
         w.value ->> '$.page_first.value', w.value ->> '$.abstract_ko.value', w.value ->> '$.abstract_ko.record_id',
         w.value ->> '$.abstract_foreign.value', w.value -> '$.keywords.value', w.value -> '$.authors.value', w.value ->> '$.authors.record_id'
  FROM temp.full, json_each(m, '$.works') AS w);
SELECT 'works' AS check_, (SELECT count(*) FROM works) AS n, (SELECT json_array_length(m, '$.works') FROM temp.full) AS full_;
SELECT 'work tags unlike their records' AS check_, count(*) AS n FROM (
  SELECT 'c', work_id, code, mentions, in_title FROM work_countries
  UNION ALL SELECT 'k', work_id, concept, mentions, in_title FROM work_keywords
  EXCEPT SELECT 'c', r.work_id, c.code, max(c.mentions), max(c.in_title) FROM record_countries AS c JOIN records AS r USING (record_id) GROUP BY r.work_id, c.code
  EXCEPT SELECT 'k', r.work_id, k.concept, max(k.mentions), max(k.in_title) FROM record_keywords AS k JOIN records AS r USING (record_id) GROUP BY r.work_id, k.concept);
SELECT 'work tags' AS check_, (SELECT count(*) FROM work_countries) + (SELECT count(*) FROM work_keywords) AS n,
       (SELECT count(*) FROM (SELECT DISTINCT r.work_id, c.code FROM record_countries AS c JOIN records AS r USING (record_id)))
       + (SELECT count(*) FROM (SELECT DISTINCT r.work_id, k.concept FROM record_keywords AS k JOIN records AS r USING (record_id))) AS of_records;
SELECT 'merges that differ' AS check_, count(*) AS n FROM (
  SELECT work_id, record_a, record_b, evidence FROM work_merges
  EXCEPT SELECT g.value ->> 'work_id', g.value ->> 'record_a', g.value ->> 'record_b', g.value ->> 'evidence'
  FROM temp.full, json_each(m, '$.merges') AS g);
-- The library built at once has the same works, by page and ordinal.
SELECT 'works unlike the library built at once' AS check_, count(*) AS n FROM (
  SELECT group_concat(p, ' ') AS members FROM (SELECT r.work_id, d.path || '#' || r.ordinal AS p
    FROM records AS r JOIN documents AS d USING(doc_id) ORDER BY d.path, r.ordinal) GROUP BY work_id
  EXCEPT SELECT members FROM fresh_groups);
SELECT 'works' AS check_, count(*) AS n FROM fresh_groups;
-- Keys made by another version of kolit (another probe, other numbers) and a
-- work lost: the next refresh makes every record's keys again and matches
-- every record.
CREATE TEMP VIEW keys_now(key, path, ordinal) AS
SELECT k.key, d.path, r.ordinal FROM record_work_keys AS k JOIN records AS r USING (record_id) JOIN documents AS d USING (doc_id);
CREATE TEMP TABLE keys_before AS SELECT * FROM keys_now;
UPDATE library_meta SET value = '["another version"]' WHERE name = 'work_keys';
UPDATE record_work_keys SET key = key * 2 + 7;
DELETE FROM works WHERE work_id = (SELECT min(work_id) FROM works);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/library/ks_pangyo_korean.txt');
.read sql/library.sql
SELECT 'keys unlike before' AS check_, count(*) AS n FROM (
  SELECT * FROM keys_now EXCEPT SELECT * FROM keys_before);
SELECT 'keys' AS check_, count(*) AS n FROM record_work_keys;
SELECT 'works' AS check_, count(*) AS n FROM works;
SELECT 'the probe is this version''s' AS check_, count(*) AS n FROM library_meta WHERE name = 'work_keys' AND value GLOB '[[]*[0-9]]';
SELECT 'work tags unlike their records' AS check_, count(*) AS n FROM (
  SELECT 'c', work_id, code, mentions, in_title FROM work_countries
  UNION ALL SELECT 'k', work_id, concept, mentions, in_title FROM work_keywords
  EXCEPT SELECT 'c', r.work_id, c.code, max(c.mentions), max(c.in_title) FROM record_countries AS c JOIN records AS r USING (record_id) GROUP BY r.work_id, c.code
  EXCEPT SELECT 'k', r.work_id, k.concept, max(k.mentions), max(k.in_title) FROM record_keywords AS k JOIN records AS r USING (record_id) GROUP BY r.work_id, k.concept);
SELECT 'work tags' AS check_, (SELECT count(*) FROM work_countries) + (SELECT count(*) FROM work_keywords) AS n,
       (SELECT count(*) FROM (SELECT DISTINCT r.work_id, c.code FROM record_countries AS c JOIN records AS r USING (record_id)))
       + (SELECT count(*) FROM (SELECT DISTINCT r.work_id, k.concept FROM record_keywords AS k JOIN records AS r USING (record_id))) AS of_records;

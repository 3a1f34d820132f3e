-- sql/library.sql stores the countries and keywords of every record; a second
-- run gives the same rows; refreshing one source keeps the other's tags.
.read sql/library.sql
CREATE TEMP TABLE first_countries AS SELECT * FROM record_countries;
CREATE TEMP TABLE first_keywords AS SELECT * FROM record_keywords;
.read sql/library.sql
.mode list
.headers off
SELECT 'changed tag rows after a second run',
  (SELECT count(*) FROM (SELECT * FROM record_countries EXCEPT SELECT * FROM first_countries))
+ (SELECT count(*) FROM (SELECT * FROM first_countries EXCEPT SELECT * FROM record_countries))
+ (SELECT count(*) FROM (SELECT * FROM record_keywords EXCEPT SELECT * FROM first_keywords))
+ (SELECT count(*) FROM (SELECT * FROM first_keywords EXCEPT SELECT * FROM record_keywords));
-- Every record with its countries (in order of its title), as written by hand
-- in tests/tagging/countries_seed.tsv.
.headers on
SELECT replace(d.path, lit_source('.') || '/', '') AS path, r.ordinal, substr(r.title, 1, 40) AS title,
       (SELECT group_concat(code || ':' || mentions || (CASE WHEN in_title THEN '*' ELSE '' END), ' ')
        FROM (SELECT * FROM record_countries AS c WHERE c.record_id = r.record_id ORDER BY code)) AS countries
FROM records AS r JOIN documents AS d USING (doc_id) ORDER BY d.path, r.ordinal;
SELECT count(*) AS keyword_rows, count(DISTINCT concept) AS concepts, sum(mentions) AS mentions,
       sum(in_title) AS in_titles FROM record_keywords;
SELECT concept, mentions, in_title FROM record_keywords
WHERE record_id = (SELECT record_id FROM records WHERE title LIKE 'The End of%') ORDER BY concept;
-- Tags follow their records when a source is refreshed alone.
INSERT OR REPLACE INTO temp.kolit_args VALUES ('source', 'seeds/000_aa1e9265ac47af7f.txt');
.read sql/library.sql
.headers off
SELECT 'tag rows', (SELECT count(*) FROM record_countries), (SELECT count(*) FROM record_keywords);
SELECT 'orphan tags', (SELECT count(*) FROM record_countries WHERE record_id NOT IN (SELECT record_id FROM records))
                    + (SELECT count(*) FROM record_keywords WHERE record_id NOT IN (SELECT record_id FROM records));

-- library.sql keeps library_terms: the term pairs mined from the records (term_pairs:
-- 한국어(English) parentheses, keyword lists in both languages) and each record's two
-- titles paired whole. korean_query(text, 'library_terms') crosses languages with them.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/fixtures');
.read sql/library.sql
.mode list
SELECT source, count(*), count(DISTINCT concept) FROM library_terms GROUP BY source ORDER BY source;
SELECT concept, term FROM library_terms WHERE concept IN ('cluster policy', 'gyeonggi province') GROUP BY concept, term ORDER BY concept, term;
-- An English title finds the record that has only the Korean one.
CREATE VIRTUAL TABLE t USING fts5(title, tokenize='porter korean');
INSERT INTO t(rowid, title) SELECT record_id, coalesce(title_ko, title) FROM records;
SELECT title FROM t WHERE t MATCH korean_query('Network Structure and Performance of Regional Innovation Clusters in Gyeonggi Province', 'library_terms');
-- A refresh replaces the source's terms (no copies); a record deleted takes its terms along.
.read sql/library.sql
SELECT count(*) FROM library_terms;
DELETE FROM records WHERE record_id = (SELECT min(record_id) FROM library_terms WHERE source = 'title');
SELECT count(*) FROM library_terms;

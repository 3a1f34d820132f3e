-- korean_query(text, vocabulary): a word or phrase that is a term of a
-- concept becomes every term of that concept, in every language; run against
-- a real FTS5 table, with the exact rows found.
.mode list
CREATE VIRTUAL TABLE p USING fts5(title, tokenize='porter korean');
INSERT INTO p(rowid, title) VALUES
  (1, '유럽연합의 스마트 전문화 전략'),
  (2, '스마트전문화와 지역혁신'),
  (3, 'Smart specialisation in European regions'),
  (4, '대학의 기술이전 성과'),
  (5, 'Technology transfer offices in Germany'),
  (6, '독일의 클러스터 정책'),
  (7, 'Cluster policies in Baden-Württemberg'),
  (8, '스마트 시티의 전문가');
CREATE TABLE typed(ordinal INTEGER PRIMARY KEY, q TEXT);
INSERT INTO typed(q) VALUES
  ('smart specialization'),
  ('스마트전문화'),
  ('기술이전'),
  ('technology transfer'),
  ('cluster policy'),
  ('클러스터정책의 독일'),
  ('"smart specialization"'),
  ('smart OR specialization');   -- specialization is a concept of its own (전문화, 특화)
-- ordinal, typed, rows with the vocabulary, rows without
SELECT t.ordinal, t.q,
       coalesce((SELECT group_concat(rowid, ' ') FROM (SELECT rowid FROM p WHERE p MATCH korean_query(t.q, 'cluster_policy') ORDER BY rowid)), '-'),
       coalesce((SELECT group_concat(rowid, ' ') FROM (SELECT rowid FROM p WHERE p MATCH korean_query(t.q) ORDER BY rowid)), '-')
FROM typed AS t ORDER BY t.ordinal;
SELECT korean_query('기술이전의 성과', 'cluster_policy');
-- a user vocabulary, as for keywords(): a table or view of concept, term
CREATE TABLE my_terms(concept TEXT, term TEXT);
INSERT INTO my_terms VALUES ('tt', '기술이전'), ('tt', 'technology transfer'), ('tt', NULL), (NULL, 'x');
SELECT korean_query('기술이전', 'my_terms');
SELECT group_concat(rowid, ' ') FROM p WHERE p MATCH korean_query('technology transfer', 'my_terms');
-- errors name the function and the vocabulary
SELECT korean_query('x', 'no_such_table');
SELECT korean_query('x', 3);
-- the two-argument form reads a table: not from a view or trigger of an untrusted schema
PRAGMA trusted_schema = OFF;
CREATE VIEW v AS SELECT korean_query('기술이전', 'cluster_policy') AS q;
SELECT q FROM v;
CREATE VIEW w AS SELECT korean_query('기술이전') AS q;
SELECT q FROM w;
SELECT name, narg, flags & 0x280800 FROM pragma_function_list WHERE name = 'korean_query' ORDER BY narg;

-- term_pairs(text [, keywords]): Korean-English pairs mined from a record,
-- and a vocabulary of the library made of them for korean_query().
.mode list
SELECT concept, lang, term, source FROM term_pairs('유럽연합의 스마트 전문화(smart specialization) 전략과 지역혁신체계(RIS), 그리고 선행연구(Porter, 1990) 및 결과(그림 2)를 다룬다.');
SELECT concept, lang, term, source FROM term_pairs(NULL, '["기술이전","산학협력","technology transfer","industry-university cooperation",3]');
SELECT count(*) FROM term_pairs(NULL, '["기술이전","산학협력","technology transfer"]');
SELECT count(*) FROM term_pairs('', NULL);
-- errors
SELECT * FROM term_pairs(NULL, 'not json');
SELECT * FROM term_pairs;
-- the library's records, their pairs as a vocabulary view, searched across languages
CREATE TABLE records(record_id INTEGER PRIMARY KEY, title TEXT, abstract TEXT, keywords TEXT);
INSERT INTO records VALUES
  (1, '지역 혁신 체계의 진화', '이 글은 학습 지역(learning region)과 지역 혁신 체계(regional innovation system)의 관계를 다룬다.', '["학습지역","혁신체계","learning region","innovation system"]'),
  (2, 'Learning regions in Germany', 'The learning region concept and regional innovation systems.', NULL),
  (3, '독일의 학습지역', '바덴-뷔르템베르크주의 사례', NULL);
CREATE VIEW library_terms AS
  SELECT DISTINCT p.concept, p.term FROM records AS r, term_pairs(r.abstract, r.keywords) AS p;
SELECT concept, term FROM library_terms ORDER BY concept, term;
CREATE VIRTUAL TABLE records_fts USING fts5(title, abstract, content='records', content_rowid='record_id', tokenize='porter korean');
INSERT INTO records_fts(records_fts) VALUES ('rebuild');
SELECT korean_query('learning region', 'library_terms');
SELECT group_concat(rowid, ' ') FROM (SELECT rowid FROM records_fts WHERE records_fts MATCH korean_query('learning region', 'library_terms') ORDER BY rowid);
SELECT group_concat(rowid, ' ') FROM (SELECT rowid FROM records_fts WHERE records_fts MATCH korean_query('learning region') ORDER BY rowid);
-- pure: usable from views of an untrusted schema
PRAGMA trusted_schema = OFF;
SELECT count(*) FROM library_terms;
SELECT name FROM pragma_module_list WHERE name = 'term_pairs';

-- The korean FTS5 tokenizer end to end: every search behaviour of issue 3,
-- highlight()/snippet() offsets, options, and index integrity.
.mode list
CREATE VIRTUAL TABLE t USING fts5(x, tokenize='korean');
INSERT INTO t(rowid, x) VALUES
  (1, '지역산업클러스터정책은 효과가 있었다'),
  (2, '클러스터 정책의 성과를 분석한다'),
  (3, '클러스터는 혁신의 거점이다'),
  (4, '산업클러스터의 발전하는 모습'),
  (5, '클러스터에서 일하는 사람들'),
  (6, '대표적인 클러스터이다'),
  (7, '지역이 발전된 사례와 발전적 논의'),
  (8, '비급여 항목이 늘었다'),
  (9, '급여 인상'),
  (10, '젓갈클러스터 조성'),
  (11, 'TAMA클러스터의 사례'),
  (12, '4차산업혁명과 R&D투자'),
  (13, '혁신ㆍ산업·지역/정책'),
  (14, '韓國의 地域産業 정책'),
  (15, 'Cluster policy in Baden-Württemberg'),
  (16, '한국의 지역산업');
-- particles and endings stripped
SELECT '클러스터', group_concat(rowid, ' ') FROM t WHERE t MATCH '클러스터';
SELECT '클러스터는', group_concat(rowid, ' ') FROM t WHERE t MATCH '클러스터는';
SELECT '발전', group_concat(rowid, ' ') FROM t WHERE t MATCH '발전';
-- compounds: each part, the compound typed whole, and the phrase with a space
SELECT '정책', group_concat(rowid, ' ') FROM t WHERE t MATCH '정책';
SELECT '클러스터정책', group_concat(rowid, ' ') FROM t WHERE t MATCH '클러스터정책';
SELECT '"클러스터 정책"', group_concat(rowid, ' ') FROM t WHERE t MATCH '"클러스터 정책"';
SELECT '젓갈', group_concat(rowid, ' ') FROM t WHERE t MATCH '젓갈';
-- meaning-bearing prefix kept: 급여 does not find 비급여
SELECT '급여', group_concat(rowid, ' ') FROM t WHERE t MATCH '급여';
SELECT '비급여', group_concat(rowid, ' ') FROM t WHERE t MATCH '비급여';
-- script changes and list separators
SELECT 'tama', group_concat(rowid, ' ') FROM t WHERE t MATCH 'tama';
SELECT '산업혁명', group_concat(rowid, ' ') FROM t WHERE t MATCH '산업혁명';
SELECT '"4 차"', group_concat(rowid, ' ') FROM t WHERE t MATCH '"4 차"';
SELECT '투자', group_concat(rowid, ' ') FROM t WHERE t MATCH '투자';
SELECT 'R&D', group_concat(rowid, ' ') FROM t WHERE t MATCH '"R&D"';
SELECT '혁신', group_concat(rowid, ' ') FROM t WHERE t MATCH '혁신';
-- Hanja read as Hangul; Hanja queries find Hangul text too
SELECT '한국', group_concat(rowid, ' ') FROM t WHERE t MATCH '한국';
SELECT '지역산업', group_concat(rowid, ' ') FROM t WHERE t MATCH '지역산업';
SELECT '韓國', group_concat(rowid, ' ') FROM t WHERE t MATCH '韓國';
-- Latin folded, diacritics removed
SELECT 'wurttemberg', group_concat(rowid, ' ') FROM t WHERE t MATCH 'wurttemberg';
SELECT 'CLUSTER', group_concat(rowid, ' ') FROM t WHERE t MATCH 'CLUSTER';
-- highlight() and snippet() mark exactly the matched text
SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '클러스터정책' ORDER BY rowid;
SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '발전' ORDER BY rowid;
SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '지역산업' ORDER BY rowid;
SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH 'tama OR 투자 OR wurttemberg' ORDER BY rowid;
SELECT snippet(t, 0, '[', ']', '…', 3) FROM t WHERE t MATCH '혁신' ORDER BY rowid;
-- NFD text (macOS) and NFC queries match each other
INSERT INTO t(rowid, x) VALUES (17, char(0x1112,0x1161,0x11AB,0x1100,0x1161,0x11BC) || '의 ' || char(0x1112,0x1167,0x11A8,0x1109,0x1175,0x11AB));
SELECT 'NFD', rowid, highlight(t, 0, '[', ']') = char(0x1112,0x1161,0x11AB,0x1100,0x1161,0x11BC) || '의 [' || char(0x1112,0x1167,0x11A8,0x1109,0x1175,0x11AB) || ']' FROM t WHERE t MATCH '혁신 NOT 거점 NOT 산업';
SELECT 'NFC query', group_concat(rowid, ' ') FROM t WHERE t MATCH '한강';
-- porter wraps korean: English stems, Korean untouched
CREATE VIRTUAL TABLE p USING fts5(x, tokenize='porter korean');
INSERT INTO p(rowid, x) VALUES (1, 'industrial clusters in Württemberg'), (2, '클러스터들의 성장'), (3, 'one cluster');
SELECT 'porter cluster', group_concat(rowid, ' ') FROM p WHERE p MATCH 'cluster';
SELECT 'porter clusters', group_concat(rowid, ' ') FROM p WHERE p MATCH 'clusters';
SELECT 'porter 클러스터', group_concat(rowid, ' ') FROM p WHERE p MATCH '클러스터';
-- options: choseong index, hanja off, errors
CREATE VIRTUAL TABLE c USING fts5(x, tokenize='korean choseong 1');
INSERT INTO c(rowid, x) VALUES (1, '클러스터 정책'), (2, '크리스마스 선물'), (3, '정치 참여');
SELECT 'ㅋㄹㅅㅌ', group_concat(rowid, ' ') FROM c WHERE c MATCH 'ㅋㄹㅅㅌ';
SELECT '클러스ㅌ', group_concat(rowid, ' ') FROM c WHERE c MATCH '클러스ㅌ';
SELECT 'ㅈㅊ', group_concat(rowid, ' ') FROM c WHERE c MATCH 'ㅈㅊ';
SELECT highlight(c, 0, '[', ']') FROM c WHERE c MATCH 'ㅋㄹㅅㅌ';
CREATE VIRTUAL TABLE h USING fts5(x, tokenize='korean hanja 0');
INSERT INTO h(rowid, x) VALUES (1, '韓國의 産業');
SELECT 'hanja 0', (SELECT count(*) FROM h WHERE h MATCH '한국'), (SELECT count(*) FROM h WHERE h MATCH '韓國');
CREATE VIRTUAL TABLE e1 USING fts5(x, tokenize='korean bogus 1');
CREATE VIRTUAL TABLE e2 USING fts5(x, tokenize='korean choseong 2');
CREATE VIRTUAL TABLE e3 USING fts5(x, tokenize='korean choseong');
CREATE VIRTUAL TABLE e4 USING fts5(x, tokenize='korean userdict no_such_table');
-- user dictionary: kept whole or split as the user says
CREATE TABLE my_words(word TEXT);
INSERT INTO my_words VALUES ('지역산업'), ('스타+벅스'), (NULL);
CREATE VIRTUAL TABLE u USING fts5(x, tokenize='korean userdict my_words');
INSERT INTO u(rowid, x) VALUES (1, '지역산업클러스터의 성장'), (2, '스타벅스가 들어섰다'), (3, '산업 지역');
SELECT 'user 지역산업', group_concat(rowid, ' ') FROM u WHERE u MATCH '지역산업';
SELECT 'user 산업', group_concat(rowid, ' ') FROM u WHERE u MATCH '산업';
SELECT 'user 벅스', group_concat(rowid, ' ') FROM u WHERE u MATCH '벅스';
INSERT INTO my_words VALUES ('abc');
CREATE VIRTUAL TABLE u2 USING fts5(x, tokenize='korean userdict my_words');
-- integrity after many inserts, updates and deletes (the same text always gives the same tokens)
CREATE VIRTUAL TABLE r USING fts5(x, tokenize='korean choseong 1');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400),
  w(k, word) AS (VALUES (0, '지역산업클러스터정책은'), (1, '발전하는'), (2, 'TAMA클러스터의'), (3, '韓國'),
    (4, '4차산업혁명'), (5, 'Württemberg'), (6, '😀'), (7, '비급여'), (8, 'ㅋㅋㅋ'), (9, '카카오클러스터'))
INSERT INTO r(rowid, x) SELECT i, (SELECT word FROM w WHERE k = i % 10) || ' ' || (SELECT word FROM w WHERE k = (i * 7) % 10)
  || (SELECT word FROM w WHERE k = (i * 3) % 10) FROM n;
UPDATE r SET x = x || ' 혁신도시의 성과' WHERE rowid % 3 = 0;
DELETE FROM r WHERE rowid % 5 = 0;
INSERT INTO r(r) VALUES ('integrity-check');
SELECT 'integrity', count(*) FROM r;
SELECT 'r 클러스터', count(*) FROM r WHERE r MATCH '클러스터';
CREATE VIRTUAL TABLE r2 USING fts5(x, content='', tokenize='korean');
INSERT INTO r2(rowid, x) SELECT rowid, x FROM r;
INSERT INTO r2(r2, rowid, x) SELECT 'delete', rowid, x FROM r WHERE rowid % 2 = 0;
INSERT INTO r2(r2) VALUES ('integrity-check');
SELECT 'contentless', count(*) FROM r2 WHERE r2 MATCH '발전';
-- an unknown word that lost a one-syllable particle is also indexed whole, so
-- 히어로 (히어 + 로, and 히어로) and 히어로가 (히어로 + 가) find each other
CREATE VIRTUAL TABLE hero USING fts5(x, tokenize='korean');
INSERT INTO hero(rowid, x) VALUES (1, '히어로가 나왔다'), (2, '그 히어로'), (3, '슈퍼히어로 영화'), (4, '영웅');
SELECT '히어로', group_concat(rowid, ' ') FROM hero WHERE hero MATCH '히어로';
SELECT '히어로가', group_concat(rowid, ' ') FROM hero WHERE hero MATCH '히어로가';
SELECT 'query 히어로', korean_query('히어로'), group_concat(rowid, ' ') FROM hero WHERE hero MATCH korean_query('히어로');
SELECT rowid, highlight(hero, 0, '[', ']') FROM hero WHERE hero MATCH '히어로' ORDER BY rowid;
SELECT token, start, "end", position, colocated FROM korean_tokens('히어로');
INSERT INTO hero(hero) VALUES ('integrity-check');

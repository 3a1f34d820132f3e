-- korean_query(text): operators, phrases, column filters, prefixes and
-- questions, run against real FTS5 tables; every expression is shown with the
-- exact rows it finds.
.mode list
CREATE VIRTUAL TABLE p USING fts5(title, abstract, tokenize='porter korean');
INSERT INTO p(rowid, title, abstract) VALUES
  (1, '독일의 지역 혁신클러스터 정책', '클러스터 정책은 1990년대부터 시작되었다.'),
  (2, '일본의 산업클러스터정책', '산학연협력과 지역혁신의 성과를 평가한다.'),
  (3, '미국의 혁신 정책', '독일과 일본의 클러스터를 비교한다.'),
  (4, '스마트전문화 전략', '유럽연합의 스마트 전문화는 지역 혁신의 전략이다.'),
  (5, '크리스마스 특집', '클러스터와 무관한 글: ''선택과 집중''의 종언 - 그 이후');
CREATE TABLE typed(ordinal INTEGER PRIMARY KEY, q TEXT);
INSERT INTO typed(q) VALUES
  ('독일 OR 일본'),
  ('독일 or 일본'),
  ('독일 AND 클러스터'),
  ('클러스터 NOT 독일'),
  ('(독일 OR 일본) 클러스터정책'),
  ('독일 OR 일본 정책'),
  ('"혁신 클러스터"'),
  ('"클러스터 혁신"'),
  ('title: 클러스터'),
  ('abstract:클러스터 NOT title:클러스터'),
  ('title: (독일 OR 미국)'),
  ('클러스*'),
  ('클러스ㅌ'),
  ('정*'),
  ('''선택과 집중'''),
  ('- 종언'),
  ('!!!'),
  ('NOT 독일'),
  ('독일 NOT'),
  ('))) 정책 ((('),
  ('클러스터 정책은 언제부터 시작되었는가'),
  ('일본은 어떻게 산학연협력을 평가하는가'),
  ('언제');
SELECT t.ordinal, t.q, korean_query(t.q),
       coalesce((SELECT group_concat(rowid, ' ') FROM (SELECT rowid FROM p WHERE p MATCH korean_query(t.q) ORDER BY rowid)), '-')
FROM typed AS t ORDER BY t.ordinal;
-- highlights show what matched
SELECT rowid, highlight(p, 0, '[', ']'), highlight(p, 1, '[', ']') FROM p
WHERE p MATCH korean_query('클러스터 정책은 언제부터 시작되었는가') ORDER BY rowid;
-- NULL gives NULL; an unknown column is FTS5's own error
SELECT quote(korean_query(NULL));
SELECT count(*) FROM p WHERE p MATCH korean_query('subject: 독일');
-- what loading adds, with flags
SELECT name, narg, flags & 0x280800 FROM pragma_function_list WHERE name = 'korean_query' ORDER BY narg;

-- korean_tokens(text [, options]) and korean_query(text): what the korean
-- tokenizer emits, option errors with their exact messages, the API surface.
.mode list
.headers on
SELECT token, start, "end", position, colocated FROM korean_tokens('지역산업클러스터정책은 韓國의');
.headers off
SELECT group_concat(token || ':' || position || ':' || colocated, ' ') FROM korean_tokens('클러스터 정책', 'choseong 1');
SELECT group_concat(token, ' ') FROM korean_tokens('韓國 産業', 'hanja 0');
SELECT group_concat(token, ' ') FROM korean_tokens('발전하는 발전된 발전적 4차산업혁명 R&D투자 Württemberg ㅋㅋ');
SELECT count(*) FROM korean_tokens('');
SELECT count(*) FROM korean_tokens(NULL);
SELECT count(*) FROM korean_tokens(' ,.!? 😀 ');
-- each token with the text its byte range covers
SELECT token, CAST(substr(CAST('Ünïcödé 클러스터의 韓國' AS BLOB), start + 1, "end" - start) AS TEXT)
  FROM korean_tokens('Ünïcödé 클러스터의 韓國');
-- options: exact messages
SELECT * FROM korean_tokens('가', 'bogus 1');
SELECT * FROM korean_tokens('가', 'choseong 2');
SELECT * FROM korean_tokens('가', 'choseong');
SELECT * FROM korean_tokens('가', 'userdict no_such_table');
CREATE TABLE words(word TEXT);
INSERT INTO words VALUES ('지역산업'), ('스타+벅스');
SELECT group_concat(token, ' ') FROM korean_tokens('지역산업클러스터 스타벅스가', 'userdict words');
SELECT * FROM korean_tokens('가', 'userdict words userdict words');
INSERT INTO words VALUES ('R&D');
SELECT * FROM korean_tokens('가', 'userdict words');
-- the text argument is required
SELECT * FROM korean_tokens;
-- korean_query
SELECT korean_query('지역산업클러스터정책');
SELECT korean_query('클러스터의   발전하는 "정책" -혁신 OR (x)');
SELECT korean_query('클러스ㅌ');
SELECT korean_query('ㅋㄹㅅㅌ');
SELECT quote(korean_query(''));
SELECT quote(korean_query('!!! ---'));
SELECT quote(korean_query(NULL));
CREATE VIRTUAL TABLE t USING fts5(x, tokenize='korean');
INSERT INTO t(rowid, x) VALUES (1, '클러스터 정책의 성과'), (2, '크리스마스'), (3, '정책 클러스터');
SELECT group_concat(rowid, ' ') FROM t WHERE t MATCH korean_query('클러스터정책');
SELECT group_concat(rowid, ' ') FROM t WHERE t MATCH korean_query('클러스ㅌ');
SELECT group_concat(rowid, ' ') FROM t WHERE t MATCH korean_query('정책 NOT');
-- what loading adds, with flags
SELECT name, narg, flags & 0x280800 FROM pragma_function_list WHERE name IN ('korean_query') ORDER BY name;
SELECT name FROM pragma_module_list WHERE name = 'korean_tokens';

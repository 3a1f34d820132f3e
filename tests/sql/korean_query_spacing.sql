-- Spacing: compounds of the field written glued and with spaces, each form
-- indexed as its own row; korean_query() of every form must find every other
-- form of the same compound (and no form of another). The list is kolit's own
-- (regional innovation and cluster policy), not taken from any test data.
.mode list
CREATE TABLE forms(id INTEGER PRIMARY KEY, compound INT, form TEXT);
INSERT INTO forms(compound, form) VALUES
  (1, '지역혁신클러스터정책'), (1, '지역혁신 클러스터정책'), (1, '지역 혁신 클러스터 정책'), (1, '지역혁신 클러스터 정책'),
  (2, '산학연협력'), (2, '산학연 협력'),
  (3, '스마트전문화'), (3, '스마트 전문화'),
  (4, '혁신클러스터'), (4, '혁신 클러스터'),
  (5, '산업클러스터정책의'), (5, '산업 클러스터 정책의'), (5, '산업클러스터 정책의'),
  (6, '지역산업정책'), (6, '지역 산업정책'), (6, '지역산업 정책'),
  (7, '기술이전'), (7, '기술 이전'),
  (8, '연구개발투자'), (8, '연구개발 투자'), (8, '연구 개발 투자'),
  (9, '지역균형발전'), (9, '지역 균형발전'), (9, '지역균형 발전'),
  (10, '창조경제혁신센터'), (10, '창조경제 혁신센터'), (10, '창조경제혁신 센터'),
  (11, '기업가정신'), (11, '기업가 정신'),
  (12, '강소연구개발특구'), (12, '강소 연구개발특구'), (12, '강소 연구개발 특구'),
  (13, '국가균형발전위원회'), (13, '국가균형발전 위원회'), (13, '국가 균형 발전 위원회'),
  (14, '지역혁신체계'), (14, '지역 혁신 체계'), (14, '지역혁신 체계'),
  (15, '혁신주체간네트워크'), (15, '혁신주체 간 네트워크'), (15, '혁신 주체 간 네트워크'),
  (16, '중소기업지원정책'), (16, '중소기업 지원정책'), (16, '중소기업 지원 정책'),
  (17, '광역경제권'), (17, '광역 경제권'),
  (18, '규제자유특구'), (18, '규제 자유 특구'), (18, '규제자유 특구'),
  (19, '산업집적지'), (19, '산업 집적지'),
  (20, '경제자유구역'), (20, '경제 자유 구역'), (20, '경제자유 구역'),
  (21, '거점도시'), (21, '거점 도시'),
  (22, '지역산업진흥'), (22, '지역산업 진흥'), (22, '지역 산업 진흥'),
  (23, '테크노파크'), (23, '테크노 파크');
CREATE VIRTUAL TABLE f USING fts5(form, tokenize='korean');
INSERT INTO f(rowid, form) SELECT id, form FROM forms;
-- pairs (typed form, other form of the same compound) found, of all pairs
SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM f WHERE f MATCH korean_query(a.form) AND f.rowid = b.id)), count(*)
FROM forms AS a JOIN forms AS b ON a.compound = b.compound AND a.id <> b.id;
-- the pairs missed: 테크노파크 is kept whole, and neither 테크노 nor 파크 is a
-- word of the lexicon, so no cut is tried there
SELECT a.form, b.form FROM forms AS a JOIN forms AS b ON a.compound = b.compound AND a.id <> b.id
WHERE NOT EXISTS (SELECT 1 FROM f WHERE f MATCH korean_query(a.form) AND f.rowid = b.id) ORDER BY a.id, b.id;
-- forms of another compound found: only where that compound contains this one
-- (혁신 클러스터 in 지역혁신클러스터정책)
SELECT a.form, b.form FROM forms AS a JOIN forms AS b ON a.compound <> b.compound
WHERE EXISTS (SELECT 1 FROM f WHERE f MATCH korean_query(a.form) AND f.rowid = b.id) ORDER BY a.id, b.id;
-- the expressions, glued and spaced
SELECT form, korean_query(form) FROM forms WHERE compound IN (2, 3, 7) ORDER BY id;

-- keywords(), keyword_tags(), lit_vocabulary, user vocabularies, errors, flags.
.mode list
SELECT keywords('독일의 혁신클러스터와 smart specialisation');
SELECT keywords('Regional innovation systems, lock-ins and cluster policies');
SELECT keywords('산학연 협력과 중개조직', 'cluster_policy');
SELECT keywords(''), keywords(NULL) IS NULL;
.mode box
SELECT * FROM keyword_tags('클러스터 정책의 평가지표; clustering of SMEs');
SELECT concept, matched, vocabulary FROM keyword_tags('Triple Helix', 'cluster_policy');
.mode list
SELECT count(*), count(DISTINCT concept), count(broader), count(DISTINCT lang) FROM lit_vocabulary;
SELECT vocabulary, concept, broader, lang, term FROM lit_vocabulary WHERE concept = 'innovation_cluster' ORDER BY lang, term;
SELECT count(*) FROM lit_vocabulary WHERE broader IS NOT NULL AND broader NOT IN (SELECT concept FROM lit_vocabulary);
-- a user vocabulary: any table or view with columns concept and term
CREATE TABLE foods(concept TEXT, term TEXT, note TEXT);
INSERT INTO foods VALUES ('kimchi', '김치', 'x'), ('kimchi', 'kimchi', NULL), ('stew', 'kimchi stew', NULL),
  ('empty', NULL, NULL), (NULL, 'ignored', NULL), ('quote"d', 'bibimbap', NULL);
CREATE VIEW food_view AS SELECT concept, term FROM foods WHERE concept = 'kimchi';
SELECT keywords('Kimchi stews, 김치찌개 and bibimbap', 'foods');
SELECT keywords('Kimchi stews, 김치찌개 and bibimbap', 'food_view');
SELECT keywords('ignored', 'foods');
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs(body) VALUES ('kimchi'), ('no food'), ('김치와 bibimbap'), (NULL);
SELECT id, keywords(body, 'foods') FROM docs ORDER BY id;
SELECT d.id, k.concept, k.matched, k.start, k.end, k.vocabulary FROM docs d, keyword_tags(d.body, 'foods') k ORDER BY d.id, k.start;
-- errors
SELECT keywords('x', 'no_such_table');
SELECT keywords('x', 'docs');
SELECT keywords('x', NULL);
SELECT keywords('x', 42);
SELECT * FROM keyword_tags('x', 'no_such_table');
SELECT * FROM keyword_tags;
CREATE VIEW uses_user_vocabulary AS SELECT keywords('kimchi', 'foods') AS k;
SELECT * FROM uses_user_vocabulary;
CREATE VIEW uses_builtin AS SELECT keywords('lock-in') AS k;
SELECT * FROM uses_builtin;
SELECT name, narg, flags & 0x000800 != 0 AS deterministic, flags & 0x200000 != 0 AS innocuous,
       flags & 0x080000 != 0 AS directonly
  FROM pragma_function_list WHERE name = 'keywords' ORDER BY narg;
SELECT name FROM pragma_module_list WHERE name IN ('country_tags', 'keyword_tags', 'lit_vocabulary') ORDER BY name;

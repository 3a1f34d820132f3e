-- Untrusted databases (PRAGMA trusted_schema=OFF): no view, trigger or
-- generated column can make kolit read a file, while the pure functions, the
-- tokenizer and the taggers keep working from the schema.
PRAGMA trusted_schema = OFF;
.headers on
.nullvalue NULL

-- pure functions in a generated column, a view and a trigger
CREATE TABLE notes(body TEXT, codes TEXT GENERATED ALWAYS AS (countries(body)) VIRTUAL);
INSERT INTO notes(body) VALUES ('독일과 일본의 클러스터 정책');
SELECT codes FROM notes;
CREATE VIEW note_tags AS SELECT code, matched FROM notes, country_tags(notes.body);
SELECT * FROM note_tags;
CREATE VIEW note_keywords AS SELECT keywords(body) AS concepts FROM notes;
SELECT * FROM note_keywords;
CREATE VIEW tokens AS SELECT token FROM korean_tokens('클러스터정책은');
SELECT * FROM tokens;
CREATE VIEW query AS SELECT korean_query('클러스터정책') AS q, country_name('DE', 'ko') AS name;
SELECT * FROM query;
CREATE VIEW vocabulary_size AS SELECT count(*) AS terms FROM lit_vocabulary WHERE concept = 'cluster';
SELECT * FROM vocabulary_size;

-- the korean tokenizer indexes and searches; (SQLite itself refuses FTS5
-- tables inside triggers and views of an untrusted schema, whatever the tokenizer)
CREATE VIRTUAL TABLE search USING fts5(x, tokenize='korean');
INSERT INTO search SELECT body FROM notes;
INSERT INTO search VALUES ('지역산업클러스터정책은 진화한다');
SELECT rowid, highlight(search, 0, '[', ']') AS hit FROM search WHERE search MATCH korean_query('클러스터정책');
CREATE TRIGGER index_note AFTER INSERT ON notes BEGIN INSERT INTO search VALUES (new.body); END;
INSERT INTO notes(body) VALUES ('클러스터');
DROP TRIGGER index_note;

-- file readers are refused in views and triggers
CREATE VIEW files AS SELECT path FROM lit_documents('seeds');
SELECT * FROM files;
CREATE TRIGGER read_pages AFTER INSERT ON notes BEGIN SELECT count(*) FROM lit_records('seeds'); END;
INSERT INTO notes(body) VALUES ('x');
DROP TRIGGER read_pages;

-- keywords() with a user vocabulary reads a table: direct use only
CREATE TABLE my_terms(concept TEXT, term TEXT);
INSERT INTO my_terms VALUES ('evolution', '진화');
SELECT keywords('클러스터의 진화', 'my_terms') AS direct;
CREATE VIEW my_keywords AS SELECT keywords(body, 'my_terms') FROM notes;
SELECT * FROM my_keywords;

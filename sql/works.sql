-- sql/works.sql: one row per paper. Runs after sql/library.sql on a library database
-- and recomputes the works from all its records (docs/works.md):
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/library.sql
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/works.sql
--
-- Tables:
--   works           one row per paper: the best value of each field from its records
--                   and, in <field>_from, the record that gave it
--   record_work     each record's work (record_id, work_id); a paper alone is a work
--                   of one record; work_id is the smallest record_id of the work
--   work_merges     each merge and its evidence (doi, kci_id, title_ko+year+author, user, ...)
--   work_versions   works that are versions of each other (a journal article and a
--                   conference paper of the same title and authors)
--   work_decisions  the user's own decisions, by page path and ordinal so that they
--                   survive refreshes (record ids change when a source is read again);
--                   this script never writes to it
-- Views:
--   work_decision_by_id  INSERT INTO work_decision_by_id(record_a, record_b, decision[, note])
--                   records a decision by record ids
--   merges          work_merges with both records' paths, years and titles
-- The lead folds this into sql/library.sql once issues 10 and 11 land: record_work
-- becomes records.work_id, and the JSON below gains the new record columns (type, doi,
-- journal_ko, journal_foreign, keywords, abstract_ko, abstract_foreign, url) and the
-- authors' name_ko, name_latin and affiliation.
.bail on
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS work_decisions(
  path_a    TEXT NOT NULL,
  ordinal_a INTEGER NOT NULL,
  path_b    TEXT NOT NULL,
  ordinal_b INTEGER NOT NULL,
  decision  TEXT NOT NULL CHECK(decision IN ('same', 'different')),
  note      TEXT,
  PRIMARY KEY(path_a, ordinal_a, path_b, ordinal_b)
) WITHOUT ROWID;

CREATE VIEW IF NOT EXISTS work_decision_by_id(record_a, record_b, decision, note) AS
SELECT NULL, NULL, decision, note FROM work_decisions WHERE 0;
CREATE TRIGGER IF NOT EXISTS work_decision_by_id_insert INSTEAD OF INSERT ON work_decision_by_id
BEGIN
  SELECT raise(ABORT, 'work_decision_by_id: record_a and record_b are one record')
  WHERE NEW.record_a = NEW.record_b;
  SELECT raise(ABORT, 'work_decision_by_id: no such record')
  WHERE (SELECT count(*) FROM records WHERE record_id IN (NEW.record_a, NEW.record_b)) <> 2;
  INSERT OR REPLACE INTO work_decisions(path_a, ordinal_a, path_b, ordinal_b, decision, note)
  SELECT da.path, ra.ordinal, db.path, rb.ordinal, NEW.decision, NEW.note
  FROM records AS ra JOIN documents AS da USING(doc_id), records AS rb JOIN documents AS db ON db.doc_id = rb.doc_id
  WHERE ra.record_id = min(NEW.record_a, NEW.record_b) AND rb.record_id = max(NEW.record_a, NEW.record_b);
END;

CREATE TABLE IF NOT EXISTS record_work(
  record_id INTEGER PRIMARY KEY REFERENCES records(record_id) ON DELETE CASCADE,
  work_id   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS record_work_work ON record_work(work_id);

CREATE TABLE IF NOT EXISTS works(
  work_id          INTEGER PRIMARY KEY,
  record_count     INTEGER NOT NULL,
  title_ko         TEXT, title_ko_from         INTEGER,
  title_foreign    TEXT, title_foreign_from    INTEGER,
  year             INTEGER, year_from        INTEGER,
  type             TEXT, type_from             INTEGER,
  doi              TEXT, doi_from              INTEGER,
  journal          TEXT, journal_from          INTEGER,
  volume           TEXT, volume_from           INTEGER,
  issue            TEXT, issue_from            INTEGER,
  page_first       TEXT, page_first_from       INTEGER,
  abstract_ko      TEXT, abstract_ko_from      INTEGER,
  abstract_foreign TEXT, abstract_foreign_from INTEGER,
  keywords         TEXT, keywords_from         TEXT,     -- JSON arrays: the union, the records
  authors          TEXT, authors_from          INTEGER   -- JSON array of {name, family, given, ...}
);

CREATE TABLE IF NOT EXISTS work_merges(
  work_id  INTEGER NOT NULL,
  record_a INTEGER NOT NULL,
  record_b INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY(record_a, record_b)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS work_versions(
  work_id    INTEGER NOT NULL,
  version_of INTEGER NOT NULL,
  evidence   TEXT NOT NULL,
  PRIMARY KEY(work_id, version_of)
) WITHOUT ROWID;

CREATE VIEW IF NOT EXISTS merges AS
SELECT m.work_id, m.evidence,
       m.record_a, da.path AS path_a, ra.year AS year_a, coalesce(ra.title_ko, ra.title) AS title_a,
       m.record_b, db.path AS path_b, rb.year AS year_b, coalesce(rb.title_ko, rb.title) AS title_b
FROM work_merges AS m
JOIN records AS ra ON ra.record_id = m.record_a JOIN documents AS da ON da.doc_id = ra.doc_id
JOIN records AS rb ON rb.record_id = m.record_b JOIN documents AS db ON db.doc_id = rb.doc_id;

BEGIN;
DROP TABLE IF EXISTS temp.work_match;
CREATE TEMP TABLE work_match AS
SELECT works_match(r.record_id,
  json_object('title', r.title, 'title_ko', r.title_ko, 'title_foreign', r.title_foreign,
    'year', r.year, 'journal', r.journal, 'volume', r.volume, 'issue', r.issue,
    'series_no', r.series_no, 'issue_no', r.issue_no, 'page_first', r.page_first,
    'abstract', r.abstract,
    'authors', (SELECT json_group_array(json_object('name', a.name, 'family', a.family, 'given', a.given))
                FROM (SELECT * FROM authors AS a WHERE a.record_id = r.record_id AND NOT a.et_al
                      ORDER BY a.position) AS a)),
  (SELECT json_group_array(json_object('a', ra.record_id, 'b', rb.record_id, 'decision', w.decision))
   FROM work_decisions AS w
   JOIN documents AS da ON da.path = w.path_a JOIN records AS ra ON ra.doc_id = da.doc_id AND ra.ordinal = w.ordinal_a
   JOIN documents AS db ON db.path = w.path_b JOIN records AS rb ON rb.doc_id = db.doc_id AND rb.ordinal = w.ordinal_b)
) AS m
FROM records AS r;

DELETE FROM record_work;
INSERT INTO record_work(record_id, work_id)
SELECT value ->> '$.record_id', value ->> '$.work_id' FROM temp.work_match, json_each(m, '$.records');

DELETE FROM works;
INSERT INTO works
SELECT w.value ->> '$.work_id', w.value ->> '$.record_count',
  w.value ->> '$.title_ko.value', w.value ->> '$.title_ko.record_id',
  w.value ->> '$.title_foreign.value', w.value ->> '$.title_foreign.record_id',
  w.value ->> '$.year.value', w.value ->> '$.year.record_id',
  w.value ->> '$.type.value', w.value ->> '$.type.record_id',
  w.value ->> '$.doi.value', w.value ->> '$.doi.record_id',
  w.value ->> '$.journal.value', w.value ->> '$.journal.record_id',
  w.value ->> '$.volume.value', w.value ->> '$.volume.record_id',
  w.value ->> '$.issue.value', w.value ->> '$.issue.record_id',
  w.value ->> '$.page_first.value', w.value ->> '$.page_first.record_id',
  w.value ->> '$.abstract_ko.value', w.value ->> '$.abstract_ko.record_id',
  w.value ->> '$.abstract_foreign.value', w.value ->> '$.abstract_foreign.record_id',
  w.value -> '$.keywords.value', w.value -> '$.keywords.record_ids',
  w.value -> '$.authors.value', w.value ->> '$.authors.record_id'
FROM temp.work_match, json_each(m, '$.works') AS w;

DELETE FROM work_merges;
INSERT INTO work_merges(work_id, record_a, record_b, evidence)
SELECT value ->> '$.work_id', value ->> '$.record_a', value ->> '$.record_b', value ->> '$.evidence'
FROM temp.work_match, json_each(m, '$.merges');

DELETE FROM work_versions;
INSERT INTO work_versions(work_id, version_of, evidence)
SELECT value ->> '$.work_id', value ->> '$.version_of', value ->> '$.evidence'
FROM temp.work_match, json_each(m, '$.versions');
DROP TABLE temp.work_match;
COMMIT;

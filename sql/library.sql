-- sql/library.sql: build (or refresh) a library database from a folder of saved pages.
-- Plain SQL, no dot-command: the sqlite3 shell, Python, Node or any binding runs it.
--
--   sqlite3 -bail -cmd '.load kolit' library.db < sql/library.sql          # seeds/
--   sqlite3 -bail -cmd '.load kolit' \
--     -cmd "CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value); INSERT INTO kolit_args VALUES ('source', 'pages/')" \
--     library.db < sql/library.sql
--   Python:  con.execute("CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value)")
--            con.execute("INSERT INTO kolit_args VALUES ('source', ?)", (folder,))
--            con.executescript(open("sql/library.sql").read())
--   Node (better-sqlite3): the same with db.prepare(...).run(folder) and db.exec(script).
--
-- The source comes from the temp table kolit_args (name 'source'; default 'seeds'),
-- which the caller fills with a bound parameter: no text of the caller is ever
-- spliced into SQL. It is a file, a directory or a glob, as for lit_documents(), and
-- is stored by its real path (lit_source()), so 'pages', './pages/' and the absolute
-- path are one source. Tables:
--   documents  one row per page read (keyed by its real path, remembering its source)
--   records    one row per bibliographic record (doc_id, ordinal)
--   authors    one row per author of a record (record_id, position)
--   records_fts  full-text index over records' titles, abstracts (both languages)
--              and keywords, Korean-aware (tokenize='porter korean', see
--              docs/tokenizer.md and sql/search.sql)
--   record_countries  the countries a record's title and abstract mention (record_id, code)
--   record_keywords   the cluster_policy concepts they mention (record_id, concept)
--   work_countries, work_keywords  the same of each work: the union over its
--              records (work_id, code or concept; mentions and in_title the
--              most of any of its records)
--   works      one row per paper (docs/works.md): the best value of each field
--              from its records and, in <field>_from, the record that gave it;
--              records.work_id is each record's work (the smallest record_id of
--              the work; a paper alone is a work of one record)
--   work_merges    each merge and its evidence (doi, kci_id, title_ko+year+author, user, ...)
--   work_versions  works that are versions of each other (a journal article and a
--              conference paper of the same title and authors)
--   work_decisions the user's own decisions (same / different), by page path and
--              ordinal so that they survive refreshes; this script never writes
--              to it, and the matcher obeys it
--   record_work_keys  each record's blocking keys (work_keys(), integers: two
--              records share a key when theirs differ by at most one): a refresh
--              matches again only the records its records share a key with
--   library_meta  what the library was built with (the keys of a probe record:
--              keys of another version of kolit are made again)
--   merges     (view) work_merges with both records' paths, years and titles
--   work_records  (view) each record as the JSON works_match reads
--   work_key_records  (view) the part of it work_keys reads
--   work_decision_ids  (view) work_decisions by the ids of the records now
--   work_decision_by_id  (view) INSERT INTO work_decision_by_id(record_a, record_b,
--              decision[, note]) records a decision by record ids
--   library_terms     Korean-English term pairs mined from the records, and their two
--              titles: a vocabulary for korean_query(text, 'library_terms')
-- Re-running with the same source replaces what that source gave before, so the
-- result is the same however often it runs; other sources' rows are kept, except a
-- page that the source reads again, which moves to it. The pages are read into temp
-- tables first; then one statement (the trigger kolit_apply_run) replaces the
-- source's rows, so any error leaves the database as it was, with or without -bail.
-- A source that names nothing to read is an error that names it (lit_source()).
-- A library built by an older kolit, whose tables lack this version's columns, is
-- refused with a message (build a new one). One built by the previous version (the
-- same tables, its index rebuilt from records on every run) is refreshed as it is.
-- The works are recomputed for the records a refresh can change: those of the
-- source, those that share a key (work_keys()) with them or with the records
-- they replace, the other records of their works, and the records of the
-- user's decisions; the result is that of matching the whole library again
-- (tests/sql/works_incremental.sql) but where a record the refresh removes was
-- what kept two other records apart (docs/works.md, Limits). A decision the user adds, or a `same` the
-- user withdraws, takes effect at the next run of any source; a withdrawn
-- `different` when a source of either record is refreshed.
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR IGNORE INTO temp.kolit_args(name, value) VALUES ('source', 'seeds');
PRAGMA foreign_keys = ON;

-- An older library: stop before anything is written.
DROP TABLE IF EXISTS temp.kolit_schema_check;
CREATE TEMP TABLE kolit_schema_check(old INTEGER);
CREATE TEMP TRIGGER kolit_schema_check_run AFTER INSERT ON kolit_schema_check WHEN new.old BEGIN
  SELECT raise(ABORT, 'library.sql: this library was built by an older kolit: its records table lacks the columns type, doi, keywords, source_id, csl, work_id, ...; move it away or delete it and run library.sql again to build a new one (the pages are read again)');
END;
INSERT INTO temp.kolit_schema_check
SELECT EXISTS (SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'records')
   AND (SELECT count(*) FROM pragma_table_info('records')
        WHERE name IN ('type', 'journal_ko', 'journal_foreign', 'doi', 'issn', 'eissn', 'publisher',
                       'keywords', 'abstract_ko', 'abstract_foreign', 'received', 'accepted',
                       'published', 'url', 'source_id', 'work_id')) < 16;

-- The schema. Other versions' columns are added in the lists of the check above.
CREATE TABLE IF NOT EXISTS documents(
  doc_id       INTEGER PRIMARY KEY,
  source       TEXT NOT NULL,
  path         TEXT NOT NULL UNIQUE,
  format       TEXT NOT NULL,
  series       TEXT,
  query        TEXT,
  result_count INTEGER,
  record_count INTEGER NOT NULL,
  encoding     TEXT,
  bytes        INTEGER NOT NULL,
  error        TEXT
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);

CREATE TABLE IF NOT EXISTS records(
  record_id     INTEGER PRIMARY KEY,
  doc_id        INTEGER NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  title         TEXT,
  title_ko      TEXT,
  title_foreign TEXT,
  authors       TEXT,
  author_count  INTEGER NOT NULL,
  journal       TEXT,
  volume,
  issue         TEXT,
  series_no     TEXT,
  page_first,
  page_last,
  page_count,
  issue_no,
  year,
  date          TEXT,
  abstract      TEXT,
  language      TEXT,
  has_pdf       INTEGER NOT NULL,
  partial       INTEGER NOT NULL,
  type          TEXT,             -- CSL item type: article-journal, paper-conference, report, thesis, ...
  journal_ko    TEXT,
  journal_foreign TEXT,
  doi           TEXT,
  issn          TEXT,
  eissn         TEXT,
  publisher     TEXT,
  keywords      TEXT,             -- JSON array of the author keywords as given
  abstract_ko   TEXT,
  abstract_foreign TEXT,
  received      TEXT,             -- ISO dates
  accepted      TEXT,
  published     TEXT,
  url           TEXT,
  source_id     TEXT,             -- KCI ART id, KoreaScience article id, citation key
  csl           TEXT,             -- the record as one CSL-JSON item (to_ris, to_bibtex, sql/export.sql)
  work_id       INTEGER,          -- its work (works.work_id): the smallest record_id of the work
  UNIQUE(doc_id, ordinal)
);
CREATE INDEX IF NOT EXISTS records_year ON records(year);
CREATE INDEX IF NOT EXISTS records_work ON records(work_id);
CREATE INDEX IF NOT EXISTS records_journal ON records(journal);

CREATE TABLE IF NOT EXISTS authors(
  record_id INTEGER NOT NULL REFERENCES records(record_id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,
  family    TEXT,
  given     TEXT,
  et_al     INTEGER NOT NULL,
  affiliation TEXT,
  name_ko   TEXT,
  name_latin TEXT,
  PRIMARY KEY(record_id, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS authors_family ON authors(family);
-- The authors named in both scripts: their pairs serve every record (works_match).
CREATE INDEX IF NOT EXISTS authors_name_pair ON authors(record_id)
  WHERE name_ko IS NOT NULL AND name_latin IS NOT NULL;

-- External content: the text stays in records; porter stems the English titles
-- and abstracts, korean strips particles, splits compounds and reads Hanja.
-- abstract holds every abstract of the page in page order; abstract_ko and
-- abstract_foreign hold each language's abstract where the page gives both
-- (search one language with 'abstract_ko : ...'); keywords is the JSON array
-- of author keywords (its brackets and quotes are not tokens).
-- kolit_apply_run below keeps it in step with records, row by row, so a refresh
-- costs what the refreshed source costs (no rebuild of the whole index). A trigger
-- may write to records_fts only with PRAGMA trusted_schema = ON, SQLite's default:
-- with it OFF the script stops there with "unsafe use of virtual table", nothing
-- changed. No trigger is stored in the library.
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(title, abstract,
  abstract_ko, abstract_foreign, keywords,
  content='records', content_rowid='record_id', tokenize='porter korean');
-- The ranking (ORDER BY rank) weighs title, abstract and keywords; abstract_ko and
-- abstract_foreign repeat words of abstract, so they weigh nothing (they are there
-- to filter by language), and an abstract's words count once (set by the trigger
-- below, so that a run that fails changes nothing).

-- Tags of the title (as written) and the abstract, from country_tags() and
-- keyword_tags() (docs/tagging.md). mentions counts them; in_title says
-- whether the title names it (the subject rather than a comparison).
CREATE TABLE IF NOT EXISTS record_countries(
  record_id INTEGER NOT NULL REFERENCES records(record_id) ON DELETE CASCADE,
  code      TEXT NOT NULL,      -- ISO 3166-1 alpha-2, or EU
  mentions  INTEGER NOT NULL,
  in_title  INTEGER NOT NULL,
  PRIMARY KEY(record_id, code)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS record_countries_code ON record_countries(code);

CREATE TABLE IF NOT EXISTS record_keywords(
  record_id INTEGER NOT NULL REFERENCES records(record_id) ON DELETE CASCADE,
  concept   TEXT NOT NULL,      -- concept id of the cluster_policy vocabulary (lit_vocabulary)
  mentions  INTEGER NOT NULL,
  in_title  INTEGER NOT NULL,
  PRIMARY KEY(record_id, concept)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS record_keywords_concept ON record_keywords(concept);

-- One row per paper (docs/works.md). The records of a work give each field
-- its best value; <field>_from is the record that gave it (keywords_from: a
-- JSON array of the records whose keywords were joined).
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
CREATE INDEX IF NOT EXISTS works_year ON works(year);

-- The countries and concepts of each work: those of any of its records.
CREATE TABLE IF NOT EXISTS work_countries(
  work_id   INTEGER NOT NULL REFERENCES works(work_id) ON DELETE CASCADE,
  code      TEXT NOT NULL,
  mentions  INTEGER NOT NULL,   -- the most of any of its records
  in_title  INTEGER NOT NULL,
  PRIMARY KEY(work_id, code)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS work_keywords(
  work_id   INTEGER NOT NULL REFERENCES works(work_id) ON DELETE CASCADE,
  concept   TEXT NOT NULL,
  mentions  INTEGER NOT NULL,
  in_title  INTEGER NOT NULL,
  PRIMARY KEY(work_id, concept)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS work_merges(
  work_id  INTEGER NOT NULL,
  record_a INTEGER NOT NULL,
  record_b INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY(record_a, record_b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS work_merges_work ON work_merges(work_id);

CREATE TABLE IF NOT EXISTS work_versions(
  work_id    INTEGER NOT NULL,
  version_of INTEGER NOT NULL,
  evidence   TEXT NOT NULL,
  PRIMARY KEY(work_id, version_of)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS work_decisions(
  path_a    TEXT NOT NULL,
  ordinal_a INTEGER NOT NULL,
  path_b    TEXT NOT NULL,
  ordinal_b INTEGER NOT NULL,
  decision  TEXT NOT NULL CHECK(decision IN ('same', 'different')),
  note      TEXT,
  PRIMARY KEY(path_a, ordinal_a, path_b, ordinal_b)
) WITHOUT ROWID;

-- What a library was built with: ('work_keys', the keys of a probe record), so
-- that keys made by another version of kolit are made again (and every record
-- matched again), never compared with this version's.
CREATE TABLE IF NOT EXISTS library_meta(
  name  TEXT PRIMARY KEY,
  value TEXT
);

CREATE TABLE IF NOT EXISTS record_work_keys(
  key       INTEGER NOT NULL,   -- work_keys(): two records share a key when theirs differ by at most 1
  record_id INTEGER NOT NULL REFERENCES records(record_id) ON DELETE CASCADE,
  PRIMARY KEY(key, record_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS record_work_keys_record ON record_work_keys(record_id);

CREATE VIEW IF NOT EXISTS merges AS
SELECT m.work_id, m.evidence,
       m.record_a, da.path AS path_a, ra.year AS year_a, coalesce(ra.title_ko, ra.title) AS title_a,
       m.record_b, db.path AS path_b, rb.year AS year_b, coalesce(rb.title_ko, rb.title) AS title_b
FROM work_merges AS m
JOIN records AS ra ON ra.record_id = m.record_a JOIN documents AS da ON da.doc_id = ra.doc_id
JOIN records AS rb ON rb.record_id = m.record_b JOIN documents AS db ON db.doc_id = rb.doc_id;

-- The one trigger stored in the library: it writes only work_decisions.
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

-- What the matcher reads of a record (works_match, work_keys): its columns and
-- its authors' names in both scripts and affiliations. (Views hold no data:
-- each run writes this version's.)
DROP VIEW IF EXISTS work_records;
CREATE VIEW work_records(record_id, record) AS
SELECT r.record_id,
  json_object('type', r.type, 'title', r.title, 'title_ko', r.title_ko, 'title_foreign', r.title_foreign,
    'year', r.year, 'doi', r.doi, 'source_id', r.source_id, 'url', r.url,
    'journal', r.journal, 'journal_ko', r.journal_ko, 'journal_foreign', r.journal_foreign, 'issn', r.issn,
    'volume', r.volume, 'issue', r.issue, 'series_no', r.series_no, 'issue_no', r.issue_no,
    'page_first', r.page_first, 'abstract', r.abstract, 'abstract_ko', r.abstract_ko,
    'abstract_foreign', r.abstract_foreign, 'keywords', r.keywords,
    'authors', (SELECT json_group_array(json_object('name', a.name, 'family', a.family, 'given', a.given,
                         'name_ko', a.name_ko, 'name_latin', a.name_latin, 'affiliation', a.affiliation))
                FROM (SELECT * FROM authors AS a WHERE a.record_id = r.record_id
                      ORDER BY a.position) AS a))
FROM records AS r;

-- What work_keys reads of a record (ext/works/keys.c): the fields the keys are
-- made of, not the abstracts and keywords the matcher also reads (a third of
-- the time of the keys of a whole library). tests/sql/works_incremental.sql
-- checks that both views give each record the same keys.
DROP VIEW IF EXISTS work_key_records;
CREATE VIEW work_key_records(record_id, record) AS
SELECT r.record_id,
  json_object('title', r.title, 'title_ko', r.title_ko, 'title_foreign', r.title_foreign,
    'year', r.year, 'doi', r.doi, 'source_id', r.source_id, 'url', r.url,
    'volume', r.volume, 'issue', r.issue, 'page_first', r.page_first,
    'authors', (SELECT json_group_array(json_object('name', a.name, 'family', a.family, 'given', a.given,
                         'name_ko', a.name_ko, 'name_latin', a.name_latin))
                FROM (SELECT * FROM authors AS a WHERE a.record_id = r.record_id
                      ORDER BY a.position) AS a))
FROM records AS r;

-- The user's decisions by the ids of the records they are about now.
DROP VIEW IF EXISTS work_decision_ids;
CREATE VIEW work_decision_ids(a, b, decision) AS
SELECT ra.record_id, rb.record_id, w.decision
FROM work_decisions AS w
JOIN documents AS da ON da.path = w.path_a JOIN records AS ra ON ra.doc_id = da.doc_id AND ra.ordinal = w.ordinal_a
JOIN documents AS db ON db.path = w.path_b JOIN records AS rb ON rb.doc_id = db.doc_id AND rb.ordinal = w.ordinal_b;
-- The library's own Korean-English vocabulary, for korean_query(text, 'library_terms'):
-- the pairs term_pairs() mines from each record's abstract (한국어(English)) and
-- keyword lists given in both languages, and each record's two titles, paired whole
-- (a concept 'title: <the other title in lower case>'), so that typing a paper's English
-- title finds it under its Korean one too (docs/search.md).
CREATE TABLE IF NOT EXISTS library_terms(
  record_id INTEGER NOT NULL REFERENCES records(record_id) ON DELETE CASCADE,
  concept   TEXT NOT NULL,
  term      TEXT NOT NULL,
  source    TEXT NOT NULL         -- parenthesis, keywords or title
);
CREATE INDEX IF NOT EXISTS library_terms_record ON library_terms(record_id);

-- Read the source into temp tables (lit_source() fails for a source that is
-- missing or holds nothing; lit_documents() gives a row to every file, with
-- the reason when it cannot be read).
DROP TABLE IF EXISTS temp.kolit_source;
DROP TABLE IF EXISTS temp.new_documents;
DROP TABLE IF EXISTS temp.new_records;
DROP TABLE IF EXISTS temp.new_authors;
CREATE TEMP TABLE kolit_source AS
SELECT lit_source(value) AS source FROM temp.kolit_args WHERE name = 'source';
CREATE TEMP TABLE new_documents AS
SELECT d.path, d.format, d.series, d.query, d.result_count, d.record_count, d.encoding, d.bytes, d.error
FROM temp.kolit_source AS s, lit_documents(s.source) AS d;
CREATE TEMP TABLE new_records AS
SELECT r.* FROM temp.kolit_source AS s, lit_records(s.source) AS r;
CREATE TEMP TABLE new_authors AS
SELECT a.* FROM temp.kolit_source AS s, lit_authors(s.source) AS a;

-- The works' bookkeeping during the refresh: the records a change can reach
-- before it (with their works), the records matched again, the result.
DROP TABLE IF EXISTS temp.kolit_work_old;
DROP TABLE IF EXISTS temp.kolit_work_set;
DROP TABLE IF EXISTS temp.kolit_work_result;
DROP TABLE IF EXISTS temp.kolit_work_map;
CREATE TEMP TABLE kolit_work_old(record_id INTEGER PRIMARY KEY, work_id INTEGER);
CREATE TEMP TABLE kolit_work_set(record_id INTEGER PRIMARY KEY);
DROP TABLE IF EXISTS temp.kolit_work_all;
CREATE TEMP TABLE kolit_work_all(probe TEXT, all_ INTEGER);
CREATE TEMP TABLE kolit_work_result(m TEXT);
CREATE TEMP TABLE kolit_work_map(record_id INTEGER PRIMARY KEY, work_id INTEGER NOT NULL);
DROP TABLE IF EXISTS temp.kolit_work_new;
CREATE TEMP TABLE kolit_work_new AS SELECT * FROM works WHERE 0;

-- One statement replaces the source's rows: the trigger below runs when
-- kolit_apply gets its row, and an error anywhere in it undoes all of it.
DROP TABLE IF EXISTS temp.kolit_apply;
CREATE TEMP TABLE kolit_apply(source TEXT NOT NULL);
CREATE TEMP TRIGGER kolit_apply_run AFTER INSERT ON kolit_apply BEGIN
  SELECT raise(ABORT, 'library.sql: the source gave no document: nothing was changed')
  WHERE NOT EXISTS (SELECT 1 FROM new_documents);
  -- The records whose works the refresh can change, before the old ones go:
  -- the records replaced, those that share a key with them, and the other
  -- records of their works.
  DELETE FROM kolit_work_old;
  INSERT INTO kolit_work_old(record_id, work_id)
  WITH gone AS MATERIALIZED (SELECT record_id FROM records WHERE doc_id IN (SELECT doc_id FROM documents
                  WHERE source = new.source OR path IN (SELECT path FROM new_documents))),
       near AS MATERIALIZED (SELECT record_id FROM gone
                UNION SELECT k2.record_id FROM gone JOIN record_work_keys AS k1 ON k1.record_id = gone.record_id
                      JOIN record_work_keys AS k2 ON k2.key BETWEEN k1.key - 1 AND k1.key + 1)
  SELECT r.record_id, r.work_id FROM near JOIN records AS r ON r.record_id = near.record_id
  UNION SELECT r2.record_id, r2.work_id FROM near JOIN records AS r1 ON r1.record_id = near.record_id
        JOIN records AS r2 ON r2.work_id = r1.work_id;
  -- The index entries of the records replaced go first ('delete' needs the
  -- values indexed), then the records; authors and tags go with them (ON DELETE
  -- CASCADE), and the documents last.
  INSERT INTO records_fts(records_fts, rowid, title, abstract, abstract_ko, abstract_foreign, keywords)
  SELECT 'delete', record_id, title, abstract, abstract_ko, abstract_foreign, keywords FROM records WHERE doc_id IN (SELECT doc_id FROM documents
    WHERE source = new.source OR path IN (SELECT path FROM new_documents));
  DELETE FROM records WHERE doc_id IN (SELECT doc_id FROM documents
    WHERE source = new.source OR path IN (SELECT path FROM new_documents));
  DELETE FROM documents WHERE source = new.source OR path IN (SELECT path FROM new_documents);

  INSERT INTO documents(source, path, format, series, query, result_count, record_count,
                        encoding, bytes, error)
  SELECT new.source, path, format, series, query, result_count, record_count, encoding, bytes, error
  FROM new_documents;

  INSERT INTO records(doc_id, ordinal, title, title_ko, title_foreign, authors, author_count,
                      journal, volume, issue, series_no, page_first, page_last, page_count,
                      issue_no, year, date, abstract, language, has_pdf, partial,
                      type, journal_ko, journal_foreign, doi, issn, eissn, publisher, keywords,
                      abstract_ko, abstract_foreign, received, accepted, published, url, source_id, csl)
  SELECT d.doc_id, r.ordinal, r.title, r.title_ko, r.title_foreign, r.authors, r.author_count,
         r.journal, r.volume, r.issue, r.series_no, r.page_first, r.page_last, r.page_count,
         r.issue_no, r.year, r.date, r.abstract, r.language, r.has_pdf, r.partial,
         r.type, r.journal_ko, r.journal_foreign, r.doi, r.issn, r.eissn, r.publisher, r.keywords,
         r.abstract_ko, r.abstract_foreign, r.received, r.accepted, r.published, r.url, r.source_id, r.csl
  FROM new_records AS r JOIN documents AS d ON d.path = r.path
  ORDER BY d.doc_id, r.ordinal;

  INSERT INTO records_fts(rowid, title, abstract, abstract_ko, abstract_foreign, keywords)
  SELECT r.record_id, r.title, r.abstract, r.abstract_ko, r.abstract_foreign, r.keywords
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id WHERE d.source = new.source;

  INSERT INTO authors(record_id, position, name, family, given, et_al, affiliation, name_ko, name_latin)
  SELECT rec.record_id, a.position, a.name, a.family, a.given, a.et_al, a.affiliation, a.name_ko, a.name_latin
  FROM new_authors AS a
  JOIN documents AS d ON d.path = a.path
  JOIN records AS rec ON rec.doc_id = d.doc_id AND rec.ordinal = a.ordinal;

  -- The tagged text is the title, a line break, the abstract; a mention that
  -- starts before the end of the title is in the title.
  INSERT INTO record_countries(record_id, code, mentions, in_title)
  SELECT r.record_id, t.code, count(*), max(t.start < length(CAST(coalesce(r.title, '') AS BLOB)))
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
  CROSS JOIN country_tags(coalesce(r.title, '') || char(10) || coalesce(r.abstract, '')) AS t
  WHERE d.source = new.source
  GROUP BY r.record_id, t.code;

  INSERT INTO record_keywords(record_id, concept, mentions, in_title)
  SELECT r.record_id, t.concept, count(*), max(t.start < length(CAST(coalesce(r.title, '') AS BLOB)))
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
  CROSS JOIN keyword_tags(coalesce(r.title, '') || char(10) || coalesce(r.abstract, '')) AS t
  WHERE d.source = new.source
  GROUP BY r.record_id, t.concept;

  -- The works. Every record is matched when the source is the whole library
  -- or the keys were made by another version of kolit (the probe's keys
  -- differ): then every record's keys are made again.
  DELETE FROM kolit_work_all;
  INSERT INTO kolit_work_all(probe, all_)
  WITH p(keys) AS (SELECT work_keys(json_object('title_ko', '板橋 클러스터의 진화: 「정책」과제', 'title_foreign',
                     'Editorial', 'year', 2019, 'doi', '10.1/x', 'source_id', 'ART000000000001', 'volume', '1',
                     'issue', '2', 'page_first', '3', 'authors', json_array('김민수', 'Kim, Min-Su', 'Smith, Adam'))))
  SELECT keys, keys IS NOT (SELECT value FROM library_meta WHERE name = 'work_keys')
               OR NOT EXISTS (SELECT 1 FROM documents WHERE source <> new.source)
  FROM p;
  DELETE FROM record_work_keys WHERE (SELECT all_ FROM kolit_work_all);
  INSERT OR REPLACE INTO library_meta(name, value) SELECT 'work_keys', probe FROM kolit_work_all;
  -- The new records' keys (or every record's); then the records matched
  -- again: the new ones, those that share a key with them, the ones found
  -- above, the records of the user's decisions and of merges the user made,
  -- and the other records of their works (or every record).
  INSERT OR IGNORE INTO record_work_keys(key, record_id)
  SELECT k.value, j.record_id
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
  JOIN work_key_records AS j ON j.record_id = r.record_id, json_each(work_keys(j.record)) AS k
  WHERE d.source = new.source OR (SELECT all_ FROM kolit_work_all);
  DELETE FROM kolit_work_set;
  INSERT INTO kolit_work_set(record_id) SELECT record_id FROM records WHERE (SELECT all_ FROM kolit_work_all);
  INSERT OR IGNORE INTO kolit_work_set(record_id)
  WITH added AS MATERIALIZED (SELECT r.record_id FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
                 WHERE d.source = new.source AND NOT (SELECT all_ FROM kolit_work_all)),
       near AS MATERIALIZED (SELECT record_id FROM added
                UNION SELECT k2.record_id FROM added JOIN record_work_keys AS k1 ON k1.record_id = added.record_id
                      JOIN record_work_keys AS k2 ON k2.key BETWEEN k1.key - 1 AND k1.key + 1
                UNION SELECT o.record_id FROM temp.kolit_work_old AS o JOIN records AS r ON r.record_id = o.record_id
                      WHERE NOT (SELECT all_ FROM kolit_work_all)
                UNION SELECT a FROM work_decision_ids UNION SELECT b FROM work_decision_ids
                UNION SELECT record_a FROM work_merges WHERE evidence = 'user'
                UNION SELECT record_b FROM work_merges WHERE evidence = 'user')
  SELECT record_id FROM near
  UNION SELECT r2.record_id FROM near JOIN records AS r1 ON r1.record_id = near.record_id
        JOIN records AS r2 ON r2.work_id = r1.work_id;
  -- Matched with them, as authors only: the records outside the set whose
  -- authors are named in both scripts (their name pairs serve every record).
  DELETE FROM kolit_work_result;
  INSERT INTO kolit_work_result(m)
  SELECT works_match(j.record_id, j.record,
    (SELECT json_group_array(json_object('a', a, 'b', b, 'decision', decision)) FROM work_decision_ids))
  FROM (SELECT w.record_id, w.record FROM work_records AS w
        WHERE w.record_id IN (SELECT record_id FROM temp.kolit_work_set)
        UNION ALL
        SELECT a.record_id, json_object('authors', json_group_array(json_object('name', a.name, 'family', a.family,
                 'given', a.given, 'name_ko', a.name_ko, 'name_latin', a.name_latin)))
        FROM authors AS a
        WHERE a.name_ko IS NOT NULL AND a.name_latin IS NOT NULL
          AND a.record_id NOT IN (SELECT record_id FROM temp.kolit_work_set)
        GROUP BY a.record_id) AS j;
  DELETE FROM kolit_work_map;
  INSERT INTO kolit_work_map(record_id, work_id)
  SELECT r.value ->> '$.record_id', r.value ->> '$.work_id'
  FROM temp.kolit_work_result, json_each(m, '$.records') AS r
  WHERE r.value ->> '$.record_id' IN (SELECT record_id FROM temp.kolit_work_set);
  -- The old works of these records go, but those that stay as they were; the
  -- new ones come.
  DELETE FROM kolit_work_new;
  -- (each work's fields read in one pass over its JSON: ->> on the whole object
  -- would parse it again for every column)
  INSERT INTO kolit_work_new
  SELECT max(CASE WHEN f.key = 'work_id' THEN f.value END) AS work_id,
    max(CASE WHEN f.key = 'record_count' THEN f.value END),
    max(CASE WHEN f.key = 'title_ko' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'title_ko' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'title_foreign' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'title_foreign' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'year' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'year' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'type' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'type' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'doi' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'doi' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'journal' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'journal' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'volume' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'volume' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'issue' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'issue' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'page_first' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'page_first' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'abstract_ko' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'abstract_ko' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'abstract_foreign' THEN f.value ->> 'value' END), max(CASE WHEN f.key = 'abstract_foreign' THEN f.value ->> 'record_id' END),
    max(CASE WHEN f.key = 'keywords' THEN f.value -> 'value' END), max(CASE WHEN f.key = 'keywords' THEN f.value -> 'record_ids' END),
    max(CASE WHEN f.key = 'authors' THEN f.value -> 'value' END), max(CASE WHEN f.key = 'authors' THEN f.value ->> 'record_id' END)
  FROM temp.kolit_work_result, json_each(m, '$.works') AS w, json_each(w.value) AS f
  GROUP BY w.id
  HAVING work_id IN (SELECT record_id FROM temp.kolit_work_set);
  DELETE FROM works WHERE work_id IN (
    SELECT work_id FROM (SELECT * FROM works WHERE work_id IN (SELECT work_id FROM temp.kolit_work_old
    UNION SELECT r.work_id FROM records AS r JOIN temp.kolit_work_set AS s ON s.record_id = r.record_id)
                         EXCEPT SELECT * FROM temp.kolit_work_new));
  -- (a work still there is one that stayed as it was)
  INSERT INTO works SELECT * FROM temp.kolit_work_new AS n
    WHERE NOT EXISTS (SELECT 1 FROM works AS w WHERE w.work_id = n.work_id);
  DELETE FROM work_merges WHERE work_id IN (SELECT work_id FROM temp.kolit_work_old
    UNION SELECT r.work_id FROM records AS r JOIN temp.kolit_work_set AS s ON s.record_id = r.record_id);
  DELETE FROM work_versions WHERE work_id IN (SELECT work_id FROM temp.kolit_work_old
    UNION SELECT r.work_id FROM records AS r JOIN temp.kolit_work_set AS s ON s.record_id = r.record_id);
  DELETE FROM work_countries WHERE work_id IN (SELECT work_id FROM temp.kolit_work_old
    UNION SELECT r.work_id FROM records AS r JOIN temp.kolit_work_set AS s ON s.record_id = r.record_id);
  DELETE FROM work_keywords WHERE work_id IN (SELECT work_id FROM temp.kolit_work_old
    UNION SELECT r.work_id FROM records AS r JOIN temp.kolit_work_set AS s ON s.record_id = r.record_id);
  UPDATE records SET work_id = m.work_id FROM temp.kolit_work_map AS m
  WHERE m.record_id = records.record_id AND records.work_id IS NOT m.work_id;
  INSERT INTO work_countries(work_id, code, mentions, in_title)
  SELECT r.work_id, c.code, max(c.mentions), max(c.in_title)
  FROM temp.kolit_work_map AS m JOIN records AS r ON r.record_id = m.record_id
  JOIN record_countries AS c ON c.record_id = r.record_id
  GROUP BY r.work_id, c.code;
  INSERT INTO work_keywords(work_id, concept, mentions, in_title)
  SELECT r.work_id, k.concept, max(k.mentions), max(k.in_title)
  FROM temp.kolit_work_map AS m JOIN records AS r ON r.record_id = m.record_id
  JOIN record_keywords AS k ON k.record_id = r.record_id
  GROUP BY r.work_id, k.concept;
  INSERT INTO work_merges(work_id, record_a, record_b, evidence)
  SELECT value ->> '$.work_id', value ->> '$.record_a', value ->> '$.record_b', value ->> '$.evidence'
  FROM temp.kolit_work_result, json_each(m, '$.merges')
  WHERE value ->> '$.work_id' IN (SELECT record_id FROM temp.kolit_work_set);
  INSERT INTO work_versions(work_id, version_of, evidence)
  SELECT value ->> '$.work_id', value ->> '$.version_of', value ->> '$.evidence'
  FROM temp.kolit_work_result, json_each(m, '$.versions')
  WHERE value ->> '$.work_id' IN (SELECT record_id FROM temp.kolit_work_set);
  DELETE FROM kolit_work_result;
  INSERT INTO library_terms(record_id, concept, term, source)
  SELECT r.record_id, p.concept, p.term, p.source
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
  CROSS JOIN term_pairs(r.abstract, r.keywords) AS p
  WHERE d.source = new.source;
  INSERT INTO records_fts(records_fts, rank) VALUES ('rank', 'bm25(1.0, 1.0, 0.0, 0.0, 1.0)');
  INSERT INTO library_terms(record_id, concept, term, source)
  SELECT r.record_id, 'title: ' || lower(r.title_foreign), CASE n.k WHEN 1 THEN r.title_ko ELSE r.title_foreign END, 'title'
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
  CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2) AS n
  WHERE d.source = new.source AND r.title_ko IS NOT NULL AND r.title_foreign IS NOT NULL;
END;
INSERT INTO temp.kolit_apply(source) SELECT source FROM temp.kolit_source;

DROP TABLE temp.kolit_apply;
DROP TABLE temp.kolit_work_map;
DROP TABLE temp.kolit_work_new;
DROP TABLE temp.kolit_work_result;
DROP TABLE temp.kolit_work_set;
DROP TABLE temp.kolit_work_all;
DROP TABLE temp.kolit_work_old;
DROP TABLE temp.new_authors;
DROP TABLE temp.new_records;
DROP TABLE temp.new_documents;
DROP TABLE temp.kolit_source;
DROP TABLE temp.kolit_schema_check;

-- sql/library.sql: build (or refresh) a library database from a folder of saved pages.
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/library.sql                 # seeds/
--   sqlite3 -cmd '.load ./build/kolit' -cmd ".parameter set @source 'pages/'" library.db < sql/library.sql
--
-- @source is a file, a directory or a glob, as for lit_documents(). Tables:
--   documents  one row per page read (keyed by path, remembering the @source it came from)
--   records    one row per bibliographic record (doc_id, ordinal)
--   authors    one row per author of a record (record_id, position)
--   records_fts  full-text index over records' titles, abstracts (both languages)
--              and keywords, Korean-aware (tokenize='porter korean', see
--              docs/tokenizer.md and sql/search.sql)
--   record_countries  the countries a record's title and abstract mention (record_id, code)
--   record_keywords   the cluster_policy concepts they mention (record_id, concept)
-- Re-running with the same @source replaces what that source gave before, in one
-- transaction, so the result is the same however often it runs; other sources'
-- rows are kept, except a page that @source reads again, which moves to @source.
-- Any error stops the script and leaves the database as it was.
.bail on
.parameter init
INSERT OR IGNORE INTO temp.sqlite_parameters(key, value) VALUES ('@source', 'seeds');
PRAGMA foreign_keys = ON;

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
  UNIQUE(doc_id, ordinal)
);
CREATE INDEX IF NOT EXISTS records_year ON records(year);
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

-- External content: the text stays in records; porter stems the English titles
-- and abstracts, korean strips particles, splits compounds and reads Hanja.
-- abstract holds every abstract of the page in page order; abstract_ko and
-- abstract_foreign hold each language's abstract where the page gives both
-- (search one language with 'abstract_ko : ...'); keywords is the JSON array
-- of author keywords (its brackets and quotes are not tokens).
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(title, abstract,
  abstract_ko, abstract_foreign, keywords,
  content='records', content_rowid='record_id', tokenize='porter korean');

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

BEGIN;
DROP TABLE IF EXISTS temp.new_documents;
CREATE TEMP TABLE new_documents AS
SELECT path, format, series, query, result_count, record_count, encoding, bytes, error
FROM lit_documents(@source);
DELETE FROM documents WHERE source = @source OR path IN (SELECT path FROM temp.new_documents);

INSERT INTO documents(source, path, format, series, query, result_count, record_count,
                      encoding, bytes, error)
SELECT @source, path, format, series, query, result_count, record_count, encoding, bytes, error
FROM temp.new_documents;
DROP TABLE temp.new_documents;

-- CROSS JOIN keeps the page reader as the outer loop: one pass over the folder.
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
FROM lit_records(@source) AS r CROSS JOIN documents AS d ON d.path = r.path;

INSERT INTO authors(record_id, position, name, family, given, et_al, affiliation, name_ko, name_latin)
SELECT rec.record_id, a.position, a.name, a.family, a.given, a.et_al, a.affiliation, a.name_ko, a.name_latin
FROM lit_authors(@source) AS a
CROSS JOIN documents AS d ON d.path = a.path
CROSS JOIN records AS rec ON rec.doc_id = d.doc_id AND rec.ordinal = a.ordinal;

-- Records of this run have new ids (and cascaded deletes fire no FTS trigger):
-- the index is rebuilt from records, in the same transaction.
INSERT INTO records_fts(records_fts) VALUES ('rebuild');

-- The tagged text is the title, a line break, the abstract; a mention that
-- starts before the end of the title is in the title.
INSERT INTO record_countries(record_id, code, mentions, in_title)
SELECT r.record_id, t.code, count(*), max(t.start < length(CAST(coalesce(r.title, '') AS BLOB)))
FROM records AS r
CROSS JOIN country_tags(coalesce(r.title, '') || char(10) || coalesce(r.abstract, '')) AS t
WHERE r.doc_id IN (SELECT doc_id FROM documents WHERE source = @source)
GROUP BY r.record_id, t.code;

INSERT INTO record_keywords(record_id, concept, mentions, in_title)
SELECT r.record_id, t.concept, count(*), max(t.start < length(CAST(coalesce(r.title, '') AS BLOB)))
FROM records AS r
CROSS JOIN keyword_tags(coalesce(r.title, '') || char(10) || coalesce(r.abstract, '')) AS t
WHERE r.doc_id IN (SELECT doc_id FROM documents WHERE source = @source)
GROUP BY r.record_id, t.concept;
COMMIT;

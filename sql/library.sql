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
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR IGNORE INTO temp.kolit_args(name, value) VALUES ('source', 'seeds');
PRAGMA foreign_keys = ON;

-- An older library: stop before anything is written.
DROP TABLE IF EXISTS temp.kolit_schema_check;
CREATE TEMP TABLE kolit_schema_check(old INTEGER);
CREATE TEMP TRIGGER kolit_schema_check_run AFTER INSERT ON kolit_schema_check WHEN new.old BEGIN
  SELECT raise(ABORT, 'library.sql: this library was built by an older kolit: its records table lacks the columns type, doi, keywords, source_id, csl, ...; move it away or delete it and run library.sql again to build a new one (the pages are read again)');
END;
INSERT INTO temp.kolit_schema_check
SELECT EXISTS (SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'records')
   AND (SELECT count(*) FROM pragma_table_info('records')
        WHERE name IN ('type', 'journal_ko', 'journal_foreign', 'doi', 'issn', 'eissn', 'publisher',
                       'keywords', 'abstract_ko', 'abstract_foreign', 'received', 'accepted',
                       'published', 'url', 'source_id')) < 15;

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
-- kolit_apply_run below keeps it in step with records, row by row, so a refresh
-- costs what the refreshed source costs (no rebuild of the whole index). A trigger
-- may write to records_fts only with PRAGMA trusted_schema = ON, SQLite's default:
-- with it OFF the script stops there with "unsafe use of virtual table", nothing
-- changed. No trigger is stored in the library.
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

-- One statement replaces the source's rows: the trigger below runs when
-- kolit_apply gets its row, and an error anywhere in it undoes all of it.
DROP TABLE IF EXISTS temp.kolit_apply;
CREATE TEMP TABLE kolit_apply(source TEXT NOT NULL);
CREATE TEMP TRIGGER kolit_apply_run AFTER INSERT ON kolit_apply BEGIN
  SELECT raise(ABORT, 'library.sql: the source gave no document: nothing was changed')
  WHERE NOT EXISTS (SELECT 1 FROM new_documents);
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

  INSERT INTO library_terms(record_id, concept, term, source)
  SELECT r.record_id, p.concept, p.term, p.source
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
  CROSS JOIN term_pairs(r.abstract, r.keywords) AS p
  WHERE d.source = new.source;
  INSERT INTO library_terms(record_id, concept, term, source)
  SELECT r.record_id, 'title: ' || lower(r.title_foreign), CASE n.k WHEN 1 THEN r.title_ko ELSE r.title_foreign END, 'title'
  FROM documents AS d JOIN records AS r ON r.doc_id = d.doc_id
  CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2) AS n
  WHERE d.source = new.source AND r.title_ko IS NOT NULL AND r.title_foreign IS NOT NULL;
END;
INSERT INTO temp.kolit_apply(source) SELECT source FROM temp.kolit_source;

DROP TABLE temp.kolit_apply;
DROP TABLE temp.new_authors;
DROP TABLE temp.new_records;
DROP TABLE temp.new_documents;
DROP TABLE temp.kolit_source;
DROP TABLE temp.kolit_schema_check;

-- The citation-file readers (RIS, BibTeX, CSL-JSON) on their fixtures: every
-- column of every record and author (tests/unit/test_docs_citations.c says
-- which quirk each fixture holds).
.mode list
.headers on
.nullvalue NULL
SELECT substr(path, 16) AS fixture, format, record_count, encoding, error
FROM lit_documents('tests/fixtures') WHERE format IN ('ris', 'bibtex', 'csl_json');
SELECT substr(r.path, 16) AS fixture, ordinal, type, title, title_ko, title_foreign, authors, author_count,
       journal, journal_ko, journal_foreign, volume, issue, page_first, page_last, page_count, year, date,
       published, received, doi, issn, eissn, publisher, keywords,
       replace(abstract, char(10), '¶') AS abstract, replace(abstract_ko, char(10), '¶') AS abstract_ko,
       replace(abstract_foreign, char(10), '¶') AS abstract_foreign, language, url, source_id, partial
FROM lit_documents('tests/fixtures') AS d, lit_records(d.path) AS r
WHERE d.format IN ('ris', 'bibtex', 'csl_json');
SELECT substr(a.path, 16) AS fixture, ordinal, position, name, family, given, et_al, name_ko, name_latin
FROM lit_documents('tests/fixtures') AS d, lit_authors(d.path) AS a
WHERE d.format IN ('ris', 'bibtex', 'csl_json');

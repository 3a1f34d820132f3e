-- The variants of formats.md, one small fixture each (tests/fixtures/): what
-- each document gives, then every record in a compact form.
.mode list
.headers on
.nullvalue NULL
SELECT substr(path, 16) AS fixture, format, series, query, result_count, record_count, encoding, bytes, error
FROM lit_documents('tests/fixtures');
SELECT substr(path, 16) AS fixture, ordinal, title, title_ko, title_foreign, authors, author_count, journal,
       volume, issue, series_no, page_first, page_last, page_count, issue_no, year, date,
       replace(substr(abstract, 1, 40), char(10), '¶') AS abstract_start, length(abstract) AS abstract_chars, language, has_pdf, partial
FROM lit_records('tests/fixtures');
SELECT substr(path, 16) AS fixture, ordinal, position, name, family, given, et_al
FROM lit_authors('tests/fixtures');

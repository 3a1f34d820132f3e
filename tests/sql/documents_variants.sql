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
-- The fields of the second wave, for the records that give any of them.
SELECT substr(path, 16) AS fixture, ordinal, type, journal_ko, journal_foreign, doi, issn, eissn, publisher,
       keywords, replace(substr(abstract_ko, 1, 20), char(10), '¶') AS abstract_ko_start,
       replace(substr(abstract_foreign, 1, 30), char(10), '¶') AS abstract_foreign_start,
       received, accepted, published, url, source_id
FROM lit_records('tests/fixtures')
WHERE coalesce(type, journal_ko, journal_foreign, doi, issn, eissn, publisher, keywords, abstract_ko,
               abstract_foreign, received, accepted, published, url, source_id) IS NOT NULL;
SELECT substr(path, 16) AS fixture, ordinal, position, name, affiliation, name_ko, name_latin
FROM lit_authors('tests/fixtures') WHERE coalesce(affiliation, name_ko, name_latin) IS NOT NULL;

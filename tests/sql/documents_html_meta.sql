-- The html_meta reader (docs/documents.md): saved HTML and MHTML pages with
-- citation_*, DC.*, prism.* meta tags or JSON-LD, every column of the new
-- fields, the authors with both names, and the pages that are no record.
.mode list
.headers on
.nullvalue NULL
SELECT substr(path, 16) AS fixture, format, record_count, encoding, error
FROM lit_documents('tests/fixtures/html_*');
SELECT substr(path, 16) AS fixture, title, title_ko, title_foreign, type, journal, journal_ko, journal_foreign,
       volume, issue, page_first, page_last, year, date, published, doi, issn, eissn, publisher, keywords,
       language, has_pdf, partial, url, source_id
FROM lit_records('tests/fixtures/html_*');
SELECT substr(path, 16) AS fixture, length(abstract) AS abstract_chars, substr(abstract_ko, 1, 20) AS abstract_ko,
       substr(abstract_foreign, 1, 30) AS abstract_foreign
FROM lit_records('tests/fixtures/html_*') WHERE abstract IS NOT NULL;
SELECT substr(path, 16) AS fixture, position, name, family, given, affiliation, name_ko, name_latin
FROM lit_authors('tests/fixtures/html_*');
-- a page passed as content: the KCI habit of lang="en" twins
SELECT title_ko, title_foreign, authors, published FROM lit_records('page.html',
  '<html><head><meta name="citation_title" content="지역 고용">'
  || '<meta name="citation_title" lang="en" content="Regional Employment">'
  || '<meta name="citation_author" content="박민지"><meta name="citation_author" lang="en" content="Park, Min-Ji">'
  || '<meta name="citation_date" content="2013.11"></head><body></body></html>');
SELECT name, name_ko, name_latin FROM lit_authors('page.html',
  '<html><head><meta name="citation_title" content="지역 고용">'
  || '<meta name="citation_author" content="박민지"><meta name="citation_author" lang="en" content="Park, Min-Ji">'
  || '</head></html>');

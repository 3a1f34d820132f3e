-- The riss_excel and csv readers through SQL: RISS's workbooks (.xls written
-- by Apache POI, see tests/make_xls/) and their CSV forms, a sheet of the
-- user's own, CSV given as the content argument; every new column.
.mode list
.headers on
.nullvalue NULL
SELECT substr(path, 16) AS fixture, format, record_count, encoding, error
FROM lit_documents('tests/fixtures/*.xls');
SELECT substr(path, 16) AS fixture, ordinal, type, title_ko, title_foreign, journal, journal_ko, journal_foreign,
       volume, issue, page_first, page_last, page_count, year, language, publisher, url, source_id, keywords,
       length(abstract_ko) AS ko_chars, substr(abstract_foreign, 1, 50) AS foreign_start,
       length(abstract) = length(abstract_ko) + length(abstract_foreign) + 2 AS both_kept
FROM lit_records('tests/fixtures/riss_*.xls') ORDER BY path, ordinal;
SELECT substr(path, 16) AS fixture, ordinal, position, name, family, given, name_ko, name_latin
FROM lit_authors('tests/fixtures/riss_thesis.xls');
-- the same records from the workbook and from each CSV form
SELECT count(DISTINCT title || year || coalesce(keywords, '') || coalesce(abstract, '')) AS distinct_records,
       count(*) AS rows
FROM lit_records('tests/fixtures/riss_journal*');
-- CSV given as content: a ';' sheet with Korean headers and an unplaced column
SELECT format, record_count, error FROM lit_documents('mine.csv',
  '논문명;저자명;발행연도;학술지명;권;호;페이지;주제어;메모' || char(10) ||
  '클러스터 정책의 평가;홍길동, 김철수;2010;지역연구;26;3;1-20;클러스터;읽음' || char(10));
SELECT title, authors, author_count, year, journal, volume, issue, page_first, page_last, keywords
FROM lit_records('mine.csv',
  '논문명;저자명;발행연도;학술지명;권;호;페이지;주제어;메모' || char(10) ||
  '클러스터 정책의 평가;홍길동, 김철수;2010;지역연구;26;3;1-20;클러스터;읽음' || char(10));
-- a broken workbook: the error says why
SELECT format, record_count, error FROM lit_documents('broken.xls',
  substr(readfile('tests/fixtures/riss_thesis.xls'), 1, 1536));

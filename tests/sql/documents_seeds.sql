-- Every field of all 11 seed records, exactly, with its type: quote() shows
-- text in quotes, integers bare and NULL as NULL.
.mode line
SELECT quote(path) AS path, quote(format) AS format, quote(series) AS series, quote(query) AS query,
       quote(result_count) AS result_count, quote(record_count) AS record_count,
       quote(encoding) AS encoding, quote(bytes) AS bytes, quote(error) AS error
FROM lit_documents('seeds');
SELECT quote(path) AS path, quote(ordinal) AS ordinal, quote(title) AS title, quote(title_ko) AS title_ko,
       quote(title_foreign) AS title_foreign, quote(authors) AS authors, quote(author_count) AS author_count,
       quote(journal) AS journal, quote(volume) AS volume, quote(issue) AS issue, quote(series_no) AS series_no,
       quote(page_first) AS page_first, quote(page_last) AS page_last, quote(page_count) AS page_count,
       quote(issue_no) AS issue_no, quote(year) AS year, quote(date) AS date, quote(abstract) AS abstract,
       quote(language) AS language, quote(has_pdf) AS has_pdf, quote(partial) AS partial
FROM lit_records('seeds');
SELECT quote(path) AS path, quote(ordinal) AS ordinal, quote(position) AS position, quote(name) AS name,
       quote(family) AS family, quote(given) AS given, quote(et_al) AS et_al
FROM lit_authors('seeds');

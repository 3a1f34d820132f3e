-- The columns of the three page tables, in order (hidden arguments last).
SELECT group_concat(name || CASE hidden WHEN 0 THEN '' ELSE ' (hidden)' END, ', ') FROM pragma_table_xinfo('lit_documents');
SELECT group_concat(name || CASE hidden WHEN 0 THEN '' ELSE ' (hidden)' END, ', ') FROM pragma_table_xinfo('lit_records');
SELECT group_concat(name || CASE hidden WHEN 0 THEN '' ELSE ' (hidden)' END, ', ') FROM pragma_table_xinfo('lit_authors');
-- A page that gives none of the new fields leaves them NULL.
SELECT type, journal_ko, journal_foreign, doi, issn, eissn, publisher, keywords, abstract_ko,
       abstract_foreign, received, accepted, published, url, source_id
FROM lit_records('seeds/003_0d10feb63e2a0cac.txt') WHERE ordinal = 1;
SELECT affiliation, name_ko, name_latin FROM lit_authors('seeds/003_0d10feb63e2a0cac.txt') WHERE ordinal = 1;
-- Every record has its CSL item; its id is the record's citation key.
SELECT ordinal, json_extract(csl, '$.id'), json_extract(csl, '$.type'), json_extract(csl, '$.title')
FROM lit_records('seeds/003_0d10feb63e2a0cac.txt') WHERE ordinal <= 2;
-- Bytes that are not text and that no binary reader knows: unknown, with the text layer's reason.
SELECT format, record_count, error FROM lit_documents('x.bin', x'00010203d0cf11e0');

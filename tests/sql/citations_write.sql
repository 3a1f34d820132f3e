-- to_ris and to_bibtex: one record, a whole selection in one SELECT, NULL,
-- errors naming the argument, and the functions' flags.
.mode list
.nullvalue NULL
SELECT to_ris(csl) FROM lit_records('tests/fixtures/bib_kci.bib') WHERE ordinal = 2;
SELECT to_bibtex(csl) FROM lit_records('tests/fixtures/ris_zotero.ris') WHERE ordinal = 3;
SELECT to_bibtex(csl, 'kiet:2021') FROM lit_records('tests/fixtures/bib_jabref.bib') WHERE ordinal = 3;
SELECT count(*), length(group_concat(to_bibtex(csl), char(10))) > 0 FROM lit_records('tests/fixtures/bib_kci.bib');
SELECT json_extract(csl, '$.id') FROM lit_records('tests/fixtures/bib_kci.bib');
SELECT to_ris(NULL), to_bibtex(NULL), to_bibtex(NULL, 'k');
SELECT to_ris('not json');
SELECT to_bibtex('[]');
SELECT to_bibtex('{"title": "x"}', '');
SELECT name, narg, flags & 0x280800 FROM pragma_function_list WHERE name IN ('to_ris', 'to_bibtex') ORDER BY name, narg;

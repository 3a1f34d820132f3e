-- sql/export.sql: write the library's records (or a selection) as citation files
-- that Zotero, EndNote, Mendeley, JabRef, citation-js and pandoc import.
--
--   sqlite3 -cmd '.load ./build/kolit' library.db < sql/export.sql
--   sqlite3 -cmd '.load ./build/kolit' \
--     -cmd "CREATE TEMP TABLE export_selection AS SELECT record_id FROM records WHERE year >= 2015" \
--     -cmd ".parameter set @prefix 'out/german'" library.db < sql/export.sql
--
-- Writes @prefix.ris, @prefix.bib and @prefix.json (@prefix is 'refs' unless set):
-- one entry per work (one paper, however many records of it the library holds),
-- of every work of the library, or of the works of the records whose record_id is
-- in temp.export_selection when that table exists and has rows. Each file is one SELECT over the records'
-- csl column (to_ris, to_bibtex, the CSL items as one JSON array), in the order
-- of their documents' paths and ordinals. A citation key is unique within one
-- document already (the csl column's id: KCI's ART id, the file's own key, or
-- family name + year + first title word, with "b", "c", ... for a repeat); a key
-- that two documents share gets "-2", "-3", ... on its later records, in path
-- order, so the keys stay the same from run to run over the same library (and a
-- line warns if a key still repeats). Prints one line per file: name, entries, bytes.
-- writefile() is the sqlite3 shell's.
.bail on
.parameter init
INSERT OR IGNORE INTO temp.sqlite_parameters(key, value) VALUES ('@prefix', 'refs');
CREATE TEMP TABLE IF NOT EXISTS export_selection(record_id INTEGER PRIMARY KEY);

DROP TABLE IF EXISTS temp.export_items;
CREATE TEMP TABLE export_items AS
WITH works_chosen AS (
  -- one entry per work (docs/works.md): the CSL of the record that gave its
  -- Korean title (else its foreign title), with the work's other title when
  -- that record has none
  SELECT w.*, coalesce(w.title_ko_from, w.title_foreign_from, w.work_id) AS best FROM works AS w
  WHERE NOT EXISTS (SELECT 1 FROM temp.export_selection)
     OR w.work_id IN (SELECT r.work_id FROM records AS r WHERE r.record_id IN (SELECT record_id FROM temp.export_selection))
), chosen AS (
  SELECT r.record_id,
         CASE WHEN w.title_ko_from = r.record_id AND w.title_foreign IS NOT NULL
                   AND r.csl ->> '$.custom."title-foreign"' IS NULL AND r.csl ->> '$.custom."title-ko"' IS NULL
                   AND r.csl ->> '$."original-title"' IS NULL
              THEN json_set(r.csl, '$.custom."title-foreign"', w.title_foreign)
              ELSE r.csl END AS csl,
         json_extract(r.csl, '$.id') AS id, d.path, r.ordinal
  FROM works_chosen AS w JOIN records AS r ON r.record_id = w.best JOIN documents AS d USING (doc_id)
  WHERE r.csl IS NOT NULL
), numbered AS (
  SELECT *, row_number() OVER (PARTITION BY id ORDER BY path, ordinal) AS n FROM chosen
)
SELECT record_id, path, ordinal,
       CASE WHEN n = 1 THEN id ELSE id || '-' || n END AS key,
       csl
FROM numbered;

.mode list
.headers off
-- writefile() returns the bytes written: each line is file|records|bytes
SELECT @prefix || '.ris', count(*), writefile(@prefix || '.ris', group_concat(to_ris(csl), char(10)))
FROM (SELECT csl FROM temp.export_items ORDER BY path, ordinal);
SELECT @prefix || '.bib', count(*), writefile(@prefix || '.bib', group_concat(to_bibtex(csl, key), char(10)))
FROM (SELECT csl, key FROM temp.export_items ORDER BY path, ordinal);
SELECT @prefix || '.json', count(*), writefile(@prefix || '.json', json_group_array(json(json_set(csl, '$.id', key))))
FROM (SELECT csl, key FROM temp.export_items ORDER BY path, ordinal);
SELECT 'warning: key ' || key || ' is given to ' || count(*) || ' records'
FROM temp.export_items GROUP BY key HAVING count(*) > 1;
DROP TABLE temp.export_items;

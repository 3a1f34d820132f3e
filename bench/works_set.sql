-- bench/works_set.sql: pairwise precision and recall on the test set written as saved pages and
-- citation files (tests/works/set, labels in tests/works/set_pairs.csv), for kolit
-- (library.sql's works) and for Zotero's duplicate rule: identical titles after
-- lower case and ASCII punctuation removed (spaces collapsed), years at most one
-- apart, and a family name with the same first initial of the given name in common.
-- Run by bench/works.sh: sqlite3 -cmd '.load build/kolit' :memory: < bench/works_set.sql
CREATE TEMP TABLE IF NOT EXISTS kolit_args(name TEXT PRIMARY KEY, value);
INSERT OR REPLACE INTO kolit_args VALUES ('source', 'tests/works/set');
.read sql/library.sql
.import --csv tests/works/set_pairs.csv set_pairs
CREATE TEMP TABLE norm AS
SELECT r.record_id, lower(coalesce(r.title, r.title_ko, r.title_foreign)) AS title, r.year FROM records AS r;
UPDATE norm SET title = replace(title, '!', '');
UPDATE norm SET title = replace(title, '"', '');
UPDATE norm SET title = replace(title, '#', '');
UPDATE norm SET title = replace(title, '$', '');
UPDATE norm SET title = replace(title, '%', '');
UPDATE norm SET title = replace(title, '&', '');
UPDATE norm SET title = replace(title, '''', '');
UPDATE norm SET title = replace(title, '(', '');
UPDATE norm SET title = replace(title, ')', '');
UPDATE norm SET title = replace(title, '*', '');
UPDATE norm SET title = replace(title, '+', '');
UPDATE norm SET title = replace(title, ',', '');
UPDATE norm SET title = replace(title, '-', '');
UPDATE norm SET title = replace(title, '.', '');
UPDATE norm SET title = replace(title, '/', '');
UPDATE norm SET title = replace(title, ':', '');
UPDATE norm SET title = replace(title, ';', '');
UPDATE norm SET title = replace(title, '<', '');
UPDATE norm SET title = replace(title, '=', '');
UPDATE norm SET title = replace(title, '>', '');
UPDATE norm SET title = replace(title, '?', '');
UPDATE norm SET title = replace(title, '@', '');
UPDATE norm SET title = replace(title, '[', '');
UPDATE norm SET title = replace(title, '\', '');
UPDATE norm SET title = replace(title, ']', '');
UPDATE norm SET title = replace(title, '^', '');
UPDATE norm SET title = replace(title, '_', '');
UPDATE norm SET title = replace(title, '`', '');
UPDATE norm SET title = replace(title, '{', '');
UPDATE norm SET title = replace(title, '|', '');
UPDATE norm SET title = replace(title, '}', '');
UPDATE norm SET title = replace(title, '~', '');
UPDATE norm SET title = trim(replace(replace(replace(title, '  ', ' '), '  ', ' '), '  ', ' '));
CREATE TEMP VIEW judged AS
SELECT p.label, ra.work_id = rb.work_id AS kolit,
       (na.title = nb.title AND abs(na.year - nb.year) <= 1
        AND EXISTS (SELECT 1 FROM authors AS x JOIN authors AS y
                    ON lower(x.family) = lower(y.family) AND lower(substr(x.given, 1, 1)) = lower(substr(y.given, 1, 1))
                    WHERE x.record_id = ra.record_id AND y.record_id = rb.record_id)) AS zotero
FROM set_pairs AS p
JOIN documents AS da ON da.path LIKE '%/tests/works/set/' || p.file_a
JOIN records AS ra ON ra.doc_id = da.doc_id AND ra.ordinal = p.ordinal_a
JOIN documents AS db ON db.path LIKE '%/tests/works/set/' || p.file_b
JOIN records AS rb ON rb.doc_id = db.doc_id AND rb.ordinal = p.ordinal_b
JOIN norm AS na ON na.record_id = ra.record_id JOIN norm AS nb ON nb.record_id = rb.record_id;
.mode list
.separator ' '
SELECT 'test set as files: ' || sum(label = 'same') || ' duplicate pairs, ' || sum(label = 'different') || ' hard non-duplicates' FROM judged;
SELECT 'kolit:  precision ' || coalesce(printf('%.3f', 1.0 * sum(label = 'same' AND kolit) / nullif(sum(kolit), 0)), 'n/a (no pair called same)')
       || ', recall ' || printf('%.3f', 1.0 * sum(label = 'same' AND kolit) / sum(label = 'same')) FROM judged;
SELECT 'zotero: precision ' || coalesce(printf('%.3f', 1.0 * sum(label = 'same' AND zotero) / nullif(sum(zotero), 0)), 'n/a (no pair called same)')
       || ', recall ' || printf('%.3f', 1.0 * sum(label = 'same' AND zotero) / sum(label = 'same')) FROM judged;

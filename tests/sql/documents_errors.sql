-- lit_documents / lit_records / lit_authors: every error names the table and
-- the path or argument at fault; the statement fails, nothing is half-read.
SELECT * FROM lit_records('tests/fixtures/no-such-page.txt');
SELECT * FROM lit_documents;
SELECT * FROM lit_authors(NULL);
SELECT * FROM lit_records('seeds', NULL);
SELECT * FROM lit_documents('/dev/null');
SELECT * FROM lit_documents('seeds/000_aa1e9265ac47af7f.txt/x');

-- A glob that matches nothing gives no rows; one that matches gives its files in order.
SELECT count(*) FROM lit_records('tests/fixtures/*.nothing');
SELECT path FROM lit_documents('seeds/0*.txt');

-- A file over SQLite's length limit is refused with both sizes.
.limit length 2000
SELECT count(*) FROM lit_records('seeds/003_0d10feb63e2a0cac.txt');
.limit length 1000000000

-- The source may come from another table: the page reader runs once per row.
CREATE TABLE src(p TEXT);
INSERT INTO src VALUES ('seeds/000_aa1e9265ac47af7f.txt'), ('seeds/003_0d10feb63e2a0cac.txt');
SELECT src.p, count(*) FROM src, lit_records(src.p) AS r GROUP BY src.p ORDER BY src.p;

-- The tables read files, so no view or trigger may use them (SQLITE_VTAB_DIRECTONLY),
-- whether or not the schema is trusted; pure functions stay usable.
PRAGMA trusted_schema = OFF;
CREATE VIEW files AS SELECT path FROM lit_documents('seeds');
SELECT * FROM files;
CREATE VIEW version_ok AS SELECT kolit_version() LIKE 'kolit %' AS ok;
SELECT * FROM version_ok;
CREATE TABLE log(x);
CREATE TRIGGER log_read AFTER INSERT ON log BEGIN SELECT count(*) FROM lit_records('seeds'); END;
INSERT INTO log VALUES (1);
PRAGMA trusted_schema = ON;
SELECT * FROM files;

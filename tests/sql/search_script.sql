-- sql/library.sql builds records_fts (tokenize='porter korean') over titles and
-- abstracts; sql/search.sql runs a researcher's searches over it. The index stays
-- consistent when the library is refreshed (the triggers of records_fts).
.read sql/library.sql
.separator ' | '
.read sql/search.sql
INSERT OR REPLACE INTO temp.kolit_args VALUES ('q', '독일의 클러스터 policies');
.read sql/search.sql
.read sql/library.sql
.separator |
INSERT INTO records_fts(records_fts) VALUES ('integrity-check');
SELECT 'indexed records', count(*) FROM records_fts;
SELECT 'after refresh', count(*) FROM records_fts WHERE records_fts MATCH '클러스터정책';

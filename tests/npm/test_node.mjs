// kolit from Node 20 with better-sqlite3 12.11.1, which bundles its own SQLite
// (3.53): proves the extension on a current SQLite, not only on bookworm's 3.40.
// The tokenizer, the table-valued functions, highlight/snippet, integrity-check,
// and sql/library.sql + sql/search.sql without the sqlite3 shell (kolit_args
// filled with bound parameters, the script run by db.exec).
// Usage: node tests/npm/test_node.mjs EXTENSION     (from the repository)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
const require = createRequire(import.meta.url);
const Database = require("better-sqlite3");

let passed = 0, failed = 0;
function check(what, got, want) {
  if (isDeepStrictEqual(got, want)) { passed++; return; }
  failed++;
  console.log(`FAILED: ${what}\n  got:  ${JSON.stringify(got)}\n  want: ${JSON.stringify(want)}`);
}

const db = new Database(":memory:");
db.loadExtension(process.argv[2]);
const one = (sql, ...args) => db.prepare(sql).raw().get(...args);
const all = (sql, ...args) => db.prepare(sql).raw().all(...args);

check("bundled SQLite", one("SELECT sqlite_version() >= '3.53'"), [1]);
check("version", one("SELECT substr(kolit_version(), 1, 6)"), ["kolit "]);
check("documents", all("SELECT format, record_count, encoding FROM lit_documents(?) ORDER BY path", "seeds"),
      [["kiet_page", 1, "utf-8"], ["koreascience_search", 10, "utf-8"]]);
check("records per year", all("SELECT year, count(*) FROM lit_records('seeds') GROUP BY year ORDER BY year"),
      [[2005, 3], [2007, 1], [2011, 1], [2013, 1], [2015, 1], [2016, 1], [2018, 2], [2023, 1]]);
const page = Buffer.from("Research ReportsKIET Korea Institute for Industrial Economics and Trade\n\n지역혁신체계의 진화\n\n" +
                  "Author 홍길동 Date 2010.03.05 Page 120\n\n본문.\n");
check("a document from a Buffer", one("SELECT title, encoding FROM lit_records('mem', ?) JOIN lit_documents('mem', ?)",
      page, page), ["지역혁신체계의 진화", "utf-8"]);
check("korean_tokens", all("SELECT token FROM korean_tokens('클러스터정책에')"), [["클러스터"], ["정책"]]);
check("countries", one("SELECT countries('독일과 일본의 클러스터')"), ['["DE","JP"]']);
check("country_tags", all("SELECT code, matched, start, end FROM country_tags('Clusters in Germany (독일)')"),
      [["DE", "Germany", 12, 19], ["DE", "독일", 21, 27]]);
check("keyword_tags", all("SELECT concept FROM keyword_tags('혁신클러스터의 정책')"), [["innovation_cluster"]]);

db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter korean')");
const ins = db.prepare("INSERT INTO t VALUES (?)");
for (const x of ["독일의 지역 혁신클러스터 정책", "지역산업 클러스터정책의 평가", "clusters and policies"]) ins.run(x);
check("highlight", all("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH korean_query('클러스터정책') ORDER BY rowid"),
      [["독일의 지역 혁신[클러스터 정책]"], ["지역산업 [클러스터정책]의 평가"]]);
check("snippet", one("SELECT snippet(t, 0, '[', ']', '…', 3) FROM t WHERE t MATCH 'cluster'"), ["[clusters] and policies"]);
db.prepare("UPDATE t SET x = '클러스터 없음' WHERE rowid = 3").run();
db.prepare("DELETE FROM t WHERE rowid = 1").run();
db.exec("INSERT INTO t(t, rank) VALUES ('integrity-check', 1)");
check("after update and delete", all("SELECT rowid FROM t WHERE t MATCH '클러스터' ORDER BY rowid"), [[2], [3]]);

// The library, built and searched from Node: arguments bound, scripts run as they are.
db.exec("CREATE TEMP TABLE kolit_args(name TEXT PRIMARY KEY, value)");
db.prepare("INSERT INTO kolit_args VALUES ('source', ?)").run("./seeds/");
db.exec(readFileSync("sql/library.sql", "utf8"));
db.exec(readFileSync("sql/library.sql", "utf8"));
check("library", one("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM records), (SELECT count(*) FROM authors)"),
      [2, 11, 13]);
db.exec("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)");
db.prepare("INSERT INTO kolit_args VALUES ('q', ?)").run("독일의 클러스터 policies");
const rows = [];
for (const stmt of readFileSync("sql/search.sql", "utf8").split(/;\n/)) {
  const s = stmt.split("\n").filter((l) => !l.startsWith("--")).join("\n").trim();
  if (!s) continue;
  const p = db.prepare(s);
  if (p.reader) rows.push(p.raw().all()); else p.run();
}
check("search.sql: what was typed", rows[1], [["독일의 클러스터 policies", '"독일" AND ("클러스터" OR "클러스 터") AND "policies"']]);
check("search.sql: term counts", rows[rows.length - 1],
      [["클러스터", 10], ["정책", 9], ["혁신", 3], ["지역산업", 4], ["산업클러스터", 5], ["policy", 9]]);
try {
  db.prepare("INSERT OR REPLACE INTO kolit_args VALUES ('source', ?)").run("no/such/");
  db.exec(readFileSync("sql/library.sql", "utf8"));
  check("missing source fails", "no error", "error");
} catch (e) {
  check("missing source message", e.message, "lit_source: cannot read 'no/such/': No such file or directory");
}
check("library unchanged", one("SELECT count(*) FROM records"), [11]);
db.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

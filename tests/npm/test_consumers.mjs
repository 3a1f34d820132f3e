// Real consumers read kolit's exports (tests/npm/run.sh writes them with
// sql/export.sql from the suite's fixtures and seeds):
//   citation-js (@citation-js/core with the RIS, BibTeX and CSL plugins) reads
//   refs.ris, refs.bib and refs.json and must get, record by record, the same
//   titles, authors, years, volumes and pages as kolit's CSL items (refs.json
//   read with JSON.parse); @retorquere/bibtex-parser (Better BibTeX's parser)
//   must read refs.bib with no error and find every entry.
// Usage: node test_consumers.mjs DIR_WITH_REFS   (run from the npm folder)
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';

const require = createRequire(path.join(process.cwd(), 'node_modules') + '/');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-csl');
// (its CommonJS build does not load under "type": "module": the ES module build)
const bibtexParser = await import(pathToFileURL(path.join(process.cwd(), 'node_modules/@retorquere/bibtex-parser/dist/esm/index.js')).href);

const dir = process.argv[2];
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');
let passed = 0, failed = 0;
function check(what, got, want) {
  const g = JSON.stringify(got), w = JSON.stringify(want);
  if (g === w) { passed++; return; }
  failed++;
  console.log(`FAILED: ${what}\n  got:  ${g}\n  want: ${w}`);
}

// What a person compares: a name as one string ("Family, Given" or the literal).
const name = (a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', ');
const year = (it) => it.issued?.['date-parts']?.[0]?.[0] ?? null;
// Titles: citation-js reads RIS's TT (translated title) as the title and TI as
// original-title, so both titles are compared as a set.
const titles = (it) => [it.title, it['original-title'], it.custom?.['title-foreign'], it.custom?.['title-ko']]
  .filter(Boolean).filter((t, i, a) => a.indexOf(t) === i).sort();
const fields = (it, ris) => ({
  title: ris ? titles(it) : it.title ?? null,
  authors: (it.author ?? []).map(name),
  year: year(it) === null ? null : Number(year(it)),
  volume: it.volume === undefined ? null : String(it.volume),
  page: it.page === undefined ? null : String(it.page).replace(/[–—]/g, '-'),
});

const want = JSON.parse(read('refs.json'));
check('records in refs.json', want.length >= 50, true);
const sources = [
  ['refs.ris', read('refs.ris'), '@ris/file'],
  ['refs.bib', read('refs.bib'), '@biblatex/text'],
  ['refs.json', read('refs.json'), '@csl/list+object'],
];
for (const [file, text, type] of sources) {
  const got = (await Cite.async(type === '@csl/list+object' ? JSON.parse(text) : text, { forceType: type })).data;
  check(`${file}: records citation-js reads`, got.length, want.length);
  for (let i = 0; i < Math.min(got.length, want.length); i++) {
    const ris = file === 'refs.ris';
    check(`${file} record ${i + 1} (${want[i].id})`, fields(got[i], ris), fields(want[i], ris));
  }
}

const bib = bibtexParser.parse(read('refs.bib'));
check('refs.bib: @retorquere/bibtex-parser errors', bib.errors, []);
check('refs.bib: @retorquere/bibtex-parser entries', bib.entries.length, want.length);
check('refs.bib: keys', bib.entries.map((e) => e.key), want.map((it) => it.id));

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/*
** The riss_excel and csv readers, and what they stand on: the .xls reader
** (ext/docs/xls.c), the CSV reader (csv.c), character references
** (ext/text/entity.c).
**
** The .xls fixtures are genuine BIFF8 workbooks written by Apache POI's
** HSSF, the library RISS's export uses, by tests/make_xls/MakeXls.java (it
** also writes the CSV forms of the same sheets, and re-saves one workbook
** with RK and MULRK number cells as Excel stores them). They are committed;
** remake them with (a JDK and Debian's libapache-poi-java needed):
**   bash tests/make_xls/make.sh
** The other csv_* fixtures are written by hand.
*/
#include "docs_check.h"
#include "docs/grid.h"
#include "docs/sheet.h"
#include "text/entity.h"
#include <stdint.h>

/* ---- expected records ---------------------------------------------------- */

typedef struct exp_person { const char *name, *family, *given, *name_ko, *name_latin; } exp_person;

typedef struct exp_riss {
  const char *title, *title_ko, *title_foreign, *authors;
  int n_author;
  exp_person author[3];
  const char *journal, *journal_ko, *journal_foreign, *volume, *issue, *page_first, *page_last;
  const char *page_count, *year, *abstract_ko, *abstract_foreign, *language, *type, *publisher;
  const char *url, *source_id, *doi;
  int n_keyword;
  const char *keyword[8];
} exp_riss;

static char long_ko[40000], long_en[20000];

/* The long abstracts MakeXls.java writes, as the reader must give them:
** "&#xD;\n" is a paragraph break, "&nbsp;" a space. */
static void make_long_abstracts(void){
  size_t n = (size_t)snprintf(long_ko, sizeof long_ko, "본 연구는 지역혁신체계와 산업클러스터 정책의 성과를 평가한다.\n\n");
  for( int i = 1; i <= 400; i++ )
    n += (size_t)snprintf(long_ko + n, sizeof long_ko - n, "%s제%d차 분석에서 클러스터 정책은 지역의 혁신 역량을 높였다.", i > 1 ? " " : "", i);
  n = (size_t)snprintf(long_en, sizeof long_en,
    "This study evaluates regional innovation systems.\n\nIt finds that cluster policy raised innovation capacity.");
  for( int i = 1; i <= 300; i++ )
    n += (size_t)snprintf(long_en + n, sizeof long_en - n, " Round %d of the analysis confirms the effect.", i);
}

static exp_riss journal[4];

static void make_journal(void){
  exp_riss j1 = {
    "지역혁신체계와 산업클러스터 정책의 성과 = Performance of Regional Innovation Systems and Industrial Cluster Policy",
    "지역혁신체계와 산업클러스터 정책의 성과",
    "Performance of Regional Innovation Systems and Industrial Cluster Policy",
    "김하늘(Ha-Neul Kim),이도윤(Do-Yun Lee)", 2,
    {{"김하늘", "김", "하늘", "김하늘", "Ha-Neul Kim"}, {"이도윤", "이", "도윤", "이도윤", "Do-Yun Lee"}},
    "한국지역개발학회지", "한국지역개발학회지", "Journal of the Korean Regional Development Association",
    "33", "2", "101", "118", NULL, "2021", long_ko, long_en, "ko", "article-journal", "한국지역개발학회",
    "http://www.kred.or.kr", NULL, NULL, 6,
    {"지역혁신체계", "산업클러스터", "산⋅학 협력", "Regional Innovation System", "Industrial Cluster",
     "Industry⋅University Cooperation"}};
  exp_riss j2 = {
    "Smart Specialisation and Cluster Policy in Germany", NULL, "Smart Specialisation and Cluster Policy in Germany",
    "Hans Weber,Soo-Jin Park", 2,
    {{"Hans Weber", "Weber", "Hans", NULL, "Hans Weber"}, {"Soo-Jin Park", "Park", "Soo-Jin", NULL, "Soo-Jin Park"}},
    "Journal of the Economic Geographical Society of Korea", NULL, NULL, "24", NULL, "1", "20", NULL, "2021",
    NULL, "This paper reviews German cluster policy.\n\nIt compares Bavaria and Baden-Württemberg.", "en",
    "article-journal", "한국경제지리학회", NULL, NULL, NULL, 3,
    {"Smart Specialisation", "Cluster Policy", "Germany"}};
  exp_riss j3 = {
    "혁신클러스터 정책의 변화와 과제", "혁신클러스터 정책의 변화와 과제", NULL, "박민지", 1,
    {{"박민지", "박", "민지", "박민지", NULL}},
    "산업경제연구", "산업경제연구", "Journal of Industrial Economics", NULL, "45", "45", "67", NULL, "2019",
    "혁신클러스터 정책을 검토한다.", NULL, "ko", "article-journal", "산업연구원", "https://www.kiet.re.kr",
    NULL, NULL, 3, {"R&D", "혁신클러스터", "지역산업정책"}};
  exp_riss j4 = {
    "산업클러스터와 지역 성장: 패널 분석 = Industrial Clusters and Regional Growth: A Panel Analysis",
    "산업클러스터와 지역 성장: 패널 분석", "Industrial Clusters and Regional Growth: A Panel Analysis",
    "최서연(Seo-Yeon Choi),정우성,Min-Ho Kang", 3,
    {{"최서연", "최", "서연", "최서연", "Seo-Yeon Choi"}, {"정우성", "정", "우성", "정우성", NULL},
     {"Min-Ho Kang", "Kang", "Min-Ho", NULL, "Min-Ho Kang"}},
    "지역연구", NULL, NULL, NULL, NULL, "77", NULL, NULL, "2020", NULL, NULL, NULL, "article-journal", "지역연구회",
    NULL, NULL, NULL, 0, {NULL}};
  journal[0] = j1; journal[1] = j2; journal[2] = j3; journal[3] = j4;
}

static const exp_riss thesis[2] = {
  {"산업클러스터 정책이 지역 혁신에 미친 영향 = The Effect of Industrial Cluster Policy on Regional Innovation",
   "산업클러스터 정책이 지역 혁신에 미친 영향", "The Effect of Industrial Cluster Policy on Regional Innovation",
   "정유진(Yu-Jin Jung)", 1, {{"정유진", "정", "유진", "정유진", "Yu-Jin Jung"}},
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, "210", "2020",
   "이 연구는 산업클러스터 정책의 효과를 분석한다.\n\n분석 결과 정책 효과는 지역마다 달랐다.",
   "This thesis analyses the effect of cluster policy.\n\nThe effect differed across regions.", "ko", "thesis",
   "서울대학교 대학원", NULL, "I804:11032-000000160000", NULL, 4,
   {"산업클러스터", "지역혁신", "Industrial Cluster", "Regional Innovation"}},
  {"Cluster Policy and Regional Growth in Korea", NULL, "Cluster Policy and Regional Growth in Korea",
   "Yu-Na Seo", 1, {{"Yu-Na Seo", "Seo", "Yu-Na", NULL, "Yu-Na Seo"}},
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, "88", "2018", NULL, "This thesis studies cluster policy in Korea.",
   "en", "thesis", "Pusan National University graduate school", NULL, NULL, NULL, 2,
   {"Cluster Policy", "Regional Growth"}},
};

/* A RISS row's expected record as docs_check.h's check_record() wants it: the
** abstract is both abstracts as paragraphs (Korean first), the keywords joined
** with "|"; a RISS export gives no date, ISSN, affiliation or the like. */
static void check_riss(const char *where, const lit_record *r, const exp_riss *e){
  static char both[60000], kw[1024];
  exp_record x;
  memset(&x, 0, sizeof x);
  x.title = e->title; x.title_ko = e->title_ko; x.title_foreign = e->title_foreign;
  x.authors = e->authors; x.n_author = e->n_author;
  for( int i = 0; i < e->n_author; i++ ){
    const exp_person *p = &e->author[i];
    x.author[i] = (exp_author){p->name, p->family, p->given, 0, NULL, p->name_ko, p->name_latin};
  }
  x.journal = e->journal; x.journal_ko = e->journal_ko; x.journal_foreign = e->journal_foreign;
  x.volume = e->volume; x.issue = e->issue; x.page_first = e->page_first; x.page_last = e->page_last;
  x.page_count = e->page_count; x.year = e->year;
  x.abstract_ko = e->abstract_ko; x.abstract_foreign = e->abstract_foreign;
  if( e->abstract_ko && e->abstract_foreign ){
    snprintf(both, sizeof both, "%s\n\n%s", e->abstract_ko, e->abstract_foreign);
    x.abstract = both;
  }else{
    x.abstract = e->abstract_ko ? e->abstract_ko : e->abstract_foreign;
  }
  x.language = e->language; x.type = e->type; x.publisher = e->publisher;
  x.url = e->url; x.source_id = e->source_id; x.doi = e->doi;
  kw[0] = 0;
  for( int i = 0; i < e->n_keyword; i++ ){
    if( i ) strncat(kw, "|", sizeof kw - strlen(kw) - 1);
    strncat(kw, e->keyword[i], sizeof kw - strlen(kw) - 1);
  }
  x.keywords = e->n_keyword ? kw : NULL;
  check_record(where, r, &x);
}

/* Reads a fixture as the SQL tables do: text through the text layer, else
** the raw bytes through the binary readers. */
typedef struct doc_file { char *bytes; size_t n; kt_text text; lit_document doc; int binary; } doc_file;

static doc_file read_doc(const char *path){
  doc_file f;
  memset(&f, 0, sizeof f);
  FILE *fp = fopen(path, "rb");
  CHECK(fp != NULL);
  if( !fp ){ fprintf(stderr, "cannot open %s\n", path); return f; }
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  f.bytes = malloc((size_t)n + 1);
  f.n = fread(f.bytes, 1, (size_t)n, fp);
  fclose(fp);
  char err[200];
  CHECK_INT(kt_decode(f.bytes, f.n, &f.text, err, sizeof err), 0);
  if( f.text.encoding ) CHECK_INT(lit_parse(f.text.text, f.text.len, &f.doc), 0);
  else{ f.binary = 1; CHECK_INT(lit_parse_binary((unsigned char*)f.bytes, f.n, &f.doc), 0); }
  return f;
}

static void doc_free(doc_file *f){
  lit_document_free(&f->doc);
  kt_text_free(&f->text);
  free(f->bytes);
}

static void check_riss_file(const char *path, const exp_riss *e, int n, const char *encoding){
  doc_file f = read_doc(path);
  CHECK_STR(lit_format_name(f.doc.format), "riss_excel");
  CHECK_STR(f.text.encoding, encoding);
  CHECK_STR(f.doc.error, NULL);
  CHECK_INT(f.doc.n_rec, n);
  for( int i = 0; i < f.doc.n_rec && i < n; i++ ){
    CHECK_INT(f.doc.rec[i].ordinal, i + 1);
    check_riss(path, &f.doc.rec[i], &e[i]);
  }
  doc_free(&f);
}

static void test_riss_exports(void){
  make_long_abstracts();
  make_journal();
  /* the long abstracts are longer than an SST record: split over CONTINUE */
  CHECK(strlen(long_ko) > 8224 * 2);
  check_riss_file("tests/fixtures/riss_journal.xls", journal, 4, NULL);
  check_riss_file("tests/fixtures/riss_journal_resaved.xls", journal, 4, NULL);
  check_riss_file("tests/fixtures/riss_journal.csv", journal, 4, "utf-8");
  check_riss_file("tests/fixtures/riss_journal_bom.csv", journal, 4, "utf-8-bom");
  /* two records: the Workbook stream is under 4096 bytes, in the mini stream */
  check_riss_file("tests/fixtures/riss_journal_small.xls", journal + 2, 2, NULL);
  check_riss_file("tests/fixtures/riss_thesis.xls", thesis, 2, NULL);
  check_riss_file("tests/fixtures/riss_thesis_cp949.csv", thesis, 2, "euc-kr");
  /* Excel's "Unicode text": tab-separated UTF-16LE with a BOM */
  check_riss_file("tests/fixtures/riss_thesis_utf16.txt", thesis, 2, "utf-16le");
}

/* ---- the sheet reader itself ----------------------------------------------- */

static char *read_all(const char *path, size_t *n){
  FILE *fp = fopen(path, "rb");
  if( !fp ){ *n = 0; return NULL; }
  fseek(fp, 0, SEEK_END);
  long k = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *b = malloc((size_t)k + 1);
  *n = fread(b, 1, (size_t)k, fp);
  fclose(fp);
  return b;
}

static const char *cell_at(const lit_grid *g, uint32_t row, uint32_t col, char *buf, size_t n){
  for( size_t i = 0; i < g->n_cell; i++ ){
    if( g->cell[i].row == row && g->cell[i].col == col ){
      snprintf(buf, n, "%.*s", (int)g->cell[i].len, g->pool + g->cell[i].off);
      return buf;
    }
  }
  return NULL;
}

static int xls_grid(const unsigned char *b, size_t n, lit_grid *g, uint32_t max_rows){
  lit_document d;
  memset(&d, 0, sizeof d);
  lit_ctx c;
  memset(&c, 0, sizeof c);
  c.doc = &d;
  memset(g, 0, sizeof *g);
  int rc = lit_xls_read(&c, b, n, g, max_rows);
  free(c.err);
  return rc;
}

static void test_xls_cells(void){
  size_t n;
  unsigned char *b = (unsigned char*)read_all("tests/fixtures/sheet_generic.xls", &n);
  CHECK(b != NULL);
  if( !b ) return;
  lit_grid g;
  char buf[256];
  CHECK_INT(xls_grid(b, n, &g, 0), 0);
  CHECK_INT(g.n_sheet, 1);
  CHECK_MEM(g.pool + g.sheet[0].name_off, g.sheet[0].name_len, "My papers");
  CHECK_INT(g.n_cell, 9 + 9 + 7);
  /* MULRK (year, volume, issue), an RK with the /100 flag, a NUMBER */
  CHECK_STR(cell_at(&g, 1, 2, buf, sizeof buf), "2015");
  CHECK_STR(cell_at(&g, 1, 3, buf, sizeof buf), "49");
  CHECK_STR(cell_at(&g, 1, 4, buf, sizeof buf), "3");
  CHECK_STR(cell_at(&g, 1, 8, buf, sizeof buf), "4.5");
  CHECK_STR(cell_at(&g, 2, 8, buf, sizeof buf), "3.14159");
  CHECK_STR(cell_at(&g, 2, 4, buf, sizeof buf), NULL);
  CHECK_STR(cell_at(&g, 2, 0, buf, sizeof buf), "지역 혁신과 대학");
  lit_grid_free(&g);
  /* only the header row */
  CHECK_INT(xls_grid(b, n, &g, 1), 0);
  CHECK_INT(g.n_cell, 9);
  lit_grid_free(&g);

  /* Broken files: every truncation is an error or fewer cells, never a crash. */
  for( size_t k = 0; k < n; k += 97 ){
    int rc = xls_grid(b, k, &g, 0);
    if( rc ) CHECK(g.err[0] != 0);
    lit_grid_free(&g);
  }
  CHECK_INT(xls_grid(b, 100, &g, 0), -1);
  CHECK_STR(g.err, "not a workbook: no compound-file signature");
  lit_grid_free(&g);

  free(b);
  /* A FAT chain that loops: the workbook stream's first sector points to
  ** itself (a workbook over 4096 bytes: its stream is in regular sectors). */
  b = (unsigned char*)read_all("tests/fixtures/riss_journal.xls", &n);
  CHECK(b != NULL);
  if( !b ) return;
  unsigned char *x = malloc(n);
  memcpy(x, b, n);
  uint32_t ssz = 512, fat0 = (uint32_t)x[0x4C] | ((uint32_t)x[0x4D] << 8);
  /* the directory's Workbook entry: find its start sector */
  uint32_t dir = (uint32_t)x[0x30] | ((uint32_t)x[0x31] << 8);
  const unsigned char *d = x + (dir + 1) * ssz;
  uint32_t start = 0;
  for( int e = 0; e < 4; e++ ){
    if( d[128 * e + 66] == 2 && d[128 * e] == 'W' ){
      start = (uint32_t)d[128 * e + 116] | ((uint32_t)d[128 * e + 117] << 8);
    }
  }
  unsigned char *fat = x + (fat0 + 1) * ssz;
  fat[4 * start] = (unsigned char)start; fat[4 * start + 1] = (unsigned char)(start >> 8);
  fat[4 * start + 2] = 0; fat[4 * start + 3] = 0;
  CHECK_INT(xls_grid(x, n, &g, 0), -1);
  CHECK_STR(g.err, "not a readable workbook: the sector chain of the Workbook stream loops");
  lit_grid_free(&g);
  /* A sector size no version has. */
  memcpy(x, b, n);
  x[0x1E] = 10;
  CHECK_INT(xls_grid(x, n, &g, 0), -1);
  CHECK_STR(g.err, "not a readable workbook: compound-file header with byte order fffe, sector shift 10, mini sector shift 6");
  lit_grid_free(&g);
  /* A Workbook stream longer than its chain. */
  memcpy(x, b, n);
  for( int e = 0; e < 4; e++ ) if( d[128 * e + 66] == 2 && d[128 * e] == 'W' ) x[(dir + 1) * ssz + 128 * e + 122] = 0x7F;
  CHECK_INT(xls_grid(x, n, &g, 0), -1);
  CHECK(strstr(g.err, "the Workbook stream") != NULL);
  lit_grid_free(&g);
  free(x);
  free(b);

  /* The .xls of the user's own sheet reads as csv, the unplaced column named. */
  doc_file f = read_doc("tests/fixtures/sheet_generic.xls");
  CHECK_STR(lit_format_name(f.doc.format), "csv");
  CHECK_STR(f.doc.error, "sheet 'My papers' row 1 column I: column 'Rating' is not a bibliographic column kolit knows, not read");
  CHECK_INT(f.doc.n_rec, 2);
  if( f.doc.n_rec == 2 ){
    const lit_record *r = &f.doc.rec[0];
    CHECK_STR(r->title, "Cluster policy in Korea");
    CHECK_STR(r->authors, "Kim, Ji-Su; Lee, Han");
    CHECK_INT(r->n_author, 2);
    CHECK_STR(r->year, "2015");
    CHECK_STR(r->volume, "49");
    CHECK_STR(r->issue, "3");
    CHECK_STR(r->journal, "Regional Studies");
    CHECK_STR(r->page_first, "10");
    CHECK_STR(r->page_last, "25");
    CHECK_STR(r->doi, "10.1080/00343404.2015.1");
    CHECK_STR(r->type, NULL);
    r = &f.doc.rec[1];
    CHECK_STR(r->title_ko, "지역 혁신과 대학");
    CHECK_STR(r->issue, NULL);
    CHECK_STR(r->doi, NULL);
  }
  doc_free(&f);
}


/* ---- a workbook built record by record ------------------------------------- */

/* What POI does not write but Excel and others do: LABEL (inline strings),
** a string whose CONTINUE switches from one-byte to two-byte characters,
** a surrogate pair, FORMULA with a STRING result, RK with the /100 flag, a
** chart substream inside a sheet, a second sheet without a header. The
** compound file around it is the smallest valid one: a FAT sector, a
** directory sector, the Workbook stream in regular sectors. */
typedef struct wbuf { unsigned char b[16384]; size_t n; } wbuf;

static void put16(wbuf *w, unsigned v){ w->b[w->n++] = (unsigned char)v; w->b[w->n++] = (unsigned char)(v >> 8); }
static void put32(wbuf *w, uint32_t v){ put16(w, v & 0xFFFF); put16(w, v >> 16); }
static void putb(wbuf *w, const void *p, size_t n){ if( n ) memcpy(w->b + w->n, p, n); w->n += n; }
static void rec(wbuf *w, unsigned type, const void *body, size_t n){ put16(w, type); put16(w, (unsigned)n); putb(w, body, n); }
static size_t rec_start(wbuf *w, unsigned type){ put16(w, type); put16(w, 0); return w->n; }
static void rec_end(wbuf *w, size_t body){ size_t n = w->n - body; w->b[body - 2] = (unsigned char)n; w->b[body - 1] = (unsigned char)(n >> 8); }
static void bof(wbuf *w, unsigned dt){
  size_t b = rec_start(w, 0x0809); put16(w, 0x0600); put16(w, dt); put32(w, 0); put32(w, 0); put32(w, 0); rec_end(w, b);
}
static void cell_hdr(wbuf *w, unsigned row, unsigned col){ put16(w, row); put16(w, col); put16(w, 15); }
static void label(wbuf *w, unsigned row, unsigned col, const uint16_t *u, size_t k){
  size_t b = rec_start(w, 0x0204); cell_hdr(w, row, col); put16(w, (unsigned)k); w->b[w->n++] = 1;
  for( size_t i = 0; i < k; i++ ) put16(w, u[i]);
  rec_end(w, b);
}
static void labelsst(wbuf *w, unsigned row, unsigned col, uint32_t i){
  size_t b = rec_start(w, 0x00FD); cell_hdr(w, row, col); put32(w, i); rec_end(w, b);
}
static void rk(wbuf *w, unsigned row, unsigned col, uint32_t v){
  size_t b = rec_start(w, 0x027E); cell_hdr(w, row, col); put32(w, v); rec_end(w, b);
}

static size_t make_workbook(unsigned char *file, size_t cap){
  wbuf w;
  w.n = 0;
  bof(&w, 0x0005);
  size_t sheet_pos[2];
  static const char *const names[2] = {"Papers", "Notes"};
  for( int i = 0; i < 2; i++ ){
    size_t b = rec_start(&w, 0x0085);
    sheet_pos[i] = w.n;
    put32(&w, 0); w.b[w.n++] = 0; w.b[w.n++] = 0;
    w.b[w.n++] = (unsigned char)strlen(names[i]); w.b[w.n++] = 0; putb(&w, names[i], strlen(names[i]));
    rec_end(&w, b);
  }
  /* SST: "title", "year", then "Cluster " (one-byte) continued after a
  ** CONTINUE in two-byte characters: "정책 " and U+1F600 */
  size_t b = rec_start(&w, 0x00FC);
  put32(&w, 3); put32(&w, 3);
  put16(&w, 5); w.b[w.n++] = 0; putb(&w, "title", 5);
  put16(&w, 4); w.b[w.n++] = 0; putb(&w, "year", 4);
  put16(&w, 8 + 3 + 2); w.b[w.n++] = 0; putb(&w, "Cluster ", 8);
  rec_end(&w, b);
  b = rec_start(&w, 0x003C);
  w.b[w.n++] = 1; put16(&w, 0xC815); put16(&w, 0xCC45); put16(&w, ' '); put16(&w, 0xD83D); put16(&w, 0xDE00);
  rec_end(&w, b);
  rec(&w, 0x000A, NULL, 0);
  /* sheet 1 */
  size_t at = w.n;
  for( int k = 0; k < 4; k++ ) w.b[sheet_pos[0] + k] = (unsigned char)(at >> (8 * k));
  bof(&w, 0x0010);
  labelsst(&w, 0, 0, 0);
  labelsst(&w, 0, 1, 1);
  static const uint16_t lab[] = {'L', 'a', 'b', 'e', 'l', ' ', 0xAC00};
  label(&w, 1, 0, lab, 7);
  rk(&w, 1, 1, (2021u << 2) | 2);
  /* FORMULA with a string result, then its STRING */
  b = rec_start(&w, 0x0006); cell_hdr(&w, 2, 0);
  w.b[w.n++] = 0; for( int k = 0; k < 5; k++ ) w.b[w.n++] = 0; put16(&w, 0xFFFF);
  put16(&w, 0); put32(&w, 0); put16(&w, 0); rec_end(&w, b);
  b = rec_start(&w, 0x0207); put16(&w, 12); w.b[w.n++] = 0; putb(&w, "Formula text", 12); rec_end(&w, b);
  /* NUMBER 2020 */
  b = rec_start(&w, 0x0203); cell_hdr(&w, 2, 1);
  { double d = 2020; unsigned char t[8]; memcpy(t, &d, 8); putb(&w, t, 8); }
  rec_end(&w, b);
  /* a chart inside the sheet: its cells are not the sheet's */
  bof(&w, 0x0020);
  label(&w, 9, 0, lab, 7);
  rec(&w, 0x000A, NULL, 0);
  labelsst(&w, 3, 0, 2);
  rk(&w, 3, 1, (202100u << 2) | 3);
  rec(&w, 0x000A, NULL, 0);
  /* sheet 2: no header */
  at = w.n;
  for( int k = 0; k < 4; k++ ) w.b[sheet_pos[1] + k] = (unsigned char)(at >> (8 * k));
  bof(&w, 0x0010);
  static const uint16_t note[] = {'n', 'o', 't', 'e'};
  label(&w, 0, 0, note, 4);
  rec(&w, 0x000A, NULL, 0);
  size_t stream = w.n < 4096 ? 4096 : w.n;   /* over the mini-stream cutoff */
  memset(w.b + w.n, 0, stream - w.n);
  /* the compound file */
  size_t nsec = (stream + 511) / 512, total = 512 * (3 + nsec);
  if( total > cap ) return 0;
  memset(file, 0, total);
  static const unsigned char magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  memcpy(file, magic, 8);
  unsigned char *h = file;
  h[0x18] = 0x3E; h[0x1A] = 3; h[0x1C] = 0xFE; h[0x1D] = 0xFF; h[0x1E] = 9; h[0x20] = 6;
  h[0x2C] = 1; h[0x30] = 1; h[0x39] = 0x10;               /* 1 FAT sector, directory at 1, cutoff 4096 */
  memset(h + 0x3C, 0xFF, 4); h[0x3C] = 0xFE;              /* no mini FAT */
  memset(h + 0x44, 0xFF, 4); h[0x44] = 0xFE;              /* no DIFAT sectors */
  memset(h + 0x4C, 0xFF, 109 * 4); memset(h + 0x4C, 0, 4); /* FAT in sector 0 */
  unsigned char *fat = file + 512;
  memset(fat, 0xFF, 512);
  uint32_t e[128];
  for( int k = 0; k < 128; k++ ) e[k] = 0xFFFFFFFFu;
  e[0] = 0xFFFFFFFDu; e[1] = 0xFFFFFFFEu;
  for( size_t k = 0; k < nsec; k++ ) e[2 + k] = k + 1 < nsec ? (uint32_t)(3 + k) : 0xFFFFFFFEu;
  for( int k = 0; k < 128; k++ ) for( int t = 0; t < 4; t++ ) fat[4 * k + t] = (unsigned char)(e[k] >> (8 * t));
  unsigned char *dir = file + 1024;
  static const char *const dn[2] = {"Root Entry", "Workbook"};
  for( int k = 0; k < 4; k++ ){
    unsigned char *d = dir + 128 * k;
    memset(d + 68, 0xFF, 12);   /* no siblings, no child */
    if( k >= 2 ) continue;
    for( size_t t = 0; t < strlen(dn[k]); t++ ) d[2 * t] = (unsigned char)dn[k][t];
    d[64] = (unsigned char)(2 * (strlen(dn[k]) + 1));
    d[66] = k == 0 ? 5 : 2;
    uint32_t start = k == 0 ? 0xFFFFFFFEu : 2, size = k == 0 ? 0 : (uint32_t)stream;
    for( int t = 0; t < 4; t++ ){ d[116 + t] = (unsigned char)(start >> (8 * t)); d[120 + t] = (unsigned char)(size >> (8 * t)); }
  }
  memcpy(file + 1536, w.b, stream);
  return total;
}

static void test_xls_records(void){
  static unsigned char file[32768];
  size_t n = make_workbook(file, sizeof file);
  CHECK(n > 0);
  lit_grid g;
  char buf[128];
  CHECK_INT(xls_grid(file, n, &g, 0), 0);
  CHECK_INT(g.n_sheet, 2);
  CHECK_INT(g.n_cell, 8 + 1);
  CHECK_STR(cell_at(&g, 0, 0, buf, sizeof buf), "title");
  CHECK_STR(cell_at(&g, 1, 0, buf, sizeof buf), "Label 가");
  CHECK_STR(cell_at(&g, 1, 1, buf, sizeof buf), "2021");
  CHECK_STR(cell_at(&g, 2, 0, buf, sizeof buf), "Formula text");
  CHECK_STR(cell_at(&g, 2, 1, buf, sizeof buf), "2020");
  CHECK_STR(cell_at(&g, 3, 0, buf, sizeof buf), "Cluster 정책 \xF0\x9F\x98\x80");
  CHECK_STR(cell_at(&g, 3, 1, buf, sizeof buf), "2021");
  CHECK_STR(cell_at(&g, 9, 0, buf, sizeof buf), NULL);   /* the chart's */
  lit_grid_free(&g);
  lit_document d;
  CHECK_INT(lit_parse_binary(file, n, &d), 0);
  CHECK_STR(lit_format_name(d.format), "csv");
  CHECK_STR(d.error, "sheet 'Notes': no header of bibliographic columns in its first row, not read");
  CHECK_INT(d.n_rec, 3);
  if( d.n_rec == 3 ){
    CHECK_STR(d.rec[0].title, "Label 가");
    CHECK_STR(d.rec[0].year, "2021");
    CHECK_STR(d.rec[1].title, "Formula text");
    CHECK_STR(d.rec[1].year, "2020");
    CHECK_STR(d.rec[2].title, "Cluster 정책 \xF0\x9F\x98\x80");
    CHECK_STR(d.rec[2].year, "2021");
  }
  lit_document_free(&d);
}

/* ---- CSV in general --------------------------------------------------------- */

static void test_csv(void){
  doc_file f = read_doc("tests/fixtures/csv_english_header.csv");
  CHECK_STR(lit_format_name(f.doc.format), "csv");
  CHECK_STR(f.doc.error, "row 1 column K: column 'My notes' is not a bibliographic column kolit knows, not read");
  CHECK_INT(f.doc.n_rec, 2);
  if( f.doc.n_rec == 2 ){
    const lit_record *r = &f.doc.rec[0];
    CHECK_STR(r->title, "Clusters, networks and regional policy");
    CHECK_STR(r->title_foreign, "Clusters, networks and regional policy");
    CHECK_STR(r->authors, "Ahn, Young-Jin; Gu, Ji-Yeung");
    CHECK_INT(r->n_author, 2);
    if( r->n_author == 2 ){
      CHECK_STR(r->author[1].family, "Gu");
      CHECK_STR(r->author[1].given, "Ji-Yeung");
    }
    CHECK_STR(r->year, "2023");
    CHECK_STR(r->journal, "Regional Studies");
    CHECK_STR(r->volume, "57");
    CHECK_STR(r->issue, "4");
    CHECK_STR(r->page_first, "101");
    CHECK_STR(r->page_last, "118");
    CHECK_STR(r->doi, "10.1080/00343404.2023.0001");
    CHECK_INT(r->n_keyword, 2);
    if( r->n_keyword == 2 ){ CHECK_STR(r->keyword[0], "cluster policy"); CHECK_STR(r->keyword[1], "networks"); }
    /* a quoted field with a comma, a blank line and "" */
    CHECK_STR(r->abstract, "First paragraph, with a comma.\n\nSecond paragraph with \"quotes\".");
    CHECK_STR(r->language, "en");
    r = &f.doc.rec[1];
    CHECK_STR(r->title_ko, "독일의 지역산업 클러스터정책");
    CHECK_STR(r->authors, "안영진");
    CHECK_STR(r->doi, NULL);
    CHECK_STR(r->abstract, NULL);
    CHECK_STR(r->language, NULL);
    CHECK_INT(r->n_keyword, 2);
  }
  doc_free(&f);

  f = read_doc("tests/fixtures/csv_korean_semicolon.csv");
  CHECK_STR(lit_format_name(f.doc.format), "csv");
  CHECK_STR(f.doc.error, "row 1 column I: column '비고' is not a bibliographic column kolit knows, not read");
  CHECK_INT(f.doc.n_rec, 2);
  if( f.doc.n_rec == 2 ){
    const lit_record *r = &f.doc.rec[0];
    CHECK_STR(r->title_ko, "지역혁신체계의 진화");
    CHECK_INT(r->n_author, 2);
    CHECK_STR(r->year, "2010");
    CHECK_STR(r->journal, "지역연구");
    CHECK_STR(r->volume, "26");
    CHECK_STR(r->issue, "3");
    CHECK_STR(r->page_first, "1");
    CHECK_STR(r->page_last, "20");
    CHECK_INT(r->n_keyword, 2);
    r = &f.doc.rec[1];
    CHECK_STR(r->title_foreign, "Smart specialisation in Korea");
    CHECK_STR(r->volume, NULL);
    CHECK_STR(r->page_first, "e12");
    CHECK_STR(r->page_last, NULL);
  }
  doc_free(&f);

  f = read_doc("tests/fixtures/csv_tab.tsv");
  CHECK_STR(lit_format_name(f.doc.format), "csv");
  CHECK_STR(f.doc.error, "row 3 column C (year): 'not a year' is not a year");
  CHECK_INT(f.doc.n_rec, 2);
  if( f.doc.n_rec == 2 ){
    CHECK_STR(f.doc.rec[0].title, "Tabs and titles");
    CHECK_STR(f.doc.rec[0].doi, "10.5555/abc");
    CHECK_STR(f.doc.rec[1].title, "No author here");
    CHECK_STR(f.doc.rec[1].year, NULL);
    CHECK_INT(f.doc.rec[1].n_author, 0);
  }
  doc_free(&f);

  f = read_doc("tests/fixtures/csv_unterminated.csv");
  /* the rows before the open quote are read; that row and the rest are not */
  CHECK_STR(f.doc.error, "row 3: a quoted field is not closed before the end of the file: the file is read up to that row");
  CHECK_INT(f.doc.n_rec, 1);
  if( f.doc.n_rec == 1 ) CHECK_STR(f.doc.rec[0].title, "Read before it");
  if( f.doc.n_rec == 1 ) CHECK_STR(f.doc.rec[0].authors, "Park");
  doc_free(&f);

  /* prose with commas is not a sheet */
  f = read_doc("tests/fixtures/csv_prose_commas.txt");
  CHECK_STR(lit_format_name(f.doc.format), "unknown");
  CHECK_INT(f.doc.n_rec, 0);
  doc_free(&f);

  /* Detection needs a title column and another known column. */
  static const struct { const char *text; int kind; } heads[] = {
    {"title,author\nA,B\n", LIT_SHEET_GENERIC},
    {"Title;Year\nA;2001\n", LIT_SHEET_GENERIC},
    {"논문명\t저자명\n가\t나\n", LIT_SHEET_GENERIC},
    {"title,notes\nA,B\n", LIT_SHEET_NONE},
    {"author,year\nA,2001\n", LIT_SHEET_NONE},
    {"title\nA\n", LIT_SHEET_NONE},
    {"Title, author and year, as we noted\n", LIT_SHEET_NONE},
    {"제목,저자,권호사항,학술지명\n", LIT_SHEET_RISS_JOURNAL},
    {"제목,저자,발행사항,학위논문사항\n", LIT_SHEET_RISS_THESIS},
    {"\"title\",\"author\"\n", LIT_SHEET_GENERIC},
  };
  for( size_t i = 0; i < sizeof heads / sizeof heads[0]; i++ ){
    int k = lit_document_sheet_kind(heads[i].text, strlen(heads[i].text), 0);
    if( k != heads[i].kind ) fprintf(stderr, "head %zu: %s\n", i, heads[i].text);
    CHECK_INT(k, heads[i].kind);
  }
  /* Errors of RISS cells name the sheet, row and column. */
  const char *bad = "제목,저자,학술지명,권호사항,발행연도,수록면\n가 논문,홍길동,지역연구,Volume 3,20x1,x-y\n";
  lit_document d;
  CHECK_INT(lit_parse(bad, strlen(bad), &d), 0);
  CHECK_STR(lit_format_name(d.format), "riss_excel");
  CHECK_STR(d.error, "row 2 column D (권호사항): 'Volume 3' is not a volume and issue (Vol.N No.N [YYYY]); "
                     "row 2 column E (발행연도): '20x1' is not a year; row 2 column F (수록면): 'x-y' is not a page range");
  CHECK_INT(d.n_rec, 1);
  lit_document_free(&d);
  /* A second column for a one-value field is named, not mixed in. */
  const char *twice = "title,Title,year\nA,B,2001\n";
  CHECK_INT(lit_parse(twice, strlen(twice), &d), 0);
  CHECK_STR(d.error, "row 1 column B: column 'Title' holds the same field as an earlier column, not read");
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec == 1 ) CHECK_STR(d.rec[0].title, "A");
  lit_document_free(&d);
  /* A row with values only in columns that are not read is no record. */
  const char *notes = "title,year,notes\nA,2001,x\n,,only a note\n";
  CHECK_INT(lit_parse(notes, strlen(notes), &d), 0);
  CHECK_STR(d.error, "row 1 column C: column 'notes' is not a bibliographic column kolit knows, not read; "
                     "row 3: no value in a column kolit reads, no record");
  CHECK_INT(d.n_rec, 1);
  lit_document_free(&d);
  /* A value under no header is named too. */
  const char *orphan = "title,year\nA,2001,extra\n";
  CHECK_INT(lit_parse(orphan, strlen(orphan), &d), 0);
  CHECK_STR(d.error, "row 2 column C: a value under no header, not read");
  lit_document_free(&d);
}

/* ---- character references ------------------------------------------------------- */

static void test_references(void){
  static const struct { const char *in; char lost; const char *out; } cases[] = {
    {"산&#8901;학", 0, "산⋅학"},
    {"산&#8901,학", ',', "산⋅학"},
    {"산&#8901,학", 0, "산⋅,학"},
    {"&#x22C5;&#X22c5", 0, "⋅⋅"},
    {"R&amp;D &lt;b&gt; &quot;x&quot; &apos;", 0, "R&D <b> \"x\" '"},
    {"a&nbsp;b", 0, "a\xC2\xA0" "b"},
    {"line&#xD;\n", 0, "line\r\n"},
    {"&unknown; & &#; &#0; &#xD800; &#1234567890;", 0, "&unknown; & &#; &#0; &#xD800; &#1234567890;"},
    {"&amp", 0, "&amp"},
    {"&#65&#66;C", 0, "ABC"},
  };
  for( size_t i = 0; i < sizeof cases / sizeof cases[0]; i++ ){
    char out[128];
    size_t n = kt_decode_references(cases[i].in, strlen(cases[i].in), out, cases[i].lost);
    CHECK(n <= strlen(cases[i].in));
    CHECK_MEM(out, n, cases[i].out);
  }
}

/* ---- out of memory --------------------------------------------------------------- */

static void check_oom(const char *path){
  size_t n;
  char *b = read_all(path, &n);
  CHECK(b != NULL);
  if( !b ) return;
  kt_text t;
  char err[200];
  CHECK_INT(kt_decode(b, n, &t, err, sizeof err), 0);
  int binary = t.encoding == NULL;
  lit_document full;
  CHECK_INT(binary ? lit_parse_binary((unsigned char*)b, n, &full) : lit_parse(t.text, t.len, &full), 0);
  long k, fails = 0;
  for( k = 0; k < 100000; k++ ){
    lit_document d;
    lit_test_alloc_budget = k;
    int rc = binary ? lit_parse_binary((unsigned char*)b, n, &d) : lit_parse(t.text, t.len, &d);
    lit_test_alloc_budget = -1;
    if( rc == 0 ){
      CHECK_INT(d.n_rec, full.n_rec);
      CHECK_STR(d.error, full.error);
      CHECK_INT(d.format, full.format);
      lit_document_free(&d);
      break;
    }
    CHECK_INT(rc, -1);
    CHECK(d.n_rec == 0 && d.rec == NULL && d.error == NULL);
    fails++;
  }
  CHECK(fails > 0);
  CHECK(k < 100000);
  lit_document_free(&full);
  kt_text_free(&t);
  free(b);
}

static void test_out_of_memory(void){
  check_oom("tests/fixtures/riss_thesis.xls");
  check_oom("tests/fixtures/riss_journal_small.xls");
  check_oom("tests/fixtures/sheet_generic.xls");
  check_oom("tests/fixtures/riss_thesis_cp949.csv");
  check_oom("tests/fixtures/csv_english_header.csv");
}

int main(void){
  test_riss_exports();
  test_xls_cells();
  test_xls_records();
  test_csv();
  test_references();
  test_out_of_memory();
  return CHECK_DONE();
}

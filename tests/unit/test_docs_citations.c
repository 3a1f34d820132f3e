/*
** The citation-file readers (RIS, BibTeX, CSL-JSON) on the fixtures of
** tests/fixtures/ and on small inline files: each quirk of formats.md with
** the exact fields it must give, errors that name the record and line,
** hostile input (100,000 authors, deep nesting, unclosed values) and every
** allocation failing in turn.
**
**   ris_zotero.ris            3 records: TI + TT by script, AU lines, "A; B" on one line,
**                             T2 + JA, PY + DA "YYYY/MM/DD/", SP/EP, "SP 30-42", "SP 15–22",
**                             IS 0, two SN, KW lines, AB ko + AB en (wrapped), AB = N2 once,
**                             DO with resolver, LA, ID, unknown tags N1, CY (named)
**   ris_bom_crlf_cut_off.ris  UTF-8 BOM, CRLF, "YYYY/MM", JO; the file ends inside record 2
**   ris_cp949.ris             CP949 text
**   bib_kci.bib               KCI's block twice under one key (English, then Korean)
**   bib_jabref.bib            @preamble, @string, # concatenation, quoted and numeric values,
**                             month macro, accents, ---, --, {Literal} and "others",
**                             parentheses entry, titleaddon, an abstract of two Korean and one
**                             English paragraph (\par), @comment
**   bib_zotero_utf16le.bib    Zotero's field order, tabs, UTF-16LE with BOM
**   bib_errors.bib            an unclosed brace, a missing "=", an undefined macro
**   csl_zotero.json           literal / family-given / multi names, date-parts (numbers and
**                             strings), issue as a number, keyword string and array,
**                             original-title, submitted, a bad author value, an unknown note
**   csl_one_item_bom.json     one item (not an array) with a BOM; Hangul family/given
**   csl_broken.json           invalid JSON: line and column
*/
#include "docs_check.h"
#include "docs/docs_internal.h"

#define FIX "tests/fixtures/"

static char *keywords(const lit_record *r){
  static char buf[1024];
  size_t n = 0;
  buf[0] = 0;
  for( int i = 0; i < r->n_keyword; i++ ) n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? "|" : "", r->keyword[i]);
  return r->n_keyword ? buf : NULL;
}

static void test_ris(void){
  parsed_file f = parse_file(FIX "ris_zotero.ris");
  if( !f.ok ) return;
  CHECK_INT(f.doc.format, LIT_FORMAT_RIS);
  CHECK_STR(f.doc.error, "tags not read: N1, JA, CY");
  CHECK_INT(f.doc.n_rec, 3);
  if( f.doc.n_rec == 3 ){
    const lit_record *r = &f.doc.rec[0];
    CHECK_STR(r->type, "article-journal");
    CHECK_STR(r->source_id, "ART002345678");
    CHECK_STR(r->title, "독일의 지역산업 클러스터정책: 바이에른주를 중심으로");
    CHECK_STR(r->title_ko, "독일의 지역산업 클러스터정책: 바이에른주를 중심으로");
    CHECK_STR(r->title_foreign, "Regional Industrial Cluster Policy in Germany: The Case of Bavaria");
    CHECK_STR(r->authors, "김민수; 이지은");
    CHECK_INT(r->n_author, 2);
    CHECK_STR(r->author[0].name, "김민수");
    CHECK_STR(r->author[0].name_ko, "김민수");
    CHECK_STR(r->journal, "한국지역개발학회지");
    CHECK_STR(r->journal_ko, NULL);
    CHECK_STR(r->volume, "31");
    CHECK_STR(r->issue, "2");
    CHECK_STR(r->page_first, "101");
    CHECK_STR(r->page_last, "120");
    CHECK_STR(r->year, "2019");
    CHECK_STR(r->date, "2019-05-30");
    CHECK_STR(r->published, "2019-05-30");
    CHECK_STR(r->doi, "10.1234/kdj.2019.31.2.101");
    CHECK_STR(r->issn, "1229-3431");
    CHECK_STR(r->eissn, "2671-4582");
    CHECK_STR(keywords(r), "클러스터정책|바이에른|cluster policy");
    CHECK_STR(r->abstract_ko, "이 연구는 바이에른주의 클러스터 정책을 분석한다.");
    CHECK_STR(r->abstract_foreign, "This study analyses the cluster policy of Bavaria and its regional innovation agencies.");
    CHECK_STR(r->abstract, "이 연구는 바이에른주의 클러스터 정책을 분석한다.\n\n"
                           "This study analyses the cluster policy of Bavaria and its regional innovation agencies.");
    CHECK_STR(r->publisher, "한국지역개발학회");
    CHECK_STR(r->language, "ko");
    CHECK_INT(r->partial, 0);
    r = &f.doc.rec[1];
    CHECK_STR(r->type, "report");
    CHECK_STR(r->authors, "Park, Min-Ji; Lee, Ji-Eun; Müller, Jürgen");
    CHECK_INT(r->n_author, 3);
    CHECK_STR(r->author[1].family, "Lee");
    CHECK_STR(r->author[1].given, "Ji-Eun");
    CHECK_STR(r->author[2].family, "Müller");
    CHECK_STR(r->year, "2021");
    CHECK_STR(r->date, NULL);
    CHECK_STR(r->published, "2021-03");
    CHECK_STR(r->issue, NULL);
    CHECK_STR(r->page_first, "30");
    CHECK_STR(r->page_last, "42");
    CHECK_STR(keywords(r), "smart specialisation|clusters");
    CHECK_STR(r->abstract, "Regional clusters in the European Union were reorganised around smart specialisation strategies.");
    CHECK_STR(r->language, "en");
    r = &f.doc.rec[2];
    CHECK_STR(r->type, "paper-conference");
    CHECK_STR(r->journal, "2020 한국지역학회 추계학술대회 논문집");
    CHECK_STR(r->author[0].name, "남궁민수");
    CHECK_STR(r->author[0].family, "남궁");
    CHECK_STR(r->page_first, "15");
    CHECK_STR(r->page_last, "22");
  }
  parsed_file_free(&f);

  f = parse_file(FIX "ris_bom_crlf_cut_off.ris");
  if( f.ok ){
    CHECK_STR(f.text.encoding, "utf-8-bom");
    CHECK_INT(f.doc.format, LIT_FORMAT_RIS);
    CHECK_STR(f.doc.error, "record 2 (line 11): the file ends before its ER line");
    CHECK_INT(f.doc.n_rec, 2);
    if( f.doc.n_rec == 2 ){
      CHECK_STR(f.doc.rec[0].journal, "Journal of Regional Studies");
      CHECK_STR(f.doc.rec[0].published, "2022-11");
      CHECK_INT(f.doc.rec[0].partial, 0);
      CHECK_STR(f.doc.rec[1].authors, "정하늘; 한지민");
      CHECK_INT(f.doc.rec[1].n_author, 2);
      CHECK_INT(f.doc.rec[1].partial, 1);
    }
  }
  parsed_file_free(&f);
  f = parse_file(FIX "ris_cp949.ris");
  if( f.ok ){
    CHECK_STR(f.text.encoding, "euc-kr");
    CHECK_INT(f.doc.format, LIT_FORMAT_RIS);
    CHECK_INT(f.doc.n_rec, 1);
    if( f.doc.n_rec ) CHECK_STR(f.doc.rec[0].title_ko, "산업클러스터 정책의 평가");
  }
  parsed_file_free(&f);

  /* text outside any record, a record without ER before the next TY */
  const char *t = "Exported by a tool\nTY  - JOUR\nTI  - One\nTY  - BOOK\nTI  - Two\nER  - \n";
  lit_document d;
  CHECK_INT(lit_parse(t, strlen(t), &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_RIS);
  CHECK_INT(d.n_rec, 2);
  CHECK_STR(d.error, "record 1 (line 2): no ER line before the next TY at line 4; 1 line outside any record, the first at line 1");
  lit_document_free(&d);
}

static void test_bibtex(void){
  parsed_file f = parse_file(FIX "bib_kci.bib");
  if( f.ok ){
    CHECK_INT(f.doc.format, LIT_FORMAT_BIBTEX);
    CHECK_STR(f.doc.error, NULL);
    CHECK_INT(f.doc.n_rec, 2);
    if( f.doc.n_rec == 2 ){
      CHECK_STR(f.doc.rec[0].source_id, "ART002345678");
      CHECK_STR(f.doc.rec[1].source_id, "ART002345678");
      CHECK_STR(f.doc.rec[0].title_foreign, "Regional Industrial Cluster Policy in Germany: The Case of Bavaria");
      CHECK_STR(f.doc.rec[1].title_ko, "독일의 지역산업 클러스터정책: 바이에른주를 중심으로");
      CHECK_STR(f.doc.rec[1].authors, "김민수; 이지은");
      CHECK_STR(f.doc.rec[1].author[1].name_ko, "이지은");
      CHECK_STR(f.doc.rec[1].page_first, "101");
      CHECK_STR(f.doc.rec[1].page_last, "120");
      CHECK_STR(f.doc.rec[1].issue, "2");
      CHECK_STR(f.doc.rec[1].issn, "1229-3431");
    }
  }
  parsed_file_free(&f);

  f = parse_file(FIX "bib_jabref.bib");
  if( f.ok ){
    CHECK_STR(f.doc.error, "fields not read: note");
    CHECK_INT(f.doc.n_rec, 3);
    if( f.doc.n_rec == 3 ){
      const lit_record *r = &f.doc.rec[0];
      CHECK_STR(r->title, "Clusters in Baden-Württemberg: A Survey — Twenty Years On");
      CHECK_STR(r->authors, "Müller, Jürgen; François, René; World Health Organization");
      CHECK_STR(r->author[2].family, NULL);
      CHECK_INT(r->author[2].et_al, 1);
      CHECK_STR(r->journal, "Regional Studies Quarterly");
      CHECK_STR(r->year, "2018");
      CHECK_STR(r->published, "2018-03");
      CHECK_STR(r->volume, "52");
      CHECK_STR(r->page_first, "210");
      CHECK_STR(r->page_last, "233");
      CHECK_STR(keywords(r), "cluster policy|Germany|École");
      CHECK_STR(r->abstract, "We survey cluster policy in Baden-Württemberg; costs fell by 5% and R&D rose.");
      r = &f.doc.rec[1];
      CHECK_STR(r->type, "paper-conference");
      CHECK_STR(r->journal, "Environment and Planning Conference");
      CHECK_STR(r->url, "https://example.org/choi2020");
      CHECK_STR(r->language, "en");
      r = &f.doc.rec[2];
      CHECK_STR(r->type, "report");
      CHECK_STR(r->title_ko, "지역산업 클러스터 정책의 성과와 과제");
      CHECK_STR(r->title_foreign, "Performance and Tasks of Regional Industrial Cluster Policy");
      CHECK_STR(r->author[0].name, "산업연구원");
      CHECK_STR(r->author[0].family, NULL);
      CHECK_STR(r->publisher, "산업연구원");
      /* two Korean paragraphs in a row are one abstract */
      CHECK_STR(r->abstract_ko, "이 보고서는 클러스터 정책의 성과를 평가한다.\n\n정책 과제를 제시한다.");
      CHECK_STR(r->abstract_foreign, "This report evaluates cluster policy.");
    }
  }
  parsed_file_free(&f);

  f = parse_file(FIX "bib_zotero_utf16le.bib");
  if( f.ok ){
    CHECK_STR(f.text.encoding, "utf-16le");
    CHECK_INT(f.doc.format, LIT_FORMAT_BIBTEX);
    CHECK_INT(f.doc.n_rec, 1);
    if( f.doc.n_rec ){
      CHECK_STR(f.doc.rec[0].authors, "정다은; Kwon, Jae-Woong");
      CHECK_STR(keywords(&f.doc.rec[0]), "클러스터|지역혁신");
      CHECK_STR(f.doc.rec[0].doi, "10.5555/kr.2017.19.4.52");
    }
  }
  parsed_file_free(&f);

  f = parse_file(FIX "bib_errors.bib");
  if( f.ok ){
    CHECK_STR(f.doc.error, "entry 1 (broken1, line 1): the brace opened at line 2 is not closed; the fields before it are kept; "
      "entry 2 (broken2, line 5): expected '=' after 'title' at line 6; the fields before it are kept; "
      "line 13: macro 'undefinedmacro' is not defined (its value is left empty)");
    CHECK_INT(f.doc.n_rec, 3);
    if( f.doc.n_rec == 3 ){
      CHECK_INT(f.doc.rec[0].partial, 1);
      CHECK_INT(f.doc.rec[1].partial, 1);
      CHECK_INT(f.doc.rec[2].partial, 0);
      CHECK_STR(f.doc.rec[2].title, "An Entry After Two Broken Ones");
      CHECK_STR(f.doc.rec[2].journal, NULL);
    }
  }
  parsed_file_free(&f);

  /* LaTeX: what each form gives */
  static const struct { const char *latex, *text; } cases[] = {
    { "{\\\"a}\\\"{o}\\'e\\`{a}\\^{i}\\~n\\=a\\.z", "äöéàîñāż" },
    { "\\c{c}\\v{s}\\u{g}\\H{o}\\k{a}\\r{a}\\'{\\i}", "çšğőąåí" },
    { "\\ss{}\\o \\ae\\l\\AA", "ßøæłÅ" },
    { "5\\% \\& \\$ \\# \\_ \\{x\\} \\textbackslash{} \\textasciitilde{}", "5% & $ # _ {x} \\ ~" },
    { "a -- b --- c -{}- d", "a – b — c -- d" },
    { "$L{\\ddot{a}}nder$ \\unknown{x}", "$Länder$ \\unknownx" },
    { "  two\n   lines~here ", "two lines here" },
  };
  for( size_t i = 0; i < sizeof cases / sizeof cases[0]; i++ ){
    char text[512];
    snprintf(text, sizeof text, "@misc{k, title = {%s}}\n", cases[i].latex);
    lit_document d;
    CHECK_INT(lit_parse(text, strlen(text), &d), 0);
    CHECK_INT(d.n_rec, 1);
    if( d.n_rec ) CHECK_STR(d.rec[0].title, cases[i].text);
    lit_document_free(&d);
  }
}

static void test_csl_json(void){
  parsed_file f = parse_file(FIX "csl_zotero.json");
  if( f.ok ){
    CHECK_INT(f.doc.format, LIT_FORMAT_CSL_JSON);
    CHECK_STR(f.doc.error, "item 3: author is not an array; variables not read: note");
    CHECK_INT(f.doc.n_rec, 3);
    if( f.doc.n_rec == 3 ){
      const lit_record *r = &f.doc.rec[0];
      CHECK_STR(r->source_id, "ART002345678");
      CHECK_STR(r->title_ko, "독일의 지역산업 클러스터정책: 바이에른주를 중심으로");
      CHECK_STR(r->title_foreign, "Regional Industrial Cluster Policy in Germany: The Case of Bavaria");
      CHECK_STR(r->authors, "김민수; Park, Min-Ji; Müller, Jürgen");
      CHECK_STR(r->author[0].name_ko, "김민수");
      CHECK_STR(r->author[1].family, "Park");
      CHECK_STR(r->author[1].name_ko, "박민지");
      CHECK_STR(r->author[1].name_latin, "Park, Min-Ji");
      CHECK_STR(r->date, "2019-05-30");
      CHECK_STR(r->received, "2019-02-01");
      CHECK_STR(r->issue, "2");
      CHECK_STR(r->page_last, "120");
      CHECK_STR(keywords(r), "클러스터정책|바이에른|cluster policy");
      CHECK_STR(r->language, "ko");
      r = &f.doc.rec[1];
      CHECK_STR(r->author[0].name, "World Health Organization");
      CHECK_STR(r->author[0].family, NULL);
      CHECK_STR(r->published, "2020-07");
      CHECK_STR(r->page_first, "30");
      CHECK_STR(r->page_last, "42");
      CHECK_STR(keywords(r), "health|clusters");
      CHECK_STR(r->language, "en");
      r = &f.doc.rec[2];
      CHECK_STR(r->type, "book");
      CHECK_STR(r->date, "2011-09-15");
      CHECK_INT(r->n_author, 0);
    }
  }
  parsed_file_free(&f);
  f = parse_file(FIX "csl_one_item_bom.json");
  if( f.ok ){
    CHECK_INT(f.doc.format, LIT_FORMAT_CSL_JSON);
    CHECK_INT(f.doc.n_rec, 1);
    if( f.doc.n_rec ){
      CHECK_STR(f.doc.rec[0].authors, "한지민");
      CHECK_STR(f.doc.rec[0].author[0].family, "한");
      CHECK_STR(f.doc.rec[0].author[0].given, "지민");
      CHECK_STR(keywords(&f.doc.rec[0]), "혁신|지역");
    }
  }
  parsed_file_free(&f);
  f = parse_file(FIX "csl_broken.json");
  if( f.ok ){
    CHECK_INT(f.doc.format, LIT_FORMAT_CSL_JSON);
    CHECK_INT(f.doc.n_rec, 0);
    CHECK_STR(f.doc.error, "not valid JSON at line 2, column 0: string or '}' expected near end of file");
  }
  parsed_file_free(&f);
}

/* A growing buffer for hostile documents. */
typedef struct page { char *p; size_t n, cap; } page;
static void put(page *b, const char *s){
  size_t n = strlen(s);
  if( b->n + n + 1 > b->cap ){
    b->cap = (b->n + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    if( !b->p ){ fprintf(stderr, "out of memory\n"); exit(2); }
  }
  memcpy(b->p + b->n, s, n + 1);
  b->n += n;
}

static void test_hostile(void){
  page b = { 0, 0, 0 };
  lit_document d;
  /* 100,000 authors in one BibTeX field */
  put(&b, "@article{many, author = {");
  for( int i = 0; i < 100000; i++ ) put(&b, i ? " and Kim, Min-Su" : "Kim, Min-Su");
  put(&b, "}}\n");
  CHECK_INT(lit_parse(b.p, b.n, &d), 0);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ) CHECK_INT(d.rec[0].n_author, 100000);
  lit_document_free(&d);
  /* 100,000 nested braces that never close */
  b.n = 0;
  put(&b, "@article{deep, title = ");
  for( int i = 0; i < 100000; i++ ) put(&b, "{");
  CHECK_INT(lit_parse(b.p, b.n, &d), 0);
  CHECK_INT(d.n_rec, 1);
  CHECK_STR(d.error, "entry 1 (deep, line 1): the brace opened at line 1 is not closed; the fields before it are kept");
  lit_document_free(&d);
  /* JSON nested deeper than jansson's limit */
  b.n = 0;
  put(&b, "[{\"title\": \"x\", \"type\": \"book\", \"note\": ");
  for( int i = 0; i < 100000; i++ ) put(&b, "[");
  CHECK_INT(lit_parse(b.p, b.n, &d), 0);
  CHECK_INT(d.format, LIT_FORMAT_CSL_JSON);
  CHECK_INT(d.n_rec, 0);
  CHECK(d.error && strstr(d.error, "not valid JSON at line 1") == d.error);
  lit_document_free(&d);
  /* 100,000 RIS records of one tag each */
  b.n = 0;
  for( int i = 0; i < 100000; i++ ) put(&b, "TY  - JOUR\nAU  - 김민수; 이지은\nER  - \n");
  CHECK_INT(lit_parse(b.p, b.n, &d), 0);
  CHECK_INT(d.n_rec, 100000);
  lit_document_free(&d);
  /* one RIS record of 100,000 AU lines and 100,000 AB lines: linear, not quadratic */
  b.n = 0;
  put(&b, "TY  - JOUR\n");
  for( int i = 0; i < 100000; i++ ) put(&b, "AU  - Kim, Min-Su\nAB  - Paragraph.\n");
  put(&b, "ER  - \n");
  CHECK_INT(lit_parse(b.p, b.n, &d), 0);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_INT(d.rec[0].n_author, 100000);
    CHECK_INT(strlen(d.rec[0].authors), 100000 * 13 - 2);
    CHECK_INT(strlen(d.rec[0].abstract), 100000 * 12 - 2);
    CHECK_STR(d.rec[0].abstract_foreign, d.rec[0].abstract);
  }
  lit_document_free(&d);
  /* many macros */
  b.n = 0;
  char line[64];
  for( int i = 0; i < 20000; i++ ){ snprintf(line, sizeof line, "@string{m%d = {v%d}}\n", i, i); put(&b, line); }
  put(&b, "@misc{k, title = m19999 # m0}\n");
  CHECK_INT(lit_parse(b.p, b.n, &d), 0);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ) CHECK_STR(d.rec[0].title, "v19999v0");
  lit_document_free(&d);
  free(b.p);
}


int main(void){
  test_ris();
  test_bibtex();
  test_csl_json();
  test_hostile();
  const char *oom[] = { "ris_zotero.ris", "ris_bom_crlf_cut_off.ris", "bib_jabref.bib", "bib_errors.bib",
                        "bib_kci.bib", "csl_zotero.json", "csl_one_item_bom.json" };
  for( size_t i = 0; i < sizeof oom / sizeof oom[0]; i++ ){
    char path[256];
    snprintf(path, sizeof path, FIX "%s", oom[i]);
    check_out_of_memory(path);
  }
  return CHECK_DONE();
}

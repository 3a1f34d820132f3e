/*
** The CSL item of a record, the citation keys, and the RIS and BibTeX
** writers (ext/cite/): exact output for a bilingual record, names that must
** stay whole, characters BibTeX treats specially, keys from the source and
** generated keys de-duplicated, and errors for what is no CSL item.
*/
#include "check.h"
#include "cite/cite.h"
#include "cite/json.h"
#include "docs/docs.h"
#include <stdlib.h>

static lit_document parse(const char *text){
  lit_document d;
  CHECK_INT(lit_parse(text, strlen(text), &d), 0);
  return d;
}

static void test_bilingual_item(void){
  lit_document d = parse(
    "TY  - JOUR\nID  - ART002345678\nTI  - 독일의 클러스터정책\nTT  - Cluster Policy in Germany\n"
    "AU  - 김민수\nAU  - Park, Min-Ji\nT2  - 지역연구\nJO  - Journal of Regional Studies\n"
    "DA  - 2019/05/30/\nVL  - 31\nIS  - 2\nSP  - 101\nEP  - 120\nDO  - 10.1234/x\nSN  - 1229-3431\n"
    "SN  - 2671-4582\nKW  - 클러스터\nKW  - cluster, policy\nAB  - 이 연구는 독일을 본다.\n"
    "AB  - This study looks at Germany.\nUR  - https://example.org/a\nPB  - 학회\nER  - \n");
  CHECK_INT(d.n_rec, 1);
  if( !d.n_rec ){ lit_document_free(&d); return; }
  /* the abstract is half Korean, half English: no language is written */
  CHECK_STR(d.rec[0].language, "mixed");
  char **keys = lit_cite_keys(&d);
  CHECK(keys != NULL);
  if( !keys ){ lit_document_free(&d); return; }
  CHECK_STR(keys[0], "ART002345678");
  char *csl = lit_csl_item(&d.rec[0], keys[0]);
  CHECK_STR(csl, "{\"id\":\"ART002345678\",\"type\":\"article-journal\",\"title\":\"독일의 클러스터정책\","
    "\"author\":[{\"literal\":\"김민수\"},{\"family\":\"Park\",\"given\":\"Min-Ji\"}],"
    "\"issued\":{\"date-parts\":[[2019,5,30]]},\"container-title\":\"지역연구\",\"volume\":\"31\",\"issue\":\"2\","
    "\"page\":\"101-120\",\"DOI\":\"10.1234/x\",\"ISSN\":\"1229-3431\","
    "\"abstract\":\"이 연구는 독일을 본다.\\n\\nThis study looks at Germany.\",\"keyword\":\"클러스터; cluster, policy\","
    "\"URL\":\"https://example.org/a\",\"publisher\":\"학회\","
    "\"custom\":{\"title-foreign\":\"Cluster Policy in Germany\",\"journal-ko\":\"지역연구\","
    "\"journal-foreign\":\"Journal of Regional Studies\",\"eissn\":\"2671-4582\","
    "\"keywords\":[\"클러스터\",\"cluster, policy\"]}}");
  char *out = NULL, err[200] = "";
  CHECK_INT(lit_csl_to_ris(csl, strlen(csl), &out, err, sizeof err), 0);
  CHECK_STR(out, "TY  - JOUR\nID  - ART002345678\nTI  - 독일의 클러스터정책\nTT  - Cluster Policy in Germany\n"
    "AU  - 김민수\nAU  - Park, Min-Ji\nT2  - 지역연구\nJO  - Journal of Regional Studies\nPY  - 2019\n"
    "DA  - 2019/05/30/\nVL  - 31\nIS  - 2\nSP  - 101\nEP  - 120\nDO  - 10.1234/x\nSN  - 1229-3431\n"
    "SN  - 2671-4582\nKW  - 클러스터\nKW  - cluster, policy\nAB  - 이 연구는 독일을 본다.\n"
    "AB  - This study looks at Germany.\nUR  - https://example.org/a\nPB  - 학회\nER  - \n");
  free(out);
  CHECK_INT(lit_csl_to_bibtex(csl, strlen(csl), NULL, &out, err, sizeof err), 0);
  CHECK_STR(out, "@article{ART002345678,\n  author = {{김민수} and Park, Min-Ji},\n  title = {독일의 클러스터정책},\n"
    "  titleaddon = {Cluster Policy in Germany},\n  journal = {지역연구},\n"
    "  journaltitleaddon = {Journal of Regional Studies},\n  year = {2019},\n  date = {2019-05-30},\n"
    "  volume = {31},\n  number = {2},\n  pages = {101--120},\n  doi = {10.1234/x},\n"
    "  issn = {1229-3431, 2671-4582},\n  keywords = {클러스터; cluster, policy},\n"
    "  abstract = {이 연구는 독일을 본다.\\par This study looks at Germany.},\n  url = {https://example.org/a},\n"
    "  publisher = {학회},\n}\n");
  free(out);
  CHECK_INT(lit_csl_to_bibtex(csl, strlen(csl), "mykey", &out, err, sizeof err), 0);
  CHECK(out && strncmp(out, "@article{mykey,\n", 16) == 0);
  free(out);
  free(csl);
  lit_cite_keys_free(keys, d.n_rec);
  lit_document_free(&d);
}

/* What BibTeX and RIS treat specially comes back as it was. */
static void test_special_characters(void){
  const char *item = "{\"id\":\"k\",\"type\":\"book\",\"title\":\"50% of R&D {costs} $x_1$ #1 a~b ^ \\\\par -- c\","
                     "\"author\":[{\"literal\":\"Ministry of Trade and Industry\"},{\"family\":\"O'Neil\",\"given\":\"Ann\"}]}";
  char *bib = NULL, *ris = NULL, err[200];
  CHECK_INT(lit_csl_to_bibtex(item, strlen(item), NULL, &bib, err, sizeof err), 0);
  CHECK_STR(bib, "@book{k,\n  author = {{Ministry of Trade and Industry} and O'Neil, Ann},\n"
    "  title = {50\\% of R\\&D \\{costs\\} \\$x\\_1\\$ \\#1 a\\textasciitilde{}b \\textasciicircum{} \\textbackslash{}par -{}- c},\n}\n");
  lit_document d = parse(bib);
  CHECK_INT(d.n_rec, 1);
  if( d.n_rec ){
    CHECK_STR(d.rec[0].title, "50% of R&D {costs} $x_1$ #1 a~b ^ \\par -- c");
    CHECK_INT(d.rec[0].n_author, 2);
    CHECK_STR(d.rec[0].author[0].name, "Ministry of Trade and Industry");
    CHECK_STR(d.rec[0].author[0].family, NULL);
    CHECK_STR(d.rec[0].author[1].family, "O'Neil");
  }
  lit_document_free(&d);
  CHECK_INT(lit_csl_to_ris(item, strlen(item), &ris, err, sizeof err), 0);
  CHECK_STR(ris, "TY  - BOOK\nID  - k\nTI  - 50% of R&D {costs} $x_1$ #1 a~b ^ \\par -- c\n"
    "AU  - Ministry of Trade and Industry\nAU  - O'Neil, Ann\nER  - \n");
  free(bib);
  free(ris);
}

static void test_keys(void){
  lit_document d = parse(
    "TY  - JOUR\nAU  - Kim, Min-Su\nPY  - 2019\nTI  - Regional Clusters\nER  - \n"
    "TY  - JOUR\nAU  - Kim, Min-Su\nPY  - 2019\nTI  - Regional Policy\nER  - \n"
    "TY  - JOUR\nAU  - 김민수\nPY  - 2019\nTI  - \"지역\" 클러스터\nER  - \n"
    "TY  - JOUR\nID  - has space\nER  - \n"
    "TY  - JOUR\nID  - kim2019regional\nER  - \n");
  CHECK_INT(d.n_rec, 5);
  char **keys = lit_cite_keys(&d);
  CHECK(keys != NULL);
  if( keys && d.n_rec == 5 ){
    CHECK_STR(keys[0], "kim2019regional");
    CHECK_STR(keys[1], "kim2019regionalb");
    CHECK_STR(keys[2], "김2019지역");
    CHECK_STR(keys[3], "record");
    CHECK_STR(keys[4], "kim2019regionalc");   /* the file's own key, met before */
  }
  /* the same document gives the same keys */
  char **again = lit_cite_keys(&d);
  for( int i = 0; keys && again && i < d.n_rec; i++ ) CHECK_STR(again[i], keys[i]);
  lit_cite_keys_free(keys, d.n_rec);
  lit_cite_keys_free(again, d.n_rec);
  lit_document_free(&d);
}

static void test_errors(void){
  char *out = (char*)1, err[200] = "";
  CHECK_INT(lit_csl_to_ris("{\"title\": ", 10, &out, err, sizeof err), 1);
  CHECK(out == NULL);
  CHECK_STR(err, "not valid JSON at line 1, column 11: a value expected near end of text");
  CHECK_INT(lit_csl_to_bibtex("[1, 2]", 6, NULL, &out, err, sizeof err), 1);
  CHECK_STR(err, "not a CSL item: the JSON is not an object");
  /* an empty item is an entry with its key and nothing else */
  CHECK_INT(lit_csl_to_bibtex("{}", 2, NULL, &out, err, sizeof err), 0);
  CHECK_STR(out, "@misc{,\n}\n");
  free(out);
}

/* The writers' JSON reader (ext/cite/json.c): what it accepts and refuses. */
static void test_json(void){
  static const struct { const char *json, *err; } cases[] = {
    { "{\"a\": [1, -2.5e3, \"x\\u00e4\\ud83d\\ude00\", true, false, null], \"b\": {}}", "" },
    { "{\"a\": 1,}", "not valid JSON at line 1, column 9: a member name expected" },
    { "[1 2]", "not valid JSON at line 1, column 4: ',' or ']' expected" },
    { "{\"a\": \"\\ud800\"}", "not valid JSON at line 1, column 14: invalid \\u escape: a lone surrogate" },
    { "{\"a\": \"\\u0000\"}", "not valid JSON at line 1, column 14: \\u0000 is not allowed" },
    { "{\"a\": \"\xff\"}", "not valid JSON at line 1, column 8: invalid UTF-8" },
    { "{\"a\": \"tab\there\"}", "not valid JSON at line 1, column 11: control character in a string" },
    { "{}\n x", "not valid JSON at line 2, column 2: text after the value" },
    { "01", "not valid JSON at line 1, column 2: text after the value" },
    { "[1.]", "not valid JSON at line 1, column 4: invalid number" },
    { "\"unterminated", "not valid JSON at line 1, column 14: the text ends inside a string" },
  };
  for( size_t i = 0; i < sizeof cases / sizeof cases[0]; i++ ){
    kj_doc d;
    char err[200];
    int rc = kj_parse(&d, cases[i].json, strlen(cases[i].json), err, sizeof err);
    CHECK_INT(rc, cases[i].err[0] ? 1 : 0);
    CHECK_STR(rc ? err : "", cases[i].err);
    if( rc == 0 ){
      const kj_value *a = kj_get(&d.v[0], "a");
      const kj_value *x = kj_next(kj_next(kj_first(a)));
      CHECK(x && x->type == KJ_STRING);
      if( x ) CHECK_STR(x->str, "xä😀");
      CHECK(kj_next(kj_first(a))->integer == 0);
      CHECK_STR(kj_first(a)->str, "1");
      CHECK(kj_get(&d.v[0], "b") && kj_first(kj_get(&d.v[0], "b")) == NULL);
    }
    kj_free(&d);
  }
  /* nesting deeper than 200 levels is refused, not followed down the stack */
  char deep[1002];
  memset(deep, '[', 1001);
  deep[1001] = 0;
  kj_doc d;
  char err[200];
  CHECK_INT(kj_parse(&d, deep, strlen(deep), err, sizeof err), 1);
  CHECK_STR(err, "not valid JSON at line 1, column 201: nested too deep");
  kj_free(&d);
}

int main(void){
  test_json();
  test_bilingual_item();
  test_special_characters();
  test_keys();
  test_errors();
  return CHECK_DONE();
}

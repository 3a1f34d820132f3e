/* Unit tests of korean_query's parser (ext/search/query.c): the exact FTS5
** expression built from what a person types. That FTS5 accepts them and finds
** the right rows is tested through SQL (tests/sql/korean_query.sql). */
#include "check.h"
#include "search/query.h"
#include "tag/vocab.h"
#include <stdlib.h>

static const kt_vocab *vocab;   /* for qv() */

static const char *qv(const char *text, const kt_vocab *v){
  static char last[4096];
  char *out = 0;
  int n = 0;
  if( kq_build(text, (int)strlen(text), v, &out, &n) != 0 ) return "(out of memory)";
  snprintf(last, sizeof last, "%s", out);
  if( (int)strlen(out) != n ) snprintf(last, sizeof last, "(length %d is not %d)", n, (int)strlen(out));
  free(out);
  return last;
}

static const char *q(const char *text){ return qv(text, 0); }

int main(void){
  /* words: the phrase of their tokens, ANDed */
  CHECK_STR(q("정책은"), "\"정책\"");
  CHECK_STR(q("독일의   발전된 정책"), "\"독일\" \"발전\" \"정책\"");
  /* operators, upper case only, as in FTS5 */
  CHECK_STR(q("독일 OR 일본"), "\"독일\" OR \"일본\"");
  CHECK_STR(q("독일 or 일본"), "\"독일\" \"or\" \"일본\"");
  CHECK_STR(q("독일 AND 일본"), "\"독일\" \"일본\"");
  CHECK_STR(q("독일 NOT 일본"), "\"독일\" NOT \"일본\"");
  CHECK_STR(q("독일 NOT 일본 NOT 미국"), "\"독일\" NOT \"일본\" NOT \"미국\"");
  /* precedence: NOT, then AND, then OR */
  CHECK_STR(q("독일 OR 일본의 정책"), "\"독일\" OR (\"일본\" \"정책\")");
  CHECK_STR(q("정책 독일 NOT 일본"), "\"정책\" AND (\"독일\" NOT \"일본\")");
  CHECK_STR(q("(독일 OR 일본) 정책"), "(\"독일\" OR \"일본\") AND \"정책\"");
  CHECK_STR(q("정책 (독일 OR 일본)"), "\"정책\" AND (\"독일\" OR \"일본\")");
  CHECK_STR(q("(독일 OR 일본) NOT 미국"), "(\"독일\" OR \"일본\") NOT \"미국\"");
  CHECK_STR(q("((독일))"), "\"독일\"");
  /* quoted phrases: literal inside, prefix with a star after */
  CHECK_STR(q("\"혁신 클러스터의\" 정책"), "\"혁신 클러스터\" \"정책\"");
  CHECK_STR(q("\"독일 OR 일본\""), "\"독일 or 일본\"");
  CHECK_STR(q("\"클러스터 정\"*"), "\"클러스터 정\"*");
  CHECK_STR(q("\"열린 따옴표"), "\"열린 따옴표\"");
  /* column filters */
  CHECK_STR(q("title: 혁신"), "title : \"혁신\"");
  CHECK_STR(q("title:혁신의 정책"), "title : \"혁신\" \"정책\"");
  CHECK_STR(q("title: (독일 OR 일본)"), "title : (\"독일\" OR \"일본\")");
  CHECK_STR(q("title: \"혁신 클러스터\""), "title : \"혁신 클러스터\"");
  CHECK_STR(q("http://example.org 정책"), "\"http example org\" \"정책\"");
  CHECK_STR(q("title:"), "\"\"");
  /* prefixes */
  CHECK_STR(q("클러스*"), "\"클러스\"*");
  CHECK_STR(q("클러스ㅌ"), "\"클러스\"*");
  CHECK_STR(q("ㅋㄹㅅㅌ"), "\"ㅋㄹㅅㅌ\"");
  CHECK_STR(q("클러스터정*"), "\"클러스터 정\"*");
  /* nothing searchable: the empty phrase, which matches no row */
  CHECK_STR(q(""), "\"\"");
  CHECK_STR(q("!!!"), "\"\"");
  CHECK_STR(q("!!! ---"), "\"\"");
  CHECK_STR(q("*"), "\"\"");
  CHECK_STR(q("\"\""), "\"\"");
  CHECK_STR(q("OR AND NOT"), "\"\"");
  /* everything else is literal text */
  CHECK_STR(q("'선택과 집중'"), "\"선택\" \"집중\"");
  CHECK_STR(q("- 혁신"), "\"혁신\"");
  CHECK_STR(q("-혁신"), "\"혁신\"");
  CHECK_STR(q("R&D"), "\"r d\"");
  /* operators missing an operand, stray parentheses */
  CHECK_STR(q("정책 NOT"), "\"정책\"");
  CHECK_STR(q("독일 OR"), "\"독일\"");
  CHECK_STR(q("OR 독일"), "\"독일\"");
  CHECK_STR(q("독일 AND OR 일본"), "\"독일\" OR \"일본\"");
  CHECK_STR(q("NOT 일본"), "\"\"");
  CHECK_STR(q("NOT 일본 독일"), "\"독일\"");
  CHECK_STR(q("독일) 정책"), "\"독일\" \"정책\"");
  CHECK_STR(q("(독일 OR 일본"), "\"독일\" OR \"일본\"");
  CHECK_STR(q("() 독일"), "\"독일\"");
  CHECK_STR(q("!!! NOT 독일"), "\"\"");
  CHECK_STR(q("독일 NOT !!!"), "\"독일\"");
  /* a word read two ways is quoted as typed, for the table's tokenizer */
  CHECK_STR(q("히어로가"), "(\"히어로가\" OR \"히 어로\" OR \"히어로 가\")");
  /* ... as valid UTF-8: control characters and invalid bytes become spaces */
  CHECK_STR(q("히어로\x01히어로\xff"), "\"히어로 히어로 \"");
  /* questions: question words, function words and endings are dropped */
  CHECK_STR(q("혁신 정책은 언제부터 시작되었는가"), "(\"혁신\" OR \"혁신 정책\") AND (\"정책\" OR \"혁신 정책\") AND \"시작\"");
  CHECK_STR(q("혁신과 정책의 목적은 무엇인가"), "\"혁신\" \"정책\" \"목적\"");
  CHECK_STR(q("지역혁신과 정책은 어떻게 달라졌는가"),
            "(\"지역 혁신\" OR \"지 역 혁신\" OR \"지역혁 신\") AND \"정책\" \"달라졌\"*");
  CHECK_STR(q("정부에 대한 평가는 있는가"), "\"정부\" \"평가\"");
  /* ... but a question word alone, or in OR, is searched */
  CHECK_STR(q("언제"), "\"언제\"");
  CHECK_STR(q("무엇 OR 언제"), "\"무엇\" OR \"언제\"");
  /* spacing: a word is also read cut in two where a writer may put a space,
  ** next to a word the lexicon knows (스마트|전문화, 스마트전|문화 ...), and
  ** glued to the plain word beside it; both forms find each other */
  CHECK_STR(q("스마트전문화"), "(\"스마트 전 문화\" OR \"스 마트 전 문화\" OR \"스마트 전문 화\")");
  CHECK_STR(q("스마트 전문화"), "(\"스마트\" OR \"스 마트\" OR \"스마트 전 문화\") AND (\"전문 화\" OR \"전 문화\" OR \"스마트 전 문화\")");
  CHECK_STR(q("산학연 협력"), "(\"산학연\" OR \"산 학연\" OR \"산학 연\" OR \"산학연 협력\") AND (\"협력\" OR \"산학연 협력\")");
  /* no cut before a particle, inside a two-syllable stem, or between two
  ** unknown halves; no glue after a particle, with a function word, or across
  ** an operator */
  CHECK_STR(q("정책의"), "\"정책\"");
  CHECK_STR(q("테크노파크"), "(\"테크노파크\" OR \"테 크노파크\")");
  CHECK_STR(q("정책의 평가"), "\"정책\" \"평가\"");
  CHECK_STR(q("정책 및 평가"), "\"정책\" \"평가\"");
  CHECK_STR(q("정책 AND 평가"), "\"정책\" \"평가\"");
  CHECK_STR(q("등 가축도"), "(\"가축\" OR \"등가 축도\")");
  /* a reading whose tokens the table's tokenizer would read another way
  ** alone is given as typed (탈퇴신고서 alone is not 탈퇴 신고서) */
  CHECK_STR(q("교섭단체 탈퇴신고서를"), "(\"교섭 단체\" OR \"교 섭단체\" OR \"교섭 단 체\" OR \"교섭단체탈퇴신고서를\") AND (\"탈퇴신고서를\" OR \"탈 퇴신 고서\" OR \"탈퇴 고서\" OR \"탈퇴 신고 서\" OR \"교섭단체탈퇴신고서를\")");
  /* a vocabulary: words side by side that are a term (then at most a particle)
  ** become every term of its concept, each with its readings */
  kt_vocab *mine = kt_vocab_new();
  CHECK(mine != 0);
  CHECK_INT(kt_vocab_add(mine, "s3", 2, "smart specialization", 20), 0);
  CHECK_INT(kt_vocab_add(mine, "s3", 2, "스마트전문화", strlen("스마트전문화")), 0);
  CHECK_INT(kt_vocab_add(mine, "tt", 2, "기술이전", strlen("기술이전")), 0);
  CHECK_INT(kt_vocab_add(mine, "tt", 2, "technology transfer", 19), 0);
  CHECK_INT(kt_vocab_compile(mine), 0);
  vocab = mine;
  CHECK_STR(qv("smart specialization", vocab),
            "(\"smart specialization\" OR \"스마트 전 문화\" OR \"스 마트 전 문화\" OR \"스마트 전문 화\")");
  CHECK_STR(qv("Smart Specializations 정책", vocab),
            "(\"smart specialization\" OR \"스마트 전 문화\" OR \"스 마트 전 문화\" OR \"스마트 전문 화\") AND \"정책\"");
  CHECK_STR(qv("기술이전의 정책", vocab),
            "(\"기술 이전\" OR \"기 술 이전\" OR \"기술 전\" OR \"technology transfer\") AND \"정책\"");
  CHECK_STR(qv("technology OR transfer", vocab), "\"technology\" OR \"transfer\"");
  CHECK_STR(qv("\"technology transfer\"", vocab), "\"technology transfer\"");
  /* a term inside a longer word is no term of the query */
  CHECK_STR(qv("기술이전센터", vocab), "(\"기술 이전 센터\" OR \"기 술이전센터\" OR \"기술 전 센터\" OR \"기술 이전센 터\")");
  CHECK_STR(qv("smart", vocab), "\"smart\"");
  kt_vocab_free(mine);
  /* the built-in one */
  char err[128];
  const kt_vocab *builtin = kt_vocab_cluster_policy(err, sizeof err);
  CHECK(builtin != 0);
  CHECK(strstr(qv("기술이전", builtin), "\"technology transfer\"") != 0);
  CHECK(strstr(qv("smart specialization", builtin), "\"스마트 전문 화\"") != 0);
  /* nested parentheses beyond 32 are ignored, never a crash */
  char deep[200];
  memset(deep, '(', 100);
  strcpy(deep + 100, "독일");
  CHECK_STR(q(deep), "\"독일\"");
  /* invalid UTF-8 separates words */
  CHECK_STR(q("독일\xff정책"), "(\"독일 정책\" OR \"독 일 정책\" OR \"독일 정 책\")");
  return CHECK_DONE();
}

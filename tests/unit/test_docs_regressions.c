/*
** Inputs the fuzzers found, each with the result it must give. The leak and
** address checks come from running this under ASan and valgrind (the suite
** does both); the exact results are checked here.
*/
#include "check.h"
#include "docs/docs.h"

static void parse(const char *text, lit_document *d){
  CHECK_INT(lit_parse(text, strlen(text), d), 0);
}

int main(void){
  lit_document d;

  /* fuzz_docs, leak: a KIET page whose only field is a year ("Date 2021.03"
  ** gives a year but no day) dropped its half-filled record without freeing it. */
  parse("Go to the Mian menu\nDate 2021.03\n", &d);
  CHECK_INT(d.format, LIT_FORMAT_KIET);
  CHECK_INT(d.n_rec, 0);
  CHECK_STR(d.error, "the page ends before its record: no title, metadata line or abstract");
  lit_document_free(&d);

  return CHECK_DONE();
}

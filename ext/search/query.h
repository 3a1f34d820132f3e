/*
** korean_query's parser: turns what a person types into an FTS5 MATCH
** expression for a table tokenized with `korean`. Plain C, no SQLite: the SQL
** function korean_query(), the unit tests, the fuzz target and bench/ call
** kq_build().
**
** What a person may type (the rest is literal text, analysed as in a document):
**   클러스터 정책        words side by side: AND
**   독일 OR 일본         OR; AND written out is the same as a space
**   독일 NOT 일본        NOT (FTS5 has no NOT without a left side: `NOT 일본`
**                       alone excludes 일본 from nothing and matches nothing)
**   "혁신 클러스터"      a phrase: its words in this order (a `*` after the
**                       closing quote makes it a prefix phrase)
**   (독일 OR 일본) 정책  parentheses group
**   title: 클러스터      a column filter on the next word, phrase or group
**                       (`title:클러스터` too); the name is ASCII letters,
**                       digits and _, starting with a letter
**   클러스*  클러스ㅌ    a prefix: a trailing `*`, or a last syllable typed
**                       only as its initial consonant
** Operators are the upper-case words OR, AND, NOT, as in FTS5, and bind as in
** FTS5's documentation: NOT tighter than AND, AND tighter than OR. An operator
** missing an operand, a `)` without `(`, a column name without a term are
** ignored; a `(` or `"` left open is closed at the end. Text with nothing
** searchable gives "", the empty phrase, which matches no row.
**
** Each plain word becomes an OR of phrases, the readings of how a document may
** write it: the word's tokens ("스마트 전 문화"), the word cut in two where a
** writer may have put a space ("스마트 전문 화" for 스마트+전문화), and glued to
** the plain word next to it (스마트 전문화 typed with a space also finds
** 스마트전문화). Among words side by side, question words, pronouns,
** conjunctions and the forms of 있다/없다/하다/되다/이다 are dropped when
** something else is searched (클러스터 정책은 언제부터 시작되었는가 searches
** 클러스터, 정책 and 시작), and a verb the lexicon does not know, typed with a
** question ending, is searched as the prefix of its stem (달라졌는가 ->
** "달라졌"*).
*/
#ifndef KOLIT_SEARCH_QUERY_H
#define KOLIT_SEARCH_QUERY_H

struct kt_vocab;

/* Builds the MATCH expression for text[0..n) (UTF-8; invalid bytes separate
** words). With a vocabulary (ext/tag/vocab.h; NULL for none), words side by
** side that are a term of a concept (smart specialization, 기술이전의: the
** term, then at most a particle or ending) become one OR of the readings of
** every term of that concept, each analysed as in a document, with the
** spacing readings of its Korean terms (스마트전문화 is also 스마트 전문화);
** a quoted phrase is not expanded. Returns 0 and sets *out to a
** NUL-terminated string from malloc() (the caller frees it) and *nout to its
** length, or -1 when out of memory. */
int kq_build(const char *text, int n, const struct kt_vocab *vocab, char **out, int *nout);

#endif

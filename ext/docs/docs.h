/*
** Page formats -> bibliographic records. Plain C, no SQLite.
**
** Input is the NFC UTF-8 text produced by the text layer (LF line ends, no
** BOM). lit_parse() recognises the format, then fills a lit_document with
** the records it found. Every string field is NUL-terminated, heap-owned by
** the document, and NULL when the page does not give it: a parser never
** invents a field. Numbers stay text here (pages can say "pp.e12-e19");
** the SQL glue decides the column type.
*/
#ifndef KOLIT_DOCS_DOCS_H
#define KOLIT_DOCS_DOCS_H
#include <stddef.h>

/* Every format a reader exists or is planned for; its name (the
** lit_documents.format column) and its reader are in the reader table,
** ext/docs/readers.c. */
typedef enum {
  LIT_FORMAT_UNKNOWN = 0,
  LIT_FORMAT_KIET,                  /* "kiet_page" (both KIET sites) */
  LIT_FORMAT_KOREASCIENCE,          /* "koreascience_search" */
  LIT_FORMAT_KOREASCIENCE_ARTICLE,  /* "koreascience_article" */
  LIT_FORMAT_KCI_ARTICLE,           /* "kci_article" */
  LIT_FORMAT_KCI_ISSUE,             /* "kci_issue" */
  LIT_FORMAT_HTML_META,             /* "html_meta" */
  LIT_FORMAT_RIS,                   /* "ris" */
  LIT_FORMAT_BIBTEX,                /* "bibtex" */
  LIT_FORMAT_CSL_JSON,              /* "csl_json" */
  LIT_FORMAT_RISS_EXCEL,            /* "riss_excel" */
  LIT_FORMAT_CSV,                   /* "csv" */
  LIT_FORMAT_COUNT
} lit_format;

typedef struct lit_author {
  char *name;     /* as written, trimmed */
  char *family;   /* family name when it can be told apart, else NULL */
  char *given;    /* given name(s) when they can be told apart, else NULL */
  int et_al;      /* 1 on the last listed author when "et al." follows */
  char *affiliation;  /* as the source gives it, NULL when it gives none */
  char *name_ko;      /* the Hangul (or Hanja) form when the source gives one */
  char *name_latin;   /* the romanized form when the source gives one */
} lit_author;

typedef struct lit_record {
  int ordinal;            /* 1-based position in the document */
  char *title;            /* as written */
  char *title_ko;         /* the Korean title */
  char *title_foreign;    /* the other-language title (English, German, ...) */
  char *authors;          /* as written */
  lit_author *author;     /* n_author entries (cap_author allocated) */
  int n_author, cap_author;
  char *journal;          /* journal, or KIET series */
  char *volume;           /* "19" of v.19 */
  char *issue;            /* "no.4", or a proceedings issue such as "2005.08a" */
  char *series_no;        /* "s.20" */
  char *page_first, *page_last;  /* pp.52-59 */
  char *page_count;       /* KIET "Page" */
  char *issue_no;         /* KIET "Issue No" */
  char *year;             /* "2005" */
  char *date;             /* ISO "YYYY-MM-DD" when a day is given */
  char *abstract;         /* paragraphs separated by one blank line */
  char *language;         /* of the abstract: "ko", "en", "mixed"; NULL without abstract */
  int has_pdf;
  int partial;            /* 1 when the record was cut off or lacks its record lines */
  /* Added for the pages and citation files of the second wave (design.md). */
  char *type;             /* CSL item type: "article-journal", "paper-conference",
                          ** "report", "thesis", "book", "chapter"; NULL when unknown */
  char *journal_ko, *journal_foreign;  /* when the source gives both names */
  char *doi;              /* without a resolver prefix ("10.1234/abc") */
  char *issn, *eissn;     /* "1234-5678" */
  char *publisher;        /* publisher, or a thesis's university */
  char **keyword;         /* n_keyword author keywords as given, both languages */
  int n_keyword, cap_keyword;
  char *abstract_ko, *abstract_foreign;  /* abstract keeps every abstract, in page order */
  char *received, *accepted, *published; /* ISO dates "YYYY-MM-DD" (or "YYYY-MM") */
  char *url;              /* when the source gives one */
  char *source_id;        /* an identifier the source gives: KCI's ART id
                          ** ("ART001234567"), a KoreaScience article id, a citation key */
} lit_record;

typedef struct lit_document {
  lit_format format;
  char *series;           /* KIET series name */
  char *query;            /* KoreaScience query */
  long long result_count; /* KoreaScience "Search Result <n>", -1 when absent */
  lit_record *rec;        /* n_rec records */
  int n_rec;
  char *error;            /* NULL, or why the document or some record was not read fully */
} lit_document;

/* Parses text[0..len). Returns 0, or -1 when out of memory (the document is
** then freed and zeroed). An unrecognised page is not an error: format is
** LIT_FORMAT_UNKNOWN, error says why, and there are no records. */
int lit_parse(const char *text, size_t len, lit_document *doc);
void lit_document_free(lit_document *doc);

/* Parses a document that the text layer found not to be text (a binary
** workbook). Returns 0, or -1 when out of memory; format is
** LIT_FORMAT_UNKNOWN when no binary reader recognises the bytes (the
** caller then reports the text layer's reason). */
int lit_parse_binary(const unsigned char *bytes, size_t len, lit_document *doc);

/* Runs the reader of format f on text without the other readers' say: the
** tests feed every reader the documents of every other format this way and
** expect no record. The reader's own detect function still decides whether
** the text shows any sign of its format (0: no record, an error), as in
** lit_parse(): a parse function reads only what its format's markers say. */
int lit_parse_as(lit_format f, const char *text, size_t len, lit_document *doc);
/* 1 when this build has a reader for f. */
int lit_has_reader(lit_format f);

/* The Korean and the other-language abstract that the citation readers
** derive from an abstract's paragraphs (the first run of Korean paragraphs,
** the first run of paragraphs in another language), from malloc, NULL when
** there is none. Returns 0, or -1 when out of memory. The CSL item writes
** abstract_ko and abstract_foreign only where they differ from these. */
int lit_abstract_split(const char *abstract, char **ko, char **foreign);

/* The DOI in doi[0..n) without a resolver prefix (https://doi.org/, doi:)
** and surrounding spaces, as the readers store it: its start and length.
** The CSL item writes a DOI in that form, so that reading it back gives it. */
void lit_doi_bare(const char *doi, size_t n, size_t *start, size_t *len);

/* The lit_documents.format name: "kiet_page", "koreascience_search", ...
** or "unknown". */
const char *lit_format_name(lit_format f);

#endif

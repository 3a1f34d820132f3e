/*
** Excel 97-2003 workbooks (.xls) -> a grid of cells (grid.h). Two layers,
** both public formats:
**
**   [MS-CFB] the compound file: a 512-byte header (sector size, FAT and
**   DIFAT sectors, directory, mini FAT), the FAT chains of sectors, the
**   directory of 128-byte entries, and the mini stream (64-byte sectors
**   inside the root entry's stream) that holds streams under 4096 bytes.
**   The "Workbook" (or older "Book") stream is copied out in one buffer.
**
**   [MS-XLS] BIFF8 records in that stream: the globals substream (BOF,
**   BOUNDSHEET per sheet, SST = shared strings, split over CONTINUE
**   records, FILEPASS for an encrypted file, EOF), then one substream per
**   sheet at BOUNDSHEET's offset with its cells: LABELSST (an SST index),
**   LABEL and RSTRING (inline strings), NUMBER, RK, MULRK, and FORMULA
**   with its cached result (a number, or the STRING record after it).
**
** Every offset and length read from the file is checked against the bytes
** there are; a FAT chain longer than the number of sectors (a cycle) is an
** error, as is a stream that claims more bytes than its chain holds.
** Debian's FreeXL 1.0.6 was measured on workbooks written by Apache POI
** (what RISS's export uses): it returns no workbook for those whose shared
** strings cross CONTINUE records, where it converts uninitialised bytes
** (docs/spreadsheets.md), hence this reader.
*/
#include "docs/grid.h"
#include "text/text.h"
#include "text/utf8.h"
#include <stdio.h>
#include <stdlib.h>

static uint16_t rd16(const unsigned char *p){ return (uint16_t)(p[0] | (p[1] << 8)); }
static uint32_t rd32(const unsigned char *p){
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

#define XLS_ERR(g, ...) (snprintf((g)->err, sizeof (g)->err, __VA_ARGS__), -1)

/* ---- the grid ------------------------------------------------------------ */

void lit_grid_free(lit_grid *g){
  free(g->pool);
  free(g->cell);
  free(g->sheet);
  memset(g, 0, sizeof *g);
}

/* Makes room for n more bytes (and a NUL) in the pool; 0, or -1 out of memory. */
static int grid_reserve(lit_ctx *c, lit_grid *g, size_t n){
  if( g->pool_n + n + 1 <= g->pool_cap ) return 0;
  size_t cap = g->pool_cap ? g->pool_cap : 1024;
  while( cap < g->pool_n + n + 1 ){
    if( cap > ((size_t)1 << 40) ){ c->oom = 1; return -1; }
    cap *= 2;
  }
  char *q = lit_realloc(c, g->pool, cap);
  if( !q ) return -1;
  g->pool = q;
  g->pool_cap = cap;
  return 0;
}

size_t lit_grid_add_text(lit_ctx *c, lit_grid *g, const char *p, size_t n){
  if( g->pool_n + n + 1 > g->pool_cap ){
    size_t cap = g->pool_cap ? g->pool_cap : 1024;
    while( cap < g->pool_n + n + 1 ){
      if( cap > ((size_t)1 << 40) ){ c->oom = 1; return 0; }
      cap *= 2;
    }
    char *q = lit_realloc(c, g->pool, cap);
    if( !q ) return 0;
    g->pool = q;
    g->pool_cap = cap;
  }
  size_t off = g->pool_n;
  if( n ) memcpy(g->pool + off, p, n);
  g->pool_n += n;
  g->pool[g->pool_n] = 0;
  return off;
}

int lit_grid_add_sheet(lit_ctx *c, lit_grid *g, const char *name, size_t n){
  if( g->n_sheet == g->cap_sheet ){
    if( g->cap_sheet > (1 << 16) ){ c->oom = 1; return -1; }
    int cap = g->cap_sheet ? g->cap_sheet * 2 : 4;
    lit_sheet *s = lit_realloc(c, g->sheet, (size_t)cap * sizeof *s);
    if( !s ) return -1;
    g->sheet = s;
    g->cap_sheet = cap;
  }
  size_t off = lit_grid_add_text(c, g, name, n);
  if( c->oom ) return -1;
  lit_sheet *s = &g->sheet[g->n_sheet++];
  s->name_off = off;
  s->name_len = n;
  s->first = g->n_cell;
  s->n = 0;
  return 0;
}

int lit_grid_add_cell(lit_ctx *c, lit_grid *g, uint32_t row, uint32_t col, size_t off, size_t len){
  if( c->oom || g->n_sheet == 0 ) return -1;
  if( g->n_cell == g->cap_cell ){
    if( g->cap_cell > ((size_t)1 << 32) ){ c->oom = 1; return -1; }
    size_t cap = g->cap_cell ? g->cap_cell * 2 : 64;
    lit_cell *x = lit_realloc(c, g->cell, cap * sizeof *x);
    if( !x ) return -1;
    g->cell = x;
    g->cap_cell = cap;
  }
  lit_cell *x = &g->cell[g->n_cell++];
  x->row = row; x->col = col; x->off = off; x->len = len;
  g->sheet[g->n_sheet - 1].n++;
  return 0;
}

/* ---- the compound file ----------------------------------------------------- */

#define CFB_FREE    0xFFFFFFFFu
#define CFB_END     0xFFFFFFFEu
#define CFB_FATSECT 0xFFFFFFFDu
#define CFB_DIFSECT 0xFFFFFFFCu
#define CFB_MAXREG  0xFFFFFFFAu

static const unsigned char cfb_magic[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

int lit_xls_signature(const unsigned char *b, size_t n){
  return b && n >= 512 && memcmp(b, cfb_magic, 8) == 0;
}

typedef struct cfb {
  const unsigned char *b; size_t n;
  size_t ssz;                /* sector size, 512 or 4096 */
  uint32_t n_sect;           /* sectors in the file (after the header) */
  uint32_t *fat; uint32_t n_fat;
  uint32_t *minifat; uint32_t n_minifat;
  unsigned char *ministream; size_t ministream_n;
} cfb;

static const unsigned char *cfb_sector(const cfb *f, uint32_t s){
  if( s >= f->n_sect ) return NULL;
  return f->b + ((size_t)s + 1) * f->ssz;
}

/* Copies the stream that starts at sector start and holds size bytes, by
** the regular FAT (mini = 0) or the mini FAT. */
static int cfb_read_chain(lit_ctx *c, lit_grid *g, const cfb *f, uint32_t start, uint64_t size, int mini,
                          unsigned char **out, size_t *out_n, const char *what){
  size_t unit = mini ? 64 : f->ssz;
  uint32_t limit = mini ? f->n_minifat : f->n_fat;
  const uint32_t *table = mini ? f->minifat : f->fat;
  if( size > (uint64_t)limit * unit || size > KT_MAX_INPUT )
    return XLS_ERR(g, "not a readable workbook: the %s stream claims %llu bytes, more than the file holds",
                   what, (unsigned long long)size);
  unsigned char *buf = lit_malloc(c, (size_t)size);
  /* one bit per sector: a chain that comes back to a sector loops */
  unsigned char *seen = lit_malloc(c, (size_t)limit / 8 + 1);
  if( !buf || !seen ){ free(buf); free(seen); return -1; }
  memset(seen, 0, (size_t)limit / 8 + 1);
  size_t got = 0;
  uint32_t s = start;
  while( got < size ){
    if( s >= limit || (seen[s >> 3] & (1 << (s & 7))) ){
      free(buf);
      free(seen);
      if( s < limit ) return XLS_ERR(g, "not a readable workbook: the sector chain of the %s stream loops", what);
      return XLS_ERR(g, "not a readable workbook: the %s stream ends early (sector %u)", what, s);
    }
    seen[s >> 3] |= (unsigned char)(1 << (s & 7));
    const unsigned char *src;
    if( mini ){
      size_t at = (size_t)s * 64;
      src = at + 64 <= f->ministream_n ? f->ministream + at : NULL;
    }else{
      src = cfb_sector(f, s);
      if( src && (size_t)(src - f->b) + unit > f->n ) src = NULL;
    }
    if( !src ){
      free(buf);
      free(seen);
      return XLS_ERR(g, "not a readable workbook: the %s stream's sector %u lies past the end of the file", what, s);
    }
    size_t k = size - got < unit ? (size_t)(size - got) : unit;
    memcpy(buf + got, src, k);
    got += k;
    s = table[s];
  }
  free(seen);
  *out = buf;
  *out_n = (size_t)size;
  return 0;
}

/* Case-insensitive compare of a directory entry's UTF-16 name with ASCII. */
static int cfb_name_is(const unsigned char *e, const char *ascii){
  size_t nb = rd16(e + 64), k = strlen(ascii);
  if( nb != (k + 1) * 2 || nb > 64 ) return 0;
  for( size_t i = 0; i < k; i++ ){
    uint16_t ch = rd16(e + 2 * i);
    if( ch > 127 ) return 0;
    int a = ch, b = (unsigned char)ascii[i];
    if( a >= 'A' && a <= 'Z' ) a += 32;
    if( b >= 'A' && b <= 'Z' ) b += 32;
    if( a != b ) return 0;
  }
  return 1;
}

static void cfb_free(cfb *f){
  free(f->fat);
  free(f->minifat);
  free(f->ministream);
}

/* Finds and copies the Workbook stream. */
static int cfb_workbook(lit_ctx *c, lit_grid *g, const unsigned char *b, size_t n,
                        unsigned char **wb, size_t *wb_n){
  cfb f;
  memset(&f, 0, sizeof f);
  f.b = b; f.n = n;
  if( !lit_xls_signature(b, n) ) return XLS_ERR(g, "not a workbook: no compound-file signature");
  uint16_t shift = rd16(b + 0x1E), mshift = rd16(b + 0x20);
  if( rd16(b + 0x1C) != 0xFFFE || (shift != 9 && shift != 12) || mshift != 6 )
    return XLS_ERR(g, "not a readable workbook: compound-file header with byte order %04x, sector shift %u, mini sector shift %u",
                   rd16(b + 0x1C), shift, mshift);
  f.ssz = (size_t)1 << shift;
  if( n < f.ssz ) return XLS_ERR(g, "not a readable workbook: the file ends inside its header");
  size_t ns = (n - f.ssz + f.ssz - 1) / f.ssz;
  f.n_sect = ns > 0x7FFFFFFF ? 0x7FFFFFFF : (uint32_t)ns;
  uint32_t n_fat_sect = rd32(b + 0x2C), dir_start = rd32(b + 0x30);
  uint32_t minifat_start = rd32(b + 0x3C), n_minifat_sect = rd32(b + 0x40);
  uint32_t difat_start = rd32(b + 0x44), n_difat_sect = rd32(b + 0x48);
  if( n_fat_sect == 0 || n_fat_sect > f.n_sect )
    return XLS_ERR(g, "not a readable workbook: %u FAT sectors in a file of %u sectors", n_fat_sect, f.n_sect);
  uint32_t per = (uint32_t)(f.ssz / 4);
  uint64_t n_fat = (uint64_t)n_fat_sect * per;
  f.fat = lit_malloc(c, (size_t)n_fat * 4);
  if( !f.fat ) return -1;
  f.n_fat = (uint32_t)n_fat;
  /* The FAT's sectors: 109 in the header, the rest in the DIFAT chain. */
  uint32_t done = 0, difat = difat_start, difat_steps = 0;
  const unsigned char *list = b + 0x4C;
  uint32_t list_n = 109;
  while( done < n_fat_sect ){
    for( uint32_t i = 0; i < list_n && done < n_fat_sect; i++, done++ ){
      uint32_t s = rd32(list + 4 * i);
      const unsigned char *sec = cfb_sector(&f, s);
      if( !sec || (size_t)(sec - b) + f.ssz > n ){
        cfb_free(&f);
        return XLS_ERR(g, "not a readable workbook: FAT sector %u lies past the end of the file", s);
      }
      for( uint32_t k = 0; k < per; k++ ) f.fat[(size_t)done * per + k] = rd32(sec + 4 * k);
    }
    if( done == n_fat_sect ) break;
    const unsigned char *sec = cfb_sector(&f, difat);
    if( difat_steps++ > n_difat_sect || !sec || (size_t)(sec - b) + f.ssz > n ){
      cfb_free(&f);
      return XLS_ERR(g, "not a readable workbook: the DIFAT lists %u of %u FAT sectors", done, n_fat_sect);
    }
    list = sec;
    list_n = per - 1;
    difat = rd32(sec + 4 * (per - 1));
  }
  /* The directory. */
  unsigned char *dir = NULL;
  size_t dir_n = 0;
  {
    uint32_t len = 0, s = dir_start;
    while( s < f.n_fat && len <= f.n_fat ){ len++; s = f.fat[s]; }
    if( s != CFB_END || len == 0 || len > f.n_fat ){
      cfb_free(&f);
      return XLS_ERR(g, "not a readable workbook: the directory's sector chain is broken");
    }
    if( cfb_read_chain(c, g, &f, dir_start, (uint64_t)len * f.ssz, 0, &dir, &dir_n, "directory") ){
      cfb_free(&f);
      return -1;
    }
  }
  size_t n_entry = dir_n / 128;
  const unsigned char *book = NULL;
  for( size_t i = 0; i < n_entry && !book; i++ ){
    const unsigned char *e = dir + 128 * i;
    if( e[66] == 2 && (cfb_name_is(e, "Workbook") || cfb_name_is(e, "Book")) ) book = e;
  }
  if( !book || n_entry == 0 || dir[66] != 5 ){
    free(dir);
    cfb_free(&f);
    return XLS_ERR(g, "not a workbook: the compound file has no Workbook stream");
  }
  uint64_t size = rd32(book + 120);
  if( f.ssz == 4096 ) size |= (uint64_t)rd32(book + 124) << 32;
  uint32_t start = rd32(book + 116);
  int rc;
  if( size < rd32(b + 0x38) ){
    /* A small stream: in the mini stream, found by the mini FAT. */
    const unsigned char *root = dir;
    unsigned char *mf = NULL;
    size_t mf_n = 0;
    uint64_t root_size = rd32(root + 120);
    rc = cfb_read_chain(c, g, &f, minifat_start, (uint64_t)n_minifat_sect * f.ssz, 0, &mf, &mf_n, "mini FAT");
    if( rc == 0 ){
      f.n_minifat = (uint32_t)(mf_n / 4);
      f.minifat = lit_malloc(c, (size_t)f.n_minifat * 4 + 4);
      if( f.minifat ) for( uint32_t k = 0; k < f.n_minifat; k++ ) f.minifat[k] = rd32(mf + 4 * k);
      free(mf);
      if( !f.minifat ) rc = -1;
    }
    if( rc == 0 ) rc = cfb_read_chain(c, g, &f, rd32(root + 116), root_size, 0, &f.ministream, &f.ministream_n, "mini");
    if( rc == 0 ) rc = cfb_read_chain(c, g, &f, start, size, 1, wb, wb_n, "Workbook");
  }else{
    rc = cfb_read_chain(c, g, &f, start, size, 0, wb, wb_n, "Workbook");
  }
  free(dir);
  cfb_free(&f);
  return rc;
}

/* ---- BIFF8 ------------------------------------------------------------------ */

/* A record body split over the record and its CONTINUE records. */
typedef struct frags {
  const unsigned char *s; size_t n;   /* the workbook stream */
  size_t rec;      /* offset of the current fragment's body */
  size_t rec_n;    /* its length */
  size_t pos;      /* read position within it */
  int bad;         /* ran out of bytes */
} frags;

/* Moves to the next CONTINUE record; 0 when there is none. */
static int frags_next(frags *f){
  size_t at = f->rec + f->rec_n;
  if( at + 4 > f->n || rd16(f->s + at) != 0x003C ) return 0;
  size_t len = rd16(f->s + at + 2);
  if( at + 4 + len > f->n ) return 0;
  f->rec = at + 4;
  f->rec_n = len;
  f->pos = 0;
  return 1;
}

/* Reads k raw bytes into out (may be NULL: skip), across fragments. */
static void frags_bytes(frags *f, unsigned char *out, size_t k){
  while( k > 0 && !f->bad ){
    if( f->pos == f->rec_n && !frags_next(f) ){ f->bad = 1; return; }
    size_t m = f->rec_n - f->pos < k ? f->rec_n - f->pos : k;
    if( out ){ memcpy(out, f->s + f->rec + f->pos, m); out += m; }
    f->pos += m;
    k -= m;
  }
}

static uint32_t frags_u(frags *f, int bytes){
  unsigned char t[4] = {0, 0, 0, 0};
  frags_bytes(f, t, (size_t)bytes);
  return f->bad ? 0 : rd32(t);
}

/* Appends a UTF-16 code unit stream to the pool as UTF-8. hi holds a
** pending high surrogate between calls (0 when none). */
static void put_cp(lit_ctx *c, lit_grid *g, uint32_t cp){
  char u[4];
  if( cp == 0 ) return;               /* NUL would end a C string */
  int k = kt_utf8_encode(cp, u);
  lit_grid_add_text(c, g, u, (size_t)k);
}

static void put_unit(lit_ctx *c, lit_grid *g, uint32_t u, uint32_t *hi){
  if( *hi ){
    if( u >= 0xDC00 && u <= 0xDFFF ){
      put_cp(c, g, 0x10000 + ((*hi - 0xD800) << 10) + (u - 0xDC00));
      *hi = 0;
      return;
    }
    put_cp(c, g, 0xFFFD);
    *hi = 0;
  }
  if( u >= 0xD800 && u <= 0xDBFF ){ *hi = u; return; }
  if( u >= 0xDC00 && u <= 0xDFFF ){ put_cp(c, g, 0xFFFD); return; }
  put_cp(c, g, u);
}

/* Reads cch characters of an XLUnicodeString body whose flags byte is
** given; at each CONTINUE boundary a new flags byte says whether the rest
** is one byte (Latin-1) or two bytes per character ([MS-XLS] 2.5.293). The
** text goes to the pool; returns its offset, *len its length. */
static size_t read_chars(lit_ctx *c, lit_grid *g, frags *f, uint32_t cch, int wide, size_t *len){
  size_t off = g->pool_n;
  uint32_t hi = 0;
  while( cch > 0 && !f->bad && !c->oom ){
    if( f->pos == f->rec_n ){
      if( !frags_next(f) ){ f->bad = 1; break; }
      unsigned char fl;
      frags_bytes(f, &fl, 1);
      wide = fl & 1;
      continue;
    }
    const unsigned char *p = f->s + f->rec + f->pos;
    size_t avail = f->rec_n - f->pos;
    if( wide ){
      if( avail < 2 ){ f->bad = 1; break; }
      size_t m = avail / 2 < cch ? avail / 2 : cch;
      /* straight into the pool: at most 3 bytes per UTF-16 unit */
      if( grid_reserve(c, g, 3 * m + 4) ) break;
      for( size_t i = 0; i < m; i++ ){
        uint32_t u = rd16(p + 2 * i);
        if( hi || (u >= 0xD800 && u <= 0xDFFF) || u == 0 ){
          if( grid_reserve(c, g, 3 * (m - i) + 8) ) break;
          put_unit(c, g, u, &hi);
          continue;
        }
        g->pool_n += (size_t)kt_utf8_encode(u, g->pool + g->pool_n);
      }
      if( c->oom ) break;
      g->pool[g->pool_n] = 0;
      f->pos += 2 * m;
      cch -= (uint32_t)m;
    }else{
      size_t m = avail < cch ? avail : cch;
      /* ASCII runs straight into the pool; Latin-1 above 0x7F as UTF-8 */
      size_t i = 0;
      while( i < m ){
        size_t j = i;
        while( j < m && p[j] && p[j] < 0x80 ) j++;
        if( j > i ) lit_grid_add_text(c, g, (const char*)p + i, j - i);
        if( j < m ){ put_unit(c, g, p[j], &hi); j++; }
        i = j;
      }
      f->pos += m;
      cch -= (uint32_t)m;
    }
  }
  if( hi ) put_cp(c, g, 0xFFFD);
  if( c->oom ){ *len = 0; return 0; }
  *len = g->pool_n - off;
  return off;
}

/* An XLUnicodeRichExtendedString (SST entry) or an XLUnicodeString (LABEL,
** STRING: no runs or phonetic data unless flagged). */
static size_t read_xlstring(lit_ctx *c, lit_grid *g, frags *f, int cch_bytes, size_t *len){
  uint32_t cch = frags_u(f, cch_bytes);
  unsigned char fl = 0;
  frags_bytes(f, &fl, 1);
  uint32_t runs = (fl & 0x08) ? frags_u(f, 2) : 0;
  uint32_t ext = (fl & 0x04) ? frags_u(f, 4) : 0;
  if( f->bad ){ *len = 0; return 0; }
  size_t off = read_chars(c, g, f, cch, fl & 1, len);
  frags_bytes(f, NULL, (size_t)runs * 4);
  frags_bytes(f, NULL, ext);
  return off;
}

/* The shared strings: offsets and lengths of each in the pool. */
typedef struct sst { size_t *off, *len; uint32_t n; } sst;

/* Reads the first `limit` shared strings (all of them when limit is 0). */
static int read_sst(lit_ctx *c, lit_grid *g, const unsigned char *s, size_t n, size_t body, size_t len,
                    sst *t, uint32_t limit){
  frags f = { s, n, body, len, 0, 0 };
  if( len < 8 ) return XLS_ERR(g, "not a readable workbook: an SST record of %zu bytes", len);
  uint32_t unique = rd32(s + body + 4);
  f.pos = 8;
  /* Each string takes at least 3 bytes: no more than the stream holds. */
  if( unique > n / 3 ) unique = (uint32_t)(n / 3);
  if( limit && unique > limit ) unique = limit;
  t->off = lit_malloc(c, ((size_t)unique + 1) * sizeof *t->off);
  t->len = lit_malloc(c, ((size_t)unique + 1) * sizeof *t->len);
  if( !t->off || !t->len ) return -1;
  for( uint32_t i = 0; i < unique; i++ ){
    size_t l;
    size_t o = read_xlstring(c, g, &f, 2, &l);
    if( c->oom ) return -1;
    if( f.bad ) break;
    t->off[i] = o;
    t->len[i] = l;
    t->n = i + 1;
  }
  return 0;
}

/* Writes a number as text: integers without a decimal point. */
static size_t put_number(lit_ctx *c, lit_grid *g, double d, size_t *len){
  char buf[40];
  int k;
  if( d == d && d > -1e15 && d < 1e15 && d == (double)(long long)d ) k = snprintf(buf, sizeof buf, "%lld", (long long)d);
  else k = snprintf(buf, sizeof buf, "%.15g", d);
  if( k < 0 ) k = 0;
  *len = (size_t)k;
  return lit_grid_add_text(c, g, buf, (size_t)k);
}

static double rk_value(uint32_t rk){
  double d;
  if( rk & 2 ){
    d = (double)((int32_t)rk >> 2);
  }else{
    uint64_t bits = (uint64_t)(rk & 0xFFFFFFFCu) << 32;
    memcpy(&d, &bits, 8);
  }
  return (rk & 1) ? d / 100 : d;
}

static double rd_double(const unsigned char *p){
  uint64_t bits = (uint64_t)rd32(p) | ((uint64_t)rd32(p + 4) << 32);
  double d;
  memcpy(&d, &bits, 8);
  return d;
}

/* Reads the cells of the sheet substream that starts at pos. */
static int read_sheet(lit_ctx *c, lit_grid *g, const unsigned char *s, size_t n, size_t pos,
                      const sst *t, uint32_t max_rows, const char *name){
  if( pos + 8 > n || rd16(s + pos) != 0x0809 )
    return XLS_ERR(g, "not a readable workbook: sheet '%.100s' does not start with a BOF record at offset %zu", name, pos);
  int depth = 0;
  int want_string = 0;        /* a FORMULA with a string result: STRING follows */
  uint32_t f_row = 0, f_col = 0;
  while( pos + 4 <= n && !c->oom ){
    uint16_t type = rd16(s + pos);
    size_t len = rd16(s + pos + 2), body = pos + 4;
    if( body + len > n ) return XLS_ERR(g, "not a readable workbook: sheet '%.100s' is cut off at offset %zu", name, pos);
    const unsigned char *p = s + body;
    pos = body + len;
    if( type == 0x0809 ){ depth++; continue; }
    if( type == 0x000A ){ if( --depth == 0 ) break; continue; }
    if( depth != 1 ) continue;    /* a chart or other embedded substream */
    if( type == 0x0207 && want_string ){
      frags f = { s, n, body, len, 0, 0 };
      size_t l, o = read_xlstring(c, g, &f, 2, &l);
      if( !f.bad && l ) lit_grid_add_cell(c, g, f_row, f_col, o, l);
      want_string = 0;
      continue;
    }
    want_string = 0;
    if( len < 6 ) continue;
    uint32_t row = rd16(p), col = rd16(p + 2);
    if( max_rows && row >= max_rows ) continue;
    size_t o = 0, l = 0;
    switch( type ){
      case 0x00FD:   /* LABELSST */
        if( len >= 10 ){
          uint32_t i = rd32(p + 6);
          if( i < t->n && t->len[i] ) lit_grid_add_cell(c, g, row, col, t->off[i], t->len[i]);
        }
        break;
      case 0x0204: case 0x00D6: {   /* LABEL, RSTRING */
        frags f = { s, n, body, len, 6, 0 };
        o = read_xlstring(c, g, &f, 2, &l);
        if( l ) lit_grid_add_cell(c, g, row, col, o, l);
        break;
      }
      case 0x0203:   /* NUMBER */
        if( len >= 14 ){ o = put_number(c, g, rd_double(p + 6), &l); lit_grid_add_cell(c, g, row, col, o, l); }
        break;
      case 0x027E:   /* RK */
        if( len >= 10 ){ o = put_number(c, g, rk_value(rd32(p + 6)), &l); lit_grid_add_cell(c, g, row, col, o, l); }
        break;
      case 0x00BD: { /* MULRK: row, first column, (xf, rk)*, last column */
        size_t k = (len - 6) / 6;
        for( size_t i = 0; i < k; i++ ){
          o = put_number(c, g, rk_value(rd32(p + 4 + 6 * i + 2)), &l);
          lit_grid_add_cell(c, g, row, col + (uint32_t)i, o, l);
        }
        break;
      }
      case 0x0006:   /* FORMULA: cached result */
        if( len >= 20 ){
          if( rd16(p + 12) != 0xFFFF ){
            o = put_number(c, g, rd_double(p + 6), &l);
            lit_grid_add_cell(c, g, row, col, o, l);
          }else if( p[6] == 0 ){
            want_string = 1; f_row = row; f_col = col;
          }
        }
        break;
      default: break;
    }
  }
  return c->oom ? -1 : 0;
}

/* 1 + the largest SST index a LABELSST cell of the first max_rows rows of
** the sheet at pos uses; 0 when none does. Walks record headers only. */
static uint32_t max_sst_index(const unsigned char *s, size_t n, size_t pos, uint32_t max_rows){
  uint32_t m = 0;
  int depth = 0;
  while( pos + 4 <= n ){
    uint16_t type = rd16(s + pos);
    size_t len = rd16(s + pos + 2), body = pos + 4;
    if( body + len > n ) break;
    pos = body + len;
    if( type == 0x0809 ){ depth++; continue; }
    if( type == 0x000A ){ if( --depth <= 0 ) break; continue; }
    if( depth == 1 && type == 0x00FD && len >= 10 && rd16(s + body) < max_rows ){
      uint32_t i = rd32(s + body + 6);
      if( i < 0xFFFFFFFFu && i + 1 > m ) m = i + 1;
    }
  }
  return m;
}

static int cell_order(const void *a, const void *b){
  const lit_cell *x = a, *y = b;
  if( x->row != y->row ) return x->row < y->row ? -1 : 1;
  if( x->col != y->col ) return x->col < y->col ? -1 : 1;
  return x->off < y->off ? -1 : x->off > y->off;
}

int lit_xls_read(lit_ctx *c, const unsigned char *b, size_t n, lit_grid *g, uint32_t max_rows){
  unsigned char *s = NULL;
  size_t sn = 0;
  g->err[0] = 0;
  if( cfb_workbook(c, g, b, n, &s, &sn) ) return -1;
  sst t = { NULL, NULL, 0 };
  typedef struct { uint32_t pos; size_t name_off, name_len; } sheet_ref;
  sheet_ref *refs = NULL;
  int n_ref = 0, cap_ref = 0, rc = 0;
  if( sn < 8 || rd16(s) != 0x0809 || rd16(s + 2) < 4 ){
    rc = XLS_ERR(g, "not a workbook: the Workbook stream does not start with a BOF record");
    goto done;
  }
  if( rd16(s + 4) != 0x0600 ){
    rc = XLS_ERR(g, "not a readable workbook: BIFF version %04x, not BIFF8 (Excel 97-2003)", rd16(s + 4));
    goto done;
  }
  size_t pos = 4 + rd16(s + 2), sst_body = 0, sst_len = 0;
  while( pos + 4 <= sn && !c->oom ){
    uint16_t type = rd16(s + pos);
    size_t len = rd16(s + pos + 2), body = pos + 4;
    if( body + len > sn ){ rc = XLS_ERR(g, "not a readable workbook: a record is cut off at offset %zu", pos); goto done; }
    pos = body + len;
    if( type == 0x000A ) break;
    if( type == 0x002F ){ rc = XLS_ERR(g, "not a readable workbook: it is encrypted (FILEPASS)"); goto done; }
    if( type == 0x00FC && !sst_len ){
      sst_body = body;
      sst_len = len;
    }else if( type == 0x0085 && len >= 8 ){
      const unsigned char *p = s + body;
      if( p[5] != 0 ) continue;   /* 0 worksheet; skip charts, macros */
      if( n_ref == cap_ref ){
        int cap = cap_ref ? cap_ref * 2 : 4;
        sheet_ref *r = lit_realloc(c, refs, (size_t)cap * sizeof *r);
        if( !r ){ rc = -1; goto done; }
        refs = r;
        cap_ref = cap;
      }
      frags f = { s, sn, body, len, 8, 0 };
      size_t nl;
      size_t no = read_chars(c, g, &f, p[6], p[7] & 1, &nl);
      refs[n_ref].pos = rd32(p);
      refs[n_ref].name_off = no;
      refs[n_ref].name_len = f.bad ? 0 : nl;
      n_ref++;
    }
  }
  if( c->oom ){ rc = -1; goto done; }
  if( sst_len ){
    /* For the first rows only (detection), only the strings they use. */
    uint32_t limit = 0;
    if( max_rows ){
      for( int i = 0; i < n_ref; i++ ){
        uint32_t m = max_sst_index(s, sn, refs[i].pos, max_rows);
        if( m > limit ) limit = m;
      }
    }
    if( !max_rows || limit ){
      if( read_sst(c, g, s, sn, sst_body, sst_len, &t, limit) ){ rc = -1; goto done; }
    }
  }
  for( int i = 0; i < n_ref; i++ ){
    /* the name is in the pool, which lit_grid_add_sheet may move: copy it */
    char name[1024];
    size_t nl = refs[i].name_len < sizeof name - 1 ? refs[i].name_len : sizeof name - 1;
    if( nl ) memcpy(name, g->pool + refs[i].name_off, nl);
    name[nl] = 0;
    if( lit_grid_add_sheet(c, g, name, nl) ){ rc = -1; goto done; }
    /* for messages: at most 100 bytes, cut at a character boundary */
    size_t k = nl < 100 ? nl : 100;
    while( k > 0 && k < nl && ((unsigned char)name[k] & 0xC0) == 0x80 ) k--;
    name[k] = 0;
    if( read_sheet(c, g, s, sn, refs[i].pos, &t, max_rows, name) ){ rc = -1; goto done; }
    lit_sheet *sh = &g->sheet[g->n_sheet - 1];
    int sorted = 1;
    for( size_t k = 1; k < sh->n && sorted; k++ ) sorted = cell_order(&g->cell[sh->first + k - 1], &g->cell[sh->first + k]) < 0;
    if( !sorted ) qsort(g->cell + sh->first, sh->n, sizeof *g->cell, cell_order);
  }
  if( n_ref == 0 ) rc = XLS_ERR(g, "not a readable workbook: no worksheet");
done:
  free(s);
  free(t.off);
  free(t.len);
  free(refs);
  return rc;
}

/* gen_common.h - what the benchmark's corpus generators (gen_corpus.c,
 * gen_news.c and gen_news_ar.c) share: a seeded PRNG, a growing byte buffer,
 * civil dates, the JSON-lines record and the output file; and what the two
 * news generators share: sentence templates, the places of data/places.tsv,
 * the record's url and publication date, and their main().
 *
 * Not part of the library: bench/run.sh compiles it into each generator
 * (cc -O2 gen_X.c gen_common.c -lm). Nothing here returns an error: on
 * out-of-memory or a failed write it prints "PROG: what: why" and exits 1,
 * PROG being the gen_prog each generator defines.
 */
#ifndef GEN_COMMON_H
#define GEN_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* the generator's name, for die(); defined by each generator */
extern const char gen_prog[];

/* Prints "gen_prog: what[: strerror(errno)]" (the reason only when errno is
 * set) and exits 1. */
_Noreturn void die(const char *what);

#define N(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))
#define PICK(a) ((a)[below(N(a))])

/* ------------------------------------------------------------------ PRNG */

/* xoshiro256** seeded with splitmix64: the same numbers on every machine for
 * a seed. One stream per process, which gen_args() seeds. */
uint64_t rnd(void);

/* uniform in [0, n) */
static inline uint32_t below(uint32_t n) { return (uint32_t)(((rnd() >> 32) * (uint64_t)n) >> 32); }
static inline int chance(double p) { return (double)(rnd() >> 11) * 0x1.0p-53 < p; }
/* uniform in (0, 1) */
static inline double unif(void) { return ((double)(rnd() >> 11) + 0.5) * 0x1.0p-53; }
/* uniform in [lo, hi] */
static inline int between(int lo, int hi) { return lo + (int)below((uint32_t)(hi - lo + 1)); }
/* standard normal (Box-Muller) */
double normal(void);

/* ------------------------------------------------------------- buffers */

/* A growing byte buffer, not NUL-terminated; {0} is an empty one. The
 * owner frees p. The appenders are inline: the generators call them for
 * nearly every byte they write. */
struct sb { char *p; size_t n, cap; };

/* sb_grow's slow path: doubles cap until the bytes fit */
void sb_realloc(struct sb *b, size_t more);

/* room for more bytes after b->n */
static inline void sb_grow(struct sb *b, size_t more)
{
	if (b->n + more > b->cap)
		sb_realloc(b, more);
}

static inline void sb_addn(struct sb *b, const char *s, size_t n)
{
	sb_grow(b, n);
	memcpy(b->p + b->n, s, n);
	b->n += n;
}

static inline void sb_add(struct sb *b, const char *s) { sb_addn(b, s, strlen(s)); }

static inline void sb_addc(struct sb *b, char c)
{
	sb_grow(b, 1);
	b->p[b->n++] = c;
}

/* v in ASCII digits */
void sb_num(struct sb *b, long v);
/* v with a thousands comma, as English reports write large figures */
void sb_num_commas(struct sb *b, long v);
/* v % 100 as two digits */
void sb_num2(struct sb *b, int v);
/* v in ASCII digits, or with indic in Arabic-Indic digits (U+0660..U+0669) */
void sb_num_ar(struct sb *b, unsigned long v, int indic);

/* ---------------------------------------------------------------- dates */

struct date { int y, m, d, wd; }; /* wd: 0 is Sunday */

/* days since 1970-01-01 -> civil date */
struct date date_from_days(long z);

#define DAY_2014_06_01 16222L
#define DAY_2026_06_30 20634L

extern const char *const WEEKDAY_EN[7], *const WDAY3[7];
extern const char *const MONTH_EN[12], *const MON3[12];
/* Arabic weekdays; months as Egypt and the Gulf name them (يناير) and as the
 * Levant and Iraq do (كانون الثاني) */
extern const char *const WEEKDAY_AR[7];
extern const char *const MONTH_AR_EG[12], *const MONTH_AR_LEV[12];

/* --------------------------------------------------------------- output */

/* One record as the JSON line `civcas ingest` reads: text, title, url,
 * published, language, publisher, source_type. With ascii, every non-ASCII
 * character is written as a \uXXXX escape, as ensure_ascii JSON writers do. */
struct json_rec {
	const struct sb *text, *title, *url, *published;
	const char *language, *publisher, *source_type;
	int ascii;
};

/* appends r to o, newline included */
void json_record(struct sb *o, const struct json_rec *r);

/* Reads the MEGABYTES and SEED arguments (seed_arg NULL: 42), sets *want to
 * the bytes to write and seeds the PRNG. Returns 0, or -1 when an argument is
 * not a number in range (the caller prints its usage). */
int gen_args(const char *mb_arg, const char *seed_arg, uint64_t *want);

/* OUT opened for writing, "-" being stdout */
FILE *out_open(const char *path);
/* writes out whole to f, adds its size to *written and empties it */
void out_write(struct sb *out, FILE *f, uint64_t *written);
/* closes f (flushes it when it is stdout) */
void out_close(FILE *f);

/* seconds of CLOCK_MONOTONIC since *t0 */
double seconds_since(const struct timespec *t0);

/* ------------------------------------------------ the news generators */

/* A sentence template, "{NAME}" for a placeholder, compiled once into
 * literal runs and placeholders. */
struct tok { const char *s; unsigned short len; short ph; }; /* ph < 0: literal s[0..len) */
struct tmpl { struct tok *t; int n; };

/* src[0..n) compiled into out[0..n), the placeholder {NAME} becoming the
 * index of NAME in names[0..count); dies on an unknown or unterminated one. */
void tmpl_compile(struct tmpl *out, const char *const *src, unsigned n, const char *const *names, int count);

/* A word list, for a placeholder that writes one of its words. */
struct words { const char *const *w; uint32_t n; };
#define WORDS(a) {(a), N(a)}

/* appends one of l's words, picked at random; 0 when l is empty (the
 * placeholder is not a word list) */
static inline int sb_pick(struct sb *b, const struct words *l)
{
	if (!l->n)
		return 0;
	sb_add(b, l->w[below(l->n)]);
	return 1;
}

/* Appends t expanded: its literal runs, for a placeholder of a word list
 * (lists[ph].n > 0) one of its words, for the others what ph(b, ph, arg)
 * writes. lists has an entry for each placeholder. */
void tmpl_expand(struct sb *b, const struct tmpl *t, const struct words *lists,
		 void (*ph)(struct sb *b, int ph, void *arg), void *arg);

/* a percentage: 1 to 60, three in ten with one decimal */
void sb_percent(struct sb *b);

/* A casualty figure: mostly small, with a long tail (2 to 900). */
int casualty_count(void);

/* The kind of a place of data/places.tsv. */
enum { K_CITY, K_TOWN, K_VILLAGE, K_DISTRICT, K_GOVERNORATE, K_OTHER };

/* A Syrian or Iraqi row of data/places.tsv: its columns (id, kind, country,
 * governorate, district, lat, lon, population, name_en, name_ar, variants,
 * source), not NUL-terminated, in the file's memory for the call only. */
struct gaz_row { const char *col[12]; size_t len[12]; int kind; };

/* Calls row(r, arg) for each Syrian and Iraqi row of the places file PATH
 * with at least 11 columns, in the file's order; dies when it cannot read it. */
void gaz_read(const char *path, void (*row)(const struct gaz_row *r, void *arg), void *arg);

/* A record of a news generator; the generator owns the strings. */
struct news_rec {
	struct sb text, title, url, published;
	const char *publisher, *source_type;
	int ascii_json;
	unsigned long sentences, casualty; /* the text's, and how many of them report casualties */
};

/* appends "https://DOMAIN/YYYY/MM/DD/SLUGid" */
void news_url(struct sb *b, const char *domain, struct date d, const char *slug, unsigned long id);
/* appends d as ISO 8601 (a date, or a date-time in Z or +03:00) or RFC 822 */
void news_published(struct sb *b, struct date d);

/* A news generator: its language code, what it writes (for the usage),
 * load() reads the places file and returns the number of places, make()
 * fills a record (its buffers emptied first) from the PRNG. */
struct news_gen {
	const char *lang, *what;
	size_t (*load)(const char *places_tsv);
	void (*make)(struct news_rec *r, unsigned long id);
};

/* The main() of a news generator: OUT MEGABYTES [SEED [PLACES_TSV]].
 * Writes records until they reach the size; prints "RECORDS TEXT_BYTES" on
 * stdout when OUT is a file and a summary on stderr. Returns the exit status. */
int news_main(int argc, char **argv, const struct news_gen *g);

#endif

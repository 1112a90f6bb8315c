/* gen_common.h - what the benchmark's corpus generators (gen_corpus.c and
 * gen_news.c) share: a seeded PRNG, a growing byte buffer, civil dates, the
 * JSON-lines record and the output file.
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

/* ---------------------------------------------------------------- dates */

struct date { int y, m, d, wd; }; /* wd: 0 is Sunday */

/* days since 1970-01-01 -> civil date */
struct date date_from_days(long z);

#define DAY_2026_06_30 20634L

extern const char *const WEEKDAY_EN[7], *const WDAY3[7];
extern const char *const MONTH_EN[12], *const MON3[12];

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

#endif

/* when_impl.h - what the files of the date reader share. Not for use outside
 * them: the rest of civcas reads dates through when.h.
 *
 * One forward pass (when.c): at each word start the first byte says cheaply
 * whether a date can begin there (a digit, or a letter one of our words
 * begins with); only then are that word and the few after it read as tokens
 * (when_tok.c) and matched against the words dates are made of
 * (when_words.c). What the text says is parsed first into an item ("June
 * 10", "Sunday", "last week": when_item.c, when_latin.c, when_arabic.c) and
 * resolved to days only when it is complete (when_period.c), so that a
 * period can resolve its "from December" against its "to March 2017".
 * Nothing is allocated; every read checks n. */
#ifndef CIVCAS_WHEN_IMPL_H
#define CIVCAS_WHEN_IMPL_H

#include <stddef.h>
#include <string.h>

#include "extract/when.h"

/* ---- the text ---- */

enum { T_NONE, T_NUM, T_LAT, T_AR, T_PUNCT };
#define WMAX 24

struct when_tok {
	int kind;
	size_t start, end;
	int val, nd;          /* T_NUM: value (-1 past 6 digits), digits (read up to 8) */
	char w[WMAX];         /* T_LAT lower-cased; T_AR folded letters, UTF-8 */
	int len;              /* bytes of w; WMAX + 1 when the word is longer (then end
	                         stops there: such a word matches nothing) */
	int lower;            /* T_LAT written all in lower case */
};

struct when_scan {
	const unsigned char *s;
	size_t n;
	int has_anchor;
	long anchor;          /* days since 1970-01-01 */
	int stamp;            /* when_text_date: a year may run into the next
	                         figure ("Dec 7, 202414.9KViews") */
	int depth;            /* items being read inside one another ("late on last Friday") */
	/* the last token when_tok_at read, at memo_at: an expression is tried
	 * at a word, and each reading of its first item reads that word again */
	int memo_set;
	size_t memo_at;
	struct when_tok memo;
};

/* The byte at i, 0 past the end. */
static inline unsigned when_at(struct when_scan *sc, size_t i)
{
	return i < sc->n ? sc->s[i] : 0;
}

static inline int when_is_lat(unsigned c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* ASCII, Arabic-Indic (U+0660..) and Persian (U+06F0..) digits: the value of
 * the one at i, its bytes in *len; -1 when there is none. */
static inline int when_dig(struct when_scan *sc, size_t i, size_t *len)
{
	unsigned c = when_at(sc, i);
	if (c >= '0' && c <= '9') {
		*len = 1;
		return (int)(c - '0');
	}
	unsigned c2 = when_at(sc, i + 1);
	if (c == 0xD9 && c2 >= 0xA0 && c2 <= 0xA9) {
		*len = 2;
		return (int)(c2 - 0xA0);
	}
	if (c == 0xDB && c2 >= 0xB0 && c2 <= 0xB9) {
		*len = 2;
		return (int)(c2 - 0xB0);
	}
	return -1;
}

/* The Arabic letter or mark at i (U+0620..U+06FF, two well-formed bytes),
 * or 0: digits and punctuation (، ؛ ٪ ۔) are not letters. */
static inline unsigned when_ar_at(struct when_scan *sc, size_t i)
{
	unsigned c = when_at(sc, i), c2 = when_at(sc, i + 1);
	if (c < 0xD8 || c > 0xDB || (c2 & 0xC0) != 0x80)
		return 0;
	unsigned cp = (c & 0x1F) << 6 | (c2 & 0x3F);
	if (cp < 0x620 || (cp >= 0x660 && cp <= 0x66D) || (cp >= 0x6F0 && cp <= 0x6F9) || cp == 0x6D4)
		return 0;
	return cp;
}

/* Spaces within a line, and the invisible marks Arabic pages put around
 * numbers (ALM, ZWSP..RLM, embeddings, isolates): the length of the one at
 * i, else 0. Not a line break. */
size_t when_sp_len(struct when_scan *sc, size_t i);
/* Past the spaces at i (a bounded run of them). */
size_t when_skip_sp(struct when_scan *sc, size_t i);
/* ',' or the Arabic comma: its length, else 0. */
size_t when_comma_len(struct when_scan *sc, size_t i);
/* '-', en dash or em dash: its length, else 0. */
size_t when_dash_len(struct when_scan *sc, size_t i);

/* ---- tokens: a digit run, a Latin word, an Arabic word, anything else ---- */

/* The token that starts at i (T_NONE at the end of the text). */
void when_tok_at(struct when_scan *sc, size_t i, struct when_tok *t);
/* The token after the spaces at i. */
void when_next_tok(struct when_scan *sc, size_t i, struct when_tok *t);
/* The token that ends at i (spaces before i skipped), read back at most 40
 * bytes: the cue words we look back for are short. 0 when there is none. */
int when_prev_tok(struct when_scan *sc, size_t i, struct when_tok *t);

/* t is the Latin word w (a string literal, compared at its known length). */
#define when_lat_is(t, w) when_lat_eq(t, w, sizeof w - 1)

static inline int when_lat_eq(const struct when_tok *t, const char *w, size_t l)
{
	return t->kind == T_LAT && t->len == (int)l && t->w[0] == w[0] && !memcmp(t->w, w, l);
}

/* ---- words (when_words.c) ---- */

/* 1..12 for a month name, full or of three letters ("Sept" too), else 0;
 * *abbr: it was abbreviated. */
int when_lat_month(const struct when_tok *t, int *abbr);
/* 0 (Sunday)..6 for a weekday's full name, else -1. */
int when_lat_weekday(const struct when_tok *t);
/* "Wed", "Thurs": read only before a date. */
int when_lat_weekday_abbr(const struct when_tok *t);
/* "two" in "two days ago": 1..12, else 0. */
int when_lat_count(const struct when_tok *t);
/* The word before a year or a month alone that makes it one: "in 2014",
 * "since March", "mid-2016", "عام 2014", "في آذار". */
int when_lat_cue(const struct when_tok *t);

/* What an Arabic word is, folded (أ إ آ -> ا, ى -> ي, ة -> ه). */
enum {
	A_NONE, A_WD, A_MON, A_KANUN, A_TISHRIN, A_THANI, A_AWWAL,
	A_TODAY, A_YESTERDAY, A_DAY, A_TOD, A_THE_NIGHT,
	A_WEEK, A_THE_MONTH, A_THE_YEAR, A_THIS, A_MONTH_CUE, A_YEAR_CUE,
	A_SINCE, A_FROM, A_BETWEEN, A_BEFORE, A_EDGE,
	A_PAST, A_CURRENT, A_NEXT, A_TO, A_AND, A_IN, A_DURING, A_THAT,
	A_UNIT_DAY, A_UNIT_WEEK, A_UNIT_MONTH, A_UNIT_YEAR, A_NUMBER,
	A_LABEL_DATE, A_LABEL_PUB,
};

/* The id (A_*) of Arabic word t, trying it whole and then without its
 * clitics, its value in *val; all: also the words that never begin an
 * expression. *conj_len (conj_len may be NULL) gets the bytes of a leading
 * و or ف ("and"), which is not part of a date. */
int when_ar_lookup_conj(const struct when_tok *t, int all, int *val, size_t *conj_len);
int when_ar_lookup(const struct when_tok *t, int all, int *val);
/* Any word of the table, not only those that begin an expression. */
int when_ar_id(const struct when_tok *t, int *val);
/* t is the English word en (may be NULL) or the Arabic word of id ar (0: none). */
int when_is_word(const struct when_tok *t, const char *en, int ar);

/* The two bytes of w are the Arabic letter l. */
static inline int when_is_letter(const char *w, const char *l)
{
	return w[0] == l[0] && w[1] == l[1];
}

/* ---- items: what the text says, before the anchor gives it days ---- */

enum { K_SKIP = 1, K_DATE, K_DAYS, K_WEEKDAY, K_SPAN, K_MONTHS, K_YEARS, K_SOFAR };

struct when_item {
	size_t start, end;
	int kind;
	int y, m, d;          /* K_DATE; y 0: no year given */
	int yrel;             /* K_DATE: the year is the anchor's + off ("August last year") */
	int off, off2;        /* K_DAYS, K_MONTHS, K_YEARS offset; K_SPAN first and last day */
	int wd;               /* K_WEEKDAY, 0 = Sunday */
	int strict;           /* "last Sunday", "last August": before the anchor's day or month */
	int prec;             /* K_SOFAR: WHEN_YEAR or WHEN_MONTH */
};

/* Make *it an item of the kind over [start, end); each returns 1.
 * when_mk_date makes a K_SKIP of a day no calendar has ("31 February"). */
int when_mk(struct when_item *it, int kind, size_t start, size_t end);
int when_mk_date(struct when_item *it, size_t start, size_t end, int y, int m, int d);
int when_mk_off(struct when_item *it, int kind, size_t start, size_t end, int off);
int when_mk_span(struct when_item *it, size_t start, size_t end, int first, int last);

/* The word before i makes a year or a month alone a date ("in", "since"). */
int when_prev_cue(struct when_scan *sc, size_t i);
/* A year of four digits at i (after spaces): 1900..2100 and not part of a
 * longer number ("2014.5", "1,2014") or word ("2010s"). */
int when_year_at(struct when_scan *sc, size_t i, int *y, size_t *end);
/* A day of the month at i: 1..31 in one or two digits, maybe "20th". */
int when_day_at(struct when_scan *sc, size_t i, int *d, size_t *end);
/* An Arabic month name of one or two words at t: 1..12 with *end past it
 * (and past the month given again, "تموز/ يوليو"), else 0. */
int when_ar_month(struct when_scan *sc, const struct when_tok *t, size_t *end);
/* After a separator (spaces, one comma): where the next part starts. */
size_t when_after_comma(struct when_scan *sc, size_t i);

/* One item at i; cued: the caller has read a word that makes a year or a
 * month alone a date ("since", "from"). 1 when one was read into *it. */
int when_parse_core(struct when_scan *sc, size_t i, int cued, struct when_item *it);
/* The item at t, an English word (when_latin.c) or an Arabic one
 * (when_arabic.c). */
int when_parse_latin(struct when_scan *sc, const struct when_tok *t, int cued, struct when_item *it);
int when_parse_arabic(struct when_scan *sc, const struct when_tok *t, int cued, struct when_item *it);
/* One item, with the days that follow it as one expression: "Tuesday, June
 * 10", "اليوم الأحد 1 كانون الأول 2024". The most explicit part gives the
 * day; two parts of one kind ("Saturday, Sunday") are two expressions. A
 * missing year is never worked out from the weekday. */
int when_parse_chain(struct when_scan *sc, size_t i, int cued, struct when_item *it);

/* ---- expressions, resolved to days (when_period.c) ---- */

struct when_res {
	int ok;               /* resolved: first..last are days */
	long first, last;
	int prec;             /* enum when_precision */
	int eprec;            /* enum date_precision of last */
	int rel, past, period, open;
};

struct when_found {
	size_t start, end;
	int skip;
	struct when_res r;
};

/* Resolve it against anchor a (has_a 0: none). A day without its year is the
 * latest one on or before a + slack. */
void when_resolve(const struct when_item *it, int has_a, long a, int slack, struct when_res *r);
/* A period from x to y (open: from x to the anchor). 0 when it is none. */
int when_compose(struct when_scan *sc, const struct when_item *x, const struct when_item *y, int open,
		 struct when_res *r);
/* The expression at i, an item or a period, resolved; 1 when one was read
 * (f->skip: one to pass over, "next Sunday"). */
int when_parse_expr(struct when_scan *sc, size_t i, struct when_found *f);
/* What the caller gets for f. */
void when_from_found(struct when_scan *sc, const struct when_found *f, struct when *w);

#endif

/* num_impl.h - what the files of the number reader share. Not for use
 * outside them: the rest of civcas reads numbers through num.h.
 *
 * The extractor calls num_read at nearly every word start, so a word that
 * cannot begin a number phrase is turned away by its first three bytes
 * (num_lex.c). The rest reads whole words (tokens) and looks ahead a
 * bounded number of bytes: a gap between words is at most MAX_GAP bytes
 * (num_lex.c), a phrase a few words, a digit string MAX_DIGITS digits
 * (num_figure.c). One figure is num_figure.c's; the qualifiers and ranges
 * around it are num.c's; Arabic phrases, figure, qualifiers and all, are
 * num_ar.c's, which has its own table, gate and token kinds so that the
 * English grammar is unchanged by them. Nothing reads s[n]. */
#ifndef CIVCAS_NUM_IMPL_H
#define CIVCAS_NUM_IMPL_H

#include <stddef.h>

#include "extract/num.h"

enum { R_NONE = 0, R_OK = 1, R_BAD = -1 };  /* R_BAD: looks like a number, is not a count */

/* What a word of the table is. */
enum num_tok_kind {
	T_CARD = 1,     /* zero..ninety, the value in v */
	T_HUNDRED, T_THOUSAND, T_MILLION, T_DOZEN,
	T_BIG,          /* billion, trillion: always past NUM_MAX */
	T_PLURAL,       /* tens, dozens, scores, hundreds, thousands, millions: v the least they mean */
	T_SEVERAL,      /* several, numerous */
	T_MANY, T_FEW, T_HANDFUL, T_NUMBER, T_SOME,
	T_HALF, T_A, T_AN,
	T_NO, T_NIL,    /* T_NIL: none, nil */
	T_NOT, T_AND, T_OR, T_TO, T_OF, T_THAN, T_SO,
	T_AT, T_LEAST, T_MORE, T_LESS, T_FEWER, T_OVER, T_UNDER, T_UP, T_UPWARDS,
	T_IN, T_EXCESS, T_APPROX, T_CLOSE, T_AS, T_MINIMUM, T_ESTIMATED,
	T_BETWEEN, T_FROM
};

/* What a word of the Arabic table is (num_ar.c; its own kinds, so that the
 * English grammar never sees them). */
enum num_ar_kind {
	T_AR_UNIT = 100, /* واحد .. عشرة, v 1..10 */
	T_AR_TEENHEAD,   /* أحد, إحدى, اثنا, اثنتا...: only before عشر/عشرة */
	T_AR_TENS,       /* عشرون .. تسعون */
	T_AR_HUNDRED,    /* مئة: 100, or the multiplier of "ثلاث مئة" */
	T_AR_HUNDREDS,   /* مئتان, ثلاثمئة ... تسعمئة: v */
	T_AR_THOUSAND, T_AR_THOUSAND2, T_AR_THOUSANDS,  /* ألف, ألفان, آلاف */
	T_AR_MILLION, T_AR_MILLION2, T_AR_MILLIONS,     /* مليون, مليونان, ملايين */
	T_AR_BIG,        /* مليار: past NUM_MAX */
	T_AR_HALF,       /* نصف, only in "ألف ونصف" */
	T_AR_PLURAL,     /* عشرات, مئات, الآلاف, الملايين: v the least they mean */
	T_AR_DEFUNIT,    /* الثلاثة .. العشرة: "the three" */
	T_AR_SEVERAL,    /* عدة, بضع, بضعة */
	T_AR_NUMBER,     /* عدد, العديد (+ من) */
	T_AR_AND, T_AR_OR, T_AR_TO, T_AR_UNTIL, T_AR_FROM, T_AR_BETWEEN, T_AR_MA, T_AR_NOT,
	T_AR_ON,         /* على (v 1), عن (v 2) */
	T_AR_LEAST, T_AR_APPROX, T_AR_NEAR, T_AR_NEARLY, T_AR_MORE, T_AR_LESS, T_AR_EXCEED,
	T_AR_BELOW, T_AR_REACH
};

struct num_rd {
	const unsigned char *s;
	size_t n;
};

struct num_tok {
	int kind;
	long v;
	size_t end;     /* the byte after the word */
};

/* A number read so far. */
struct num_val {
	long min, max;
	size_t end;
	int flags;      /* enum num_flags */
	int year;       /* a digit string that may be a year (NUM_YEARLIKE) */
	long k, mult;   /* the number is k * mult, mult the word it ends with ("three
	                   thousand": 3, 1000), mult 0 otherwise: "two to three
	                   thousand" distributes it */
	long top;       /* the largest multiplier word in it, 1 when none */
	size_t lead;    /* bytes of Arabic clitics before the figure (num_phrase.lead) */
};

/* ---- bytes and words (num_lex.c) ---- */

/* ASCII letter folded to lower case, or 0. Locale-free on purpose. */
static inline unsigned num_lower(unsigned c)
{
	c |= 0x20;
	return c - 'a' < 26 ? c : 0;
}

/* The value of the digit at s[i] (ASCII, U+0660.., U+06F0..) or -1; *script
 * gets 0, 1 or 2 and the digit is 1 byte long for 0, 2 for the others. */
static inline int num_digit_at(const struct num_rd *r, size_t i, int *script)
{
	if (i >= r->n)
		return -1;
	unsigned c = r->s[i];
	if (c - '0' < 10) {
		*script = 0;
		return (int)(c - '0');
	}
	if (i + 1 >= r->n)
		return -1;
	unsigned d = r->s[i + 1];
	if (c == 0xD9 && d - 0xA0 < 10) {
		*script = 1;
		return (int)(d - 0xA0);
	}
	if (c == 0xDB && d - 0xB0 < 10) {
		*script = 2;
		return (int)(d - 0xB0);
	}
	return -1;
}

static inline int num_is_digit(const struct num_rd *r, size_t i)
{
	int script;
	return num_digit_at(r, i, &script) >= 0;
}

/* 1 when s[i] would glue onto the word or number before it: a letter, a
 * digit, or bytes that are not UTF-8 (which may hide either). */
int num_glued(const struct num_rd *r, size_t i);
/* Length of the '-' or en dash at s[i], else 0. */
size_t num_dash_len(const struct num_rd *r, size_t i);
/* A dash and then a letter: "five-year-old", "2-year-old", "twenty-first",
 * "two-thirds", "no-go". A number so joined is an adjective, not a count. */
int num_hyphen_word(const struct num_rd *r, size_t i);
/* The space between two words of one phrase: spaces, tabs, no-break spaces
 * and at most one line break, MAX_GAP bytes at most. Returns where the next
 * word starts, or i when there is no such space. */
size_t num_skip_gap(const struct num_rd *r, size_t i);
/* The table word at s[at] into *t if it is a whole word (no letter or digit
 * right after it): 1, else 0. */
int num_lex(const struct num_rd *r, size_t at, struct num_tok *t);
/* The word after t, past a gap, into *u: 1, else 0. */
int num_next(const struct num_rd *r, const struct num_tok *t, struct num_tok *u);
/* The same, and that word is of the kind. */
int num_next_is(const struct num_rd *r, const struct num_tok *t, int kind, struct num_tok *u);
/* Whether s can start a phrase, from its first three bytes. */
int num_may_start(const struct num_rd *r);

/* ---- one figure (num_figure.c) ---- */

static inline void num_set(struct num_val *v, long min, long max, size_t end, int flags)
{
	*v = (struct num_val){ .min = min, .max = max, .end = end, .flags = flags, .top = 1 };
}

/* One number, exact or vague with a figure, at s[at]: what a qualifier or
 * either side of a range may be. R_OK with *v, R_NONE, or R_BAD. */
/* The end of reading a number in words or digits: total is its value.
 * R_BAD past NUM_MAX; a number with words in it is no year. */
static inline int num_set_total(struct num_val *v, long total)
{
	if (total > NUM_MAX)
		return R_BAD;
	v->min = v->max = total;
	if (v->flags & NUM_WORDS)
		v->year = 0;
	return R_OK;
}

/* A vague plural of a plural of thousands or millions ("tens of
 * thousands", "عشرات الآلاف"): the plural's minimum min (20, 200...) times
 * the unit whose own plural minimum is unit_min (2000 for thousands,
 * 2,000,000 for millions), written into v as min..unknown up to end.
 * R_BAD past NUM_MAX. */
static inline int num_plural_of(struct num_val *v, long min, long unit_min, size_t end)
{
	long f = unit_min == 2000 ? 1000 : 1000000;
	if (min > NUM_MAX / f)
		return R_BAD;
	num_set(v, min * f, -1, end, NUM_WORDS | NUM_VAGUE);
	return R_OK;
}

int num_number(const struct num_rd *r, size_t at, struct num_val *v);
/* A digit string alone ("3,100", "٤٣"), no words after it. */
int num_digits(const struct num_rd *r, size_t at, struct num_val *v);

/* ---- qualifiers and ranges (num.c) ---- */

enum num_qual {
	Q_EXACT,   /* at least, about, nearly, some, as many as...: N..N */
	Q_MORE,    /* more than, over, in excess of: N+1..N+1 */
	Q_UPTO,    /* up to, no more than: 1..N */
	Q_LESS     /* less than, fewer than, under: 1..N-1 */
};

/* Apply the qualifier to the number read: R_OK, or R_BAD when the number
 * cannot take it ("up to dozens", "more than ten million"). */
int num_qualify(struct num_val *v, enum num_qual q);
/* Make a the range a..b if b is above a: 1, else 0 and a unchanged. */
int num_join(struct num_val *a, const struct num_val *b);
/* A phrase that starts with digits at s[at]: the English reading ("10 to
 * 15", "3 million") or the Arabic one ("١٠ أو ١٢", "٣ آلاف"), the longer. */
int num_digit_phrase(const struct num_rd *r, size_t at, struct num_val *v);

/* ---- Arabic words (num_ar_lex.c) ---- */

enum num_ar_flags {
	AR_SHORT = 1,   /* ثلاث .. عشر: the form before a feminine noun, which is also a
	                   fraction (خمس، سبع، تسع، عشر) or a noun (ست) */
	AR_AFTER = 2,   /* تقريبا: a qualifier that may follow the number */
	AR_TA = 4       /* only when written with ة, not ه */
};

/* An Arabic word of the table; kind 0: digits (or "الـ" + digits) start there. */
struct num_ar_tok {
	int kind, f;    /* enum num_ar_kind, enum num_ar_flags */
	long v;
	size_t end;     /* the byte after the word and its marks */
};

/* The table word at s[at] (alef first: "لل" + word is ل + ال + word). */
int num_ar_lex(const struct num_rd *r, size_t at, int alef, struct num_ar_tok *t);
/* The table word after a gap from end. */
int num_ar_next(const struct num_rd *r, size_t end, struct num_ar_tok *t);
/* Digits (kind 0) or a table word at s[at]. */
int num_ar_tok_at(const struct num_rd *r, size_t at, struct num_ar_tok *t);
/* "الـ٣٠": where the digits after the article start, or 0. */
size_t num_ar_article_digits(const struct num_rd *r, size_t at);
/* A "و" after end, attached or alone: where the word after it starts, or 0. */
size_t num_ar_conj(const struct num_rd *r, size_t end);
/* The article ال at s[at]. */
int num_ar_definite(const struct num_rd *r, size_t at);
/* The first word of a phrase at s[0] with its clitics: *t the word, *at
 * where it starts, *lead the clitics' bytes; 0 when none can start one. */
int num_ar_start(const struct num_rd *r, struct num_ar_tok *t, size_t *at, size_t *lead);

/* ---- Arabic phrases (num_ar.c) ---- */

/* An Arabic letter (U+0621..U+064A, or the alef wasla U+0671) at s[i]: 1, else 0. */
static inline int num_ar_letter_at(const struct num_rd *r, size_t i)
{
	if (i + 1 >= r->n)
		return 0;
	unsigned c = r->s[i], d = r->s[i + 1];
	return (c == 0xD8 && d >= 0xA1 && d <= 0xBA) || (c == 0xD9 && ((d >= 0x81 && d <= 0x8A) || d == 0xB1));
}
/* A phrase that opens with an Arabic word at s[0], clitics and all. */
int num_ar_phrase(const struct num_rd *r, struct num_val *v);
/* A number or range in Arabic words or digits at s[at] (no qualifier before
 * it); digits then Arabic words: "٣ آلاف", "١٠ أو ١٢", "٣٠ تقريبا". */
int num_ar_range_or_number(const struct num_rd *r, size_t at, struct num_val *v);
/* One Arabic number at s[at], for num_value. */
int num_ar_number(const struct num_rd *r, size_t at, struct num_val *v);

#endif

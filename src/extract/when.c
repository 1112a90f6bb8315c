/* when.c - the dates a report's sentences give, resolved against the day it
 * was published (see when.h).
 *
 * One forward pass: at each word start the first byte says cheaply whether a
 * date can begin there (a digit, or a letter one of our words begins with);
 * only then are that word and the few after it read as tokens and matched.
 * What the text says is parsed first into an item ("June 10", "Sunday",
 * "last week") and resolved to days only when it is complete, so that a
 * period can resolve its "from December" against its "to March 2017".
 * Nothing is allocated; every read checks n. */
#include "extract/when.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "base/utf8.h"

/* ---- the text ---- */

struct scan {
	const unsigned char *s;
	size_t n;
	int has_anchor;
	long anchor;          /* days since 1970-01-01 */
	int stamp;            /* when_text_date: a year may run into the next
	                         figure ("Dec 7, 202414.9KViews") */
	int depth;            /* items being read inside one another ("late on last Friday") */
};

/* Deeper than this, "last last last ..." is no date: it bounds the work at
 * each word start. */
#define DEPTH_MAX 6
/* A token is read no further than this (a longer word or number is no date
 * part), and no more than SPACE_MAX bytes of space between two parts: what
 * looks ahead from one word start never reads far. */
#define NUM_MAX_DIGITS 8
#define SPACE_MAX 64

static unsigned at(struct scan *sc, size_t i)
{
	return i < sc->n ? sc->s[i] : 0;
}

static int is_lat(unsigned c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* ASCII, Arabic-Indic (U+0660..) and Persian (U+06F0..) digits. */
static int dig(struct scan *sc, size_t i, size_t *len)
{
	unsigned c = at(sc, i);
	if (c >= '0' && c <= '9') {
		*len = 1;
		return (int)(c - '0');
	}
	unsigned c2 = at(sc, i + 1);
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
static unsigned ar_at(struct scan *sc, size_t i)
{
	unsigned c = at(sc, i), c2 = at(sc, i + 1);
	if (c < 0xD8 || c > 0xDB || (c2 & 0xC0) != 0x80)
		return 0;
	unsigned cp = (c & 0x1F) << 6 | (c2 & 0x3F);
	if (cp < 0x620 || (cp >= 0x660 && cp <= 0x66D) || (cp >= 0x6F0 && cp <= 0x6F9) || cp == 0x6D4)
		return 0;
	return cp;
}

static int ar_mark(unsigned cp)
{
	return cp == 0x640 || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || (cp >= 0x6D6 && cp <= 0x6ED);
}

/* Spellings that do not change the word: hamza on alif, alif maqsura, ta
 * marbuta, Persian yeh and keheh. The word tables below are written folded. */
static unsigned ar_fold(unsigned cp)
{
	switch (cp) {
	case 0x622: case 0x623: case 0x625: case 0x671:
		return 0x627;
	case 0x649: case 0x6CC:
		return 0x64A;
	case 0x629:
		return 0x647;
	case 0x6A9:
		return 0x643;
	default:
		return cp;
	}
}

/* Spaces within a line, and the invisible marks Arabic pages put around
 * numbers (ALM, ZWSP..RLM, embeddings, isolates). Not a line break. */
static size_t sp_len(struct scan *sc, size_t i)
{
	unsigned c = at(sc, i), c2 = at(sc, i + 1), c3 = at(sc, i + 2);
	if (c == ' ' || c == '\t')
		return 1;
	if ((c == 0xC2 && c2 == 0xA0) || (c == 0xD8 && c2 == 0x9C))
		return 2;
	if (c == 0xE2 && c2 == 0x80 && ((c3 >= 0x8B && c3 <= 0x8F) || (c3 >= 0xAA && c3 <= 0xAF)))
		return 3;
	if (c == 0xE2 && c2 == 0x81 && c3 >= 0xA6 && c3 <= 0xA9)
		return 3;
	return 0;
}

static size_t skip_sp(struct scan *sc, size_t i)
{
	size_t l, from = i;
	while (i - from < SPACE_MAX && (l = sp_len(sc, i)))
		i += l;
	return i;
}

/* ',' or the Arabic comma: its length, else 0. */
static size_t comma_len(struct scan *sc, size_t i)
{
	if (at(sc, i) == ',')
		return 1;
	return at(sc, i) == 0xD8 && at(sc, i + 1) == 0x8C ? 2 : 0;
}

/* '-', en dash or em dash: its length, else 0. */
static size_t dash_len(struct scan *sc, size_t i)
{
	if (at(sc, i) == '-')
		return 1;
	if (at(sc, i) == 0xE2 && at(sc, i + 1) == 0x80 && (at(sc, i + 2) == 0x93 || at(sc, i + 2) == 0x94))
		return 3;
	return 0;
}

/* ---- tokens: a digit run, a Latin word, an Arabic word, anything else ---- */

enum { T_NONE, T_NUM, T_LAT, T_AR, T_PUNCT };
#define WMAX 24

struct tok {
	int kind;
	size_t start, end;
	int val, nd;          /* T_NUM: value (-1 past 6 digits), digits (read up to NUM_MAX_DIGITS) */
	char w[WMAX];         /* T_LAT lower-cased; T_AR folded letters, UTF-8 */
	int len;              /* bytes of w; WMAX + 1 when the word is longer (then end
	                         stops there: such a word matches nothing) */
	int lower;            /* T_LAT written all in lower case */
};

static void tok_at(struct scan *sc, size_t i, struct tok *t)
{
	size_t l;
	int dv;
	t->kind = T_NONE;
	t->start = t->end = i;
	t->val = t->nd = t->len = t->lower = 0;
	if (i >= sc->n)
		return;
	if (dig(sc, i, &l) >= 0) {
		long v = 0;
		while (t->nd < NUM_MAX_DIGITS && (dv = dig(sc, i, &l)) >= 0) {
			v = v * 10 + dv;
			t->nd++;
			i += l;
		}
		t->kind = T_NUM;
		t->val = t->nd > 6 ? -1 : (int)v;
		t->end = i;
		return;
	}
	unsigned c = sc->s[i];
	if (is_lat(c)) {
		t->kind = T_LAT;
		t->lower = 1;
		for (; i < sc->n && is_lat(sc->s[i]) && t->len <= WMAX; i++) {
			if (sc->s[i] < 'a')
				t->lower = 0;
			if (t->len < WMAX)
				t->w[t->len] = (char)(sc->s[i] | 0x20);
			t->len++;
		}
		t->end = i;
		return;
	}
	unsigned cp;
	if ((cp = ar_at(sc, i))) {
		t->kind = T_AR;
		for (; t->len <= WMAX && (cp = ar_at(sc, i)); i += 2) {
			if (ar_mark(cp))
				continue;
			cp = ar_fold(cp);
			if (t->len + 2 <= WMAX) {
				t->w[t->len] = (char)(0xC0 | cp >> 6);
				t->w[t->len + 1] = (char)(0x80 | (cp & 0x3F));
				t->len += 2;
			} else {
				t->len = WMAX + 1;
			}
		}
		t->end = i;
		return;
	}
	uint32_t u;
	t->kind = T_PUNCT;
	t->end = i + (size_t)utf8_decode((const char *)sc->s + i, sc->n - i, &u);
}

static void next_tok(struct scan *sc, size_t i, struct tok *t)
{
	tok_at(sc, skip_sp(sc, i), t);
}

/* The token that ends at i (spaces before i skipped), read back at most 40
 * bytes: the cue words we look back for are short. */
static int prev_tok(struct scan *sc, size_t i, struct tok *t)
{
	size_t lim = i > 40 ? i - 40 : 0, j = i;
	while (j > lim && (sc->s[j - 1] == ' ' || sc->s[j - 1] == '\t'))
		j--;
	size_t e = j;
	if (j == lim)
		return 0;
	unsigned c = sc->s[j - 1];
	if (is_lat(c))
		while (j > lim && is_lat(sc->s[j - 1]))
			j--;
	else if (c >= '0' && c <= '9')
		while (j > lim && sc->s[j - 1] >= '0' && sc->s[j - 1] <= '9')
			j--;
	else
		while (j >= lim + 2 && ar_at(sc, j - 2))
			j -= 2;
	if (j == e || (j == lim && lim > 0))
		return 0;
	tok_at(sc, j, t);
	return t->end == e;
}

/* t is the Latin word w (a string literal, compared at its known length). */
#define lat_is(t, w) lat_eq(t, w, sizeof w - 1)

static inline int lat_eq(const struct tok *t, const char *w, size_t l)
{
	return t->kind == T_LAT && t->len == (int)l && t->w[0] == w[0] && !memcmp(t->w, w, l);
}

/* ---- words ---- */

static const char *const months_en[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};
static const unsigned char months_len[12] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
static const char *const weekdays_en[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
};
static const unsigned char weekdays_len[7] = { 6, 6, 7, 9, 8, 6, 8 };

/* 1..12 for a month name, full or of three letters ("Sept" too), else 0. */
static int lat_month(const struct tok *t, int *abbr)
{
	if (t->kind != T_LAT || t->len < 3 || t->len > 9)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = months_len[m];
		if (t->w[0] != months_en[m][0])
			continue;
		if ((size_t)t->len == full && !memcmp(t->w, months_en[m], full)) {
			*abbr = 0;
			return m + 1;
		}
		if ((t->len == 3 || (m == 8 && t->len == 4)) && !memcmp(t->w, months_en[m], (size_t)t->len)) {
			*abbr = 1;
			return m + 1;
		}
	}
	return 0;
}

static int lat_weekday(const struct tok *t)
{
	if (t->kind != T_LAT || t->len < 6 || t->len > 9)
		return -1;
	for (int d = 0; d < 7; d++)
		if (t->len == weekdays_len[d] && t->w[0] == weekdays_en[d][0] &&
		    !memcmp(t->w, weekdays_en[d], (size_t)t->len))
			return d;
	return -1;
}

/* "Wed", "Thurs": read only before a date. */
static int lat_weekday_abbr(const struct tok *t)
{
	static const char *const w[] = { "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
					 "fri", "sat" };
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (lat_eq(t, w[k], strlen(w[k])))
			return 1;
	return 0;
}

/* "two" in "two days ago": 1..12, else 0. */
static int lat_count(const struct tok *t)
{
	static const char *const w[] = { "one", "two", "three", "four", "five", "six", "seven",
					 "eight", "nine", "ten", "eleven", "twelve" };
	if (t->kind == T_NUM)
		return t->nd <= 3 && t->val > 0 ? t->val : 0;
	if (lat_is(t, "a") || lat_is(t, "an"))
		return 1;
	for (int k = 0; k < 12; k++)
		if (lat_eq(t, w[k], strlen(w[k])))
			return k + 1;
	return 0;
}

/* The word before a year or a month alone that makes it one: "in 2014",
 * "since March", "mid-2016", "عام 2014", "في آذار". */
static int lat_cue(const struct tok *t)
{
	static const char *const w[] = {
		"in", "since", "of", "from", "until", "till", "by", "during", "throughout",
		"early", "late", "mid", "before", "after", "between", "through", "year",
		"summer", "winter", "spring", "autumn",
	};
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
		if (lat_eq(t, w[k], strlen(w[k])))
			return 1;
	return 0;
}

/* Arabic words, folded (أ إ آ -> ا, ى -> ي, ة -> ه), with the clitics each
 * takes: CONJ و ف, PREP ب ل ك (and لل for ال). */
enum {
	A_NONE, A_WD, A_MON, A_KANUN, A_TISHRIN, A_THANI, A_AWWAL,
	A_TODAY, A_YESTERDAY, A_DAY, A_TOD, A_THE_NIGHT,
	A_WEEK, A_THE_MONTH, A_THE_YEAR, A_THIS, A_MONTH_CUE, A_YEAR_CUE,
	A_SINCE, A_FROM, A_BETWEEN, A_BEFORE, A_EDGE,
	A_PAST, A_CURRENT, A_NEXT, A_TO, A_AND, A_IN, A_DURING, A_THAT,
	A_UNIT_DAY, A_UNIT_WEEK, A_UNIT_MONTH, A_UNIT_YEAR, A_NUMBER,
	A_LABEL_DATE, A_LABEL_PUB,
};
enum { CONJ = 1, PREP = 2, CP = 3 };

struct ar_word {
	const char *w;
	unsigned char len, id, val, cl;
};
#define W(w, id, val, cl) { w, sizeof w - 1, id, val, cl }

/* Words that may begin a date expression: the only ones tried at each word
 * start of an Arabic text. */
static const struct ar_word ar_start[] = {
	W("الاحد", A_WD, 0, CP), W("الاثنين", A_WD, 1, CP), W("الثلاثاء", A_WD, 2, CP),
	W("الاربعاء", A_WD, 3, CP), W("الخميس", A_WD, 4, CP), W("الجمعه", A_WD, 5, CP),
	W("السبت", A_WD, 6, CP),
	W("يناير", A_MON, 1, CONJ), W("فبراير", A_MON, 2, CONJ), W("مارس", A_MON, 3, CONJ),
	W("ابريل", A_MON, 4, CONJ), W("مايو", A_MON, 5, CONJ), W("يونيو", A_MON, 6, CONJ),
	W("يونيه", A_MON, 6, CONJ), W("يوليو", A_MON, 7, CONJ), W("يوليه", A_MON, 7, CONJ),
	W("اغسطس", A_MON, 8, CONJ), W("سبتمبر", A_MON, 9, CONJ), W("اكتوبر", A_MON, 10, CONJ),
	W("نوفمبر", A_MON, 11, CONJ), W("ديسمبر", A_MON, 12, CONJ),
	W("شباط", A_MON, 2, CONJ), W("اذار", A_MON, 3, CONJ), W("نيسان", A_MON, 4, CONJ),
	W("ايار", A_MON, 5, CONJ), W("حزيران", A_MON, 6, CONJ), W("تموز", A_MON, 7, CONJ),
	W("اب", A_MON, 8, CONJ), W("ايلول", A_MON, 9, CONJ),
	W("كانون", A_KANUN, 0, CONJ), W("تشرين", A_TISHRIN, 0, CONJ),
	W("جانفي", A_MON, 1, CONJ), W("فيفري", A_MON, 2, CONJ), W("افريل", A_MON, 4, CONJ),
	W("ماي", A_MON, 5, CONJ), W("جوان", A_MON, 6, CONJ), W("جويليه", A_MON, 7, CONJ),
	W("يوليوز", A_MON, 7, CONJ), W("اوت", A_MON, 8, CONJ), W("غشت", A_MON, 8, CONJ),
	W("شتنبر", A_MON, 9, CONJ), W("نونبر", A_MON, 11, CONJ), W("دجنبر", A_MON, 12, CONJ),
	W("اليوم", A_TODAY, 0, CP), W("امس", A_YESTERDAY, 0, CONJ),
	W("الامس", A_YESTERDAY, 0, CP), W("البارحه", A_YESTERDAY, 0, CP),
	W("يوم", A_DAY, 0, CP), W("اول", A_AWWAL, 0, CONJ),
	W("فجر", A_TOD, 0, CP), W("صباح", A_TOD, 0, CP), W("ظهر", A_TOD, 0, CP),
	W("عصر", A_TOD, 0, CP), W("مساء", A_TOD, 0, CP), W("ليله", A_TOD, 0, CP),
	W("الليله", A_THE_NIGHT, 0, CP),
	W("الاسبوع", A_WEEK, 0, CP), W("الشهر", A_THE_MONTH, 0, CP),
	W("العام", A_THE_YEAR, 0, CP), W("السنه", A_THE_YEAR, 0, CP),
	W("هذا", A_THIS, 0, CP), W("هذه", A_THIS, 0, CP),
	W("شهر", A_MONTH_CUE, 1, CP), W("عام", A_YEAR_CUE, 1, CP), W("سنه", A_YEAR_CUE, 1, CP),
	W("عامي", A_YEAR_CUE, 0, CP),
	W("منذ", A_SINCE, 0, CONJ), W("من", A_FROM, 0, CONJ), W("بين", A_BETWEEN, 0, CONJ),
	W("قبل", A_BEFORE, 0, CONJ),
	W("مطلع", A_EDGE, 0, CP), W("اوائل", A_EDGE, 0, CP), W("بدايه", A_EDGE, 0, CP),
	W("منتصف", A_EDGE, 0, CP), W("اواسط", A_EDGE, 0, CP), W("اواخر", A_EDGE, 0, CP),
	W("نهايه", A_EDGE, 0, CP),
};

/* Words read only after another one. */
static const struct ar_word ar_more[] = {
	W("الثاني", A_THANI, 0, 0), W("ثاني", A_THANI, 0, 0), W("الاول", A_AWWAL, 0, 0),
	W("الماضي", A_PAST, 0, 0), W("الماضيه", A_PAST, 0, 0), W("الفائت", A_PAST, 0, 0),
	W("الفائته", A_PAST, 0, 0), W("المنصرم", A_PAST, 0, 0), W("المنصرمه", A_PAST, 0, 0),
	W("الجاري", A_CURRENT, 0, 0), W("الجاريه", A_CURRENT, 0, 0),
	W("الحالي", A_CURRENT, 0, 0), W("الحاليه", A_CURRENT, 0, 0),
	W("المقبل", A_NEXT, 0, 0), W("المقبله", A_NEXT, 0, 0), W("القادم", A_NEXT, 0, 0),
	W("القادمه", A_NEXT, 0, 0),
	W("الي", A_TO, 0, CONJ), W("حتي", A_TO, 0, CONJ), W("لغايه", A_TO, 0, CONJ),
	W("و", A_AND, 0, 0), W("في", A_IN, 0, CONJ), W("خلال", A_DURING, 0, CP),
	W("ذلك", A_THAT, 0, CP), W("نفس", A_THAT, 0, CP), W("ذات", A_THAT, 0, CP),
	W("يومين", A_UNIT_DAY, 2, 0), W("ايام", A_UNIT_DAY, 0, 0), W("يوما", A_UNIT_DAY, 0, 0),
	W("اسبوع", A_UNIT_WEEK, 1, 0), W("اسبوعين", A_UNIT_WEEK, 2, 0),
	W("اسابيع", A_UNIT_WEEK, 0, 0),
	W("شهرين", A_UNIT_MONTH, 2, 0), W("اشهر", A_UNIT_MONTH, 0, 0),
	W("شهور", A_UNIT_MONTH, 0, 0), W("شهرا", A_UNIT_MONTH, 0, 0),
	W("عامين", A_UNIT_YEAR, 2, 0), W("سنتين", A_UNIT_YEAR, 2, 0),
	W("سنوات", A_UNIT_YEAR, 0, 0), W("اعوام", A_UNIT_YEAR, 0, 0), W("عاما", A_UNIT_YEAR, 0, 0),
	W("ثلاثه", A_NUMBER, 3, 0), W("ثلاث", A_NUMBER, 3, 0), W("اربعه", A_NUMBER, 4, 0),
	W("اربع", A_NUMBER, 4, 0), W("خمسه", A_NUMBER, 5, 0), W("خمس", A_NUMBER, 5, 0),
	W("سته", A_NUMBER, 6, 0), W("ست", A_NUMBER, 6, 0), W("سبعه", A_NUMBER, 7, 0),
	W("سبع", A_NUMBER, 7, 0), W("ثمانيه", A_NUMBER, 8, 0), W("ثماني", A_NUMBER, 8, 0),
	W("تسعه", A_NUMBER, 9, 0), W("تسع", A_NUMBER, 9, 0), W("عشره", A_NUMBER, 10, 0),
	W("عشر", A_NUMBER, 10, 0),
	W("تاريخ", A_LABEL_DATE, 0, CP), W("النشر", A_LABEL_PUB, 0, 0),
	W("نشر", A_LABEL_PUB, 0, CONJ),
};

/* Both tables hashed by their words, built once: a text looks up each of
 * its Arabic words in up to six spellings (with and without clitics). */
#define NSTART (sizeof ar_start / sizeof ar_start[0])
#define NMORE (sizeof ar_more / sizeof ar_more[0])
#define AR_SLOTS 512
static unsigned short ar_slot[AR_SLOTS];     /* 1 + index into start then more; 0 empty */
static pthread_once_t ar_once = PTHREAD_ONCE_INIT;

static const struct ar_word *ar_entry(unsigned k)
{
	return k < NSTART ? &ar_start[k] : &ar_more[k - NSTART];
}

static uint32_t fnv(uint32_t h, const char *p, int len)
{
	for (int k = 0; k < len; k++)
		h = (h ^ (unsigned char)p[k]) * 16777619u;
	return h;
}

#define FNV0 2166136261u

static void ar_build(void)
{
	for (unsigned k = 0; k < NSTART + NMORE; k++) {
		const struct ar_word *e = ar_entry(k);
		uint32_t h = fnv(FNV0, e->w, e->len) % AR_SLOTS;
		while (ar_slot[h])
			h = (h + 1) % AR_SLOTS;
		ar_slot[h] = (unsigned short)(k + 1);
	}
}

/* The entry spelled pre + w (pre: "" or the article), allowed with clitics
 * need; start: only the words that may begin an expression. */
static int ar_find(const char *pre, int plen, const char *w, int len, int need, int start, int *val)
{
	uint32_t h = fnv(fnv(FNV0, pre, plen), w, len) % AR_SLOTS;
	for (; ar_slot[h]; h = (h + 1) % AR_SLOTS) {
		unsigned k = ar_slot[h] - 1u;
		const struct ar_word *e = ar_entry(k);
		if (e->len != plen + len || (e->cl & need) != need || (start && k >= NSTART) ||
		    memcmp(e->w, pre, (size_t)plen) || memcmp(e->w + plen, w, (size_t)len))
			continue;
		*val = e->val;
		return e->id;
	}
	return A_NONE;
}

static int is_letter(const char *w, const char *l)
{
	return w[0] == l[0] && w[1] == l[1];
}

/* The id of Arabic word t, trying it whole and then without its clitics;
 * all: also the words that never begin an expression. *conj (may be NULL)
 * gets the bytes of a leading و or ف ("and"), which is not part of a date. */
static int ar_lookup_conj(const struct tok *t, int all, int *val, size_t *conj_len)
{
	if (t->kind != T_AR || t->len > WMAX)
		return A_NONE;
	pthread_once(&ar_once, ar_build);
	int conj = t->len >= 4 && (is_letter(t->w, "و") || is_letter(t->w, "ف"));
	for (int c = 0; c <= conj; c++) {
		const char *p = t->w + 2 * c;
		int pl = t->len - 2 * c, id;
		if (conj_len)
			*conj_len = c ? (size_t)2 : 0;
		if ((id = ar_find("", 0, p, pl, c ? CONJ : 0, !all, val)))
			return id;
		if (pl >= 4 && (is_letter(p, "ب") || is_letter(p, "ل") || is_letter(p, "ك"))) {
			int need = (c ? CONJ : 0) | PREP;
			if ((id = ar_find("", 0, p + 2, pl - 2, need, !all, val)))
				return id;
			/* "لليوم" is ل + اليوم with the article's alif dropped */
			if (pl >= 6 && is_letter(p, "ل") && is_letter(p + 2, "ل") &&
			    (id = ar_find("\xD8\xA7", 2, p + 2, pl - 2, need, !all, val)))
				return id;
		}
	}
	return A_NONE;
}

static int ar_lookup(const struct tok *t, int all, int *val)
{
	return ar_lookup_conj(t, all, val, NULL);
}

static int ar_id(const struct tok *t, int *val)
{
	return ar_lookup(t, 1, val);
}

/* ---- items: what the text says, before the anchor gives it days ---- */

enum { K_SKIP = 1, K_DATE, K_DAYS, K_WEEKDAY, K_SPAN, K_MONTHS, K_YEARS, K_SOFAR };

struct item {
	size_t start, end;
	int kind;
	int y, m, d;          /* K_DATE; y 0: no year given */
	int yrel;             /* K_DATE: the year is the anchor's + off ("August last year") */
	int off, off2;        /* K_DAYS, K_MONTHS, K_YEARS offset; K_SPAN first and last day */
	int wd;               /* K_WEEKDAY, 0 = Sunday */
	int strict;           /* "last Sunday", "last August": before the anchor's day or month */
	int prec;             /* K_SOFAR: WHEN_YEAR or WHEN_MONTH */
};

static int mk(struct item *it, int kind, size_t start, size_t end)
{
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->start = start;
	it->end = end;
	return 1;
}

static int mk_date(struct item *it, size_t start, size_t end, int y, int m, int d)
{
	if (y && d && !date_valid(y, m, d))
		return mk(it, K_SKIP, start, end);
	/* a day that no year has ("31 February") is no date */
	if (!y && d && !date_valid(2000, m, d))
		return mk(it, K_SKIP, start, end);
	mk(it, K_DATE, start, end);
	it->y = y;
	it->m = m;
	it->d = d;
	return 1;
}

static int mk_off(struct item *it, int kind, size_t start, size_t end, int off)
{
	mk(it, kind, start, end);
	it->off = off;
	return 1;
}

static int mk_span(struct item *it, size_t start, size_t end, int first, int last)
{
	mk(it, K_SPAN, start, end);
	it->off = first;
	it->off2 = last;
	return 1;
}

static int parse_core(struct scan *sc, size_t i, int cued, struct item *it);

static int prev_cue(struct scan *sc, size_t i)
{
	struct tok t;
	int v;
	if (i > 0 && sc->s[i - 1] == '-')
		i--;
	if (!prev_tok(sc, i, &t))
		return 0;
	if (t.kind == T_LAT)
		return lat_cue(&t);
	switch (ar_id(&t, &v)) {
	case A_IN: case A_SINCE: case A_TO: case A_DURING: case A_EDGE: case A_YEAR_CUE:
	case A_THE_YEAR: case A_MONTH_CUE: case A_FROM: case A_BETWEEN:
		return 1;
	default:
		return 0;
	}
}

/* A year of four digits at i (after spaces): 1900..2100 and not part of a
 * longer number ("2014.5", "1,2014") or word ("2010s"). */
static int year_at(struct scan *sc, size_t i, int *y, size_t *end)
{
	struct tok t;
	tok_at(sc, skip_sp(sc, i), &t);
	if (t.kind != T_NUM)
		return 0;
	int v = t.val;
	size_t e = t.end, l;
	if (t.nd > 4 && sc->stamp) {
		v = 0;
		e = t.start;
		for (int k = 0; k < 4; k++) {
			v = v * 10 + dig(sc, e, &l);
			e += l;
		}
	} else if (t.nd != 4) {
		return 0;
	} else {
		unsigned c = at(sc, e);
		if ((c == ',' || c == '.') && dig(sc, e + 1, &l) >= 0)
			return 0;
		if (is_lat(c) && !sc->stamp)
			return 0;
	}
	if (v < 1900 || v > 2100)
		return 0;
	*y = v;
	*end = e;
	return 1;
}

/* A day of the month at i: 1..31 in one or two digits, maybe "20th". */
static int day_at(struct scan *sc, size_t i, int *d, size_t *end)
{
	struct tok t, o;
	size_t l;
	tok_at(sc, i, &t);
	if (t.kind != T_NUM || t.nd > 2 || t.val < 1 || t.val > 31)
		return 0;
	unsigned c = at(sc, t.end);
	if ((c == ':' || c == '.' || c == '/') && dig(sc, t.end + 1, &l) >= 0)
		return 0;
	size_t e = t.end;
	tok_at(sc, e, &o);
	if (lat_is(&o, "st") || lat_is(&o, "nd") || lat_is(&o, "rd") || lat_is(&o, "th"))
		e = o.end;
	else if (o.kind == T_LAT)
		return 0;
	/* "1,200 people" */
	size_t k = skip_sp(sc, e);
	int y;
	size_t ye;
	if (at(sc, k) == ',' && dig(sc, k + 1, &l) >= 0 && !year_at(sc, k + 1, &y, &ye))
		return 0;
	*d = t.val;
	*end = e;
	return 1;
}

/* "تموز/ يوليو", "أيار (مايو)": UN and wire Arabic give the month twice. */
static size_t skip_second_month(struct scan *sc, size_t i);

/* An Arabic month name of one or two words at t. */
static int ar_month(struct scan *sc, const struct tok *t, size_t *end)
{
	int v, id = ar_lookup(t, 0, &v);
	struct tok n;
	if (id == A_MON) {
		*end = skip_second_month(sc, t->end);
		return v;
	}
	if (id != A_KANUN && id != A_TISHRIN)
		return 0;
	next_tok(sc, t->end, &n);
	int id2 = ar_id(&n, &v);
	if (id2 != A_THANI && id2 != A_AWWAL)
		return 0;
	*end = skip_second_month(sc, n.end);
	if (id == A_KANUN)
		return id2 == A_THANI ? 1 : 12;
	return id2 == A_THANI ? 11 : 10;
}

/* A month name at i, English or Arabic; *lowmay: "may" written in lower case. */
static int month_at(struct scan *sc, size_t i, size_t *end, int *abbr, int *lowmay)
{
	struct tok t;
	tok_at(sc, i, &t);
	*abbr = *lowmay = 0;
	if (t.kind == T_AR)
		return ar_month(sc, &t, end);
	int m = lat_month(&t, abbr);
	if (!m)
		return 0;
	*end = t.end;
	if (*abbr && at(sc, t.end) == '.')
		(*end)++;
	*lowmay = m == 5 && t.lower;
	return m;
}

static size_t skip_second_month(struct scan *sc, size_t i)
{
	size_t k = skip_sp(sc, i), e;
	int paren = at(sc, k) == '(', a;
	if (!paren && at(sc, k) != '/')
		return i;
	k = skip_sp(sc, k + 1);
	struct tok t;
	tok_at(sc, k, &t);
	if (t.kind != T_AR && t.kind != T_LAT)
		return i;
	int m = t.kind == T_AR ? ar_lookup(&t, 0, &a) == A_MON : lat_month(&t, &a);
	if (!m)
		return i;
	e = t.end;
	if (t.kind == T_LAT && a && at(sc, e) == '.')
		e++;
	if (paren) {
		e = skip_sp(sc, e);
		if (at(sc, e) != ')')
			return i;
		e++;
	}
	return e;
}

/* After a separator (spaces, one comma): where the next part starts. */
static size_t after_comma(struct scan *sc, size_t i)
{
	size_t k = skip_sp(sc, i), c = comma_len(sc, k);
	return c ? skip_sp(sc, k + c) : k;
}

/* "October 20, 2022", "Oct. 20", "March 2017", "March of 2017",
 * "August last year", "in March". */
static int parse_month_first(struct scan *sc, const struct tok *t, int m, int abbr, int cued,
			     struct item *it)
{
	size_t j = t->end, e, ye;
	int d, y, lowmay = m == 5 && t->lower;
	if (abbr && at(sc, j) == '.')
		j++;
	size_t k = skip_sp(sc, j);
	if (day_at(sc, k, &d, &e)) {
		if (year_at(sc, after_comma(sc, e), &y, &ye))
			return mk_date(it, t->start, ye, y, m, d);
		if (lowmay)
			return 0;
		return mk_date(it, t->start, e, 0, m, d);
	}
	k = after_comma(sc, j);
	struct tok n, n2;
	tok_at(sc, k, &n);
	if (lat_is(&n, "of"))
		k = skip_sp(sc, n.end);
	if (year_at(sc, k, &y, &ye))
		return mk_date(it, t->start, ye, y, m, 0);
	if (abbr || lowmay)
		return 0;
	next_tok(sc, j, &n);
	if (lat_is(&n, "last") || lat_is(&n, "this")) {
		next_tok(sc, n.end, &n2);
		if (lat_is(&n2, "year")) {
			mk_date(it, t->start, n2.end, 0, m, 0);
			it->yrel = 1;
			it->off = lat_is(&n, "last") ? -1 : 0;
			return 1;
		}
	}
	if (!cued && !prev_cue(sc, t->start))
		return 0;
	return mk_date(it, t->start, j, 0, m, 0);
}

/* 2022-10-20, 20/10/2022 (when only one order gives a date), 20 October
 * 2022, 20th of October, 20 تشرين الأول, a year after its cue. */
static int parse_number(struct scan *sc, const struct tok *t, int cued, struct item *it)
{
	struct tok b, c;
	size_t e, l;
	int y;
	unsigned sep = at(sc, t->end);
	int is_sep = sep == '-' || sep == '/' || sep == '.';
	if (t->nd == 4) {
		if (is_sep) {
			tok_at(sc, t->end + 1, &b);
			if (b.kind == T_NUM && b.nd <= 2 && at(sc, b.end) == sep) {
				tok_at(sc, b.end + 1, &c);
				if (c.kind == T_NUM && c.nd <= 2 &&
				    !(at(sc, c.end) == sep && dig(sc, c.end + 1, &l) >= 0)) {
					if (t->val < 1900 || t->val > 2100)
						return mk(it, K_SKIP, t->start, c.end);
					return mk_date(it, t->start, c.end, t->val, b.val, c.val);
				}
			}
		}
		if (year_at(sc, t->start, &y, &e) && (cued || prev_cue(sc, t->start)))
			return mk_date(it, t->start, e, y, 0, 0);
		return 0;
	}
	if (t->nd > 2 || t->val < 1)
		return 0;
	if (is_sep) {
		tok_at(sc, t->end + 1, &b);
		if (b.kind == T_NUM && b.nd <= 2 && at(sc, b.end) == sep) {
			tok_at(sc, b.end + 1, &c);
			if (c.kind != T_NUM || c.nd != 4 || (at(sc, c.end) == sep && dig(sc, c.end + 1, &l) >= 0))
				return 0;
			if (c.val < 1900 || c.val > 2100)
				return mk(it, K_SKIP, t->start, c.end);
			int dmy = date_valid(c.val, b.val, t->val), mdy = date_valid(c.val, t->val, b.val);
			if ((dmy && mdy && t->val != b.val) || (!dmy && !mdy))
				return mk(it, K_SKIP, t->start, c.end);
			return dmy ? mk_date(it, t->start, c.end, c.val, b.val, t->val)
				   : mk_date(it, t->start, c.end, c.val, t->val, b.val);
		}
	}
	int d, abbr, lowmay;
	if (!day_at(sc, t->start, &d, &e))
		return 0;
	size_t k = skip_sp(sc, e);
	tok_at(sc, k, &b);
	if (lat_is(&b, "of") || (b.kind == T_AR && b.len == 4 && ar_id(&b, &y) == A_FROM))
		k = skip_sp(sc, b.end);
	int m = month_at(sc, k, &e, &abbr, &lowmay);
	if (!m)
		return 0;
	size_t ye;
	if (year_at(sc, after_comma(sc, e), &y, &ye))
		return mk_date(it, t->start, ye, y, m, d);
	if (lowmay)
		return 0;
	return mk_date(it, t->start, e, 0, m, d);
}

/* "Friday night", "Sunday morning": the part of the day belongs to the span. */
static size_t tod_suffix(struct scan *sc, size_t j)
{
	struct tok n;
	next_tok(sc, j, &n);
	if (lat_is(&n, "night") || lat_is(&n, "morning") || lat_is(&n, "afternoon") ||
	    lat_is(&n, "evening"))
		return n.end;
	return j;
}

/* The item that follows word t (after spaces and "on"), with t's start. */
static int prefixed(struct scan *sc, const struct tok *t, size_t j, struct item *it)
{
	struct tok n;
	next_tok(sc, j, &n);
	if (lat_is(&n, "on"))
		next_tok(sc, n.end, &n);
	if (n.kind == T_NONE || !parse_core(sc, n.start, 1, it) || it->kind == K_SKIP)
		return 0;
	it->start = t->start;
	return 1;
}

/* "two days ago", "a week ago", "3 months ago", read back from "ago". */
static int parse_ago(struct scan *sc, const struct tok *t, struct item *it)
{
	struct tok u, num;
	if (!prev_tok(sc, t->start, &u) || u.kind != T_LAT || !prev_tok(sc, u.start, &num))
		return 0;
	int k = lat_count(&num);
	if (!k)
		return 0;
	if (lat_is(&u, "day") || lat_is(&u, "days"))
		return mk_off(it, K_DAYS, num.start, t->end, -k);
	if (lat_is(&u, "week") || lat_is(&u, "weeks"))
		return mk_span(it, num.start, t->end, -7 * k - 3, -7 * k + 3);
	if (lat_is(&u, "month") || lat_is(&u, "months"))
		return mk_off(it, K_MONTHS, num.start, t->end, -k);
	if (lat_is(&u, "year") || lat_is(&u, "years"))
		return mk_off(it, K_YEARS, num.start, t->end, -k);
	return 0;
}

static int parse_latin(struct scan *sc, const struct tok *t, int cued, struct item *it)
{
	struct tok n, n2, n3;
	int abbr, m = lat_month(t, &abbr);
	if (m)
		return parse_month_first(sc, t, m, abbr, cued, it);
	int wd = lat_weekday(t);
	if (wd >= 0) {
		mk(it, K_WEEKDAY, t->start, tod_suffix(sc, t->end));
		it->wd = wd;
		return 1;
	}
	if (lat_weekday_abbr(t)) {
		/* "Wed, 05 Apr 2017": only as the head of a date */
		size_t j = t->end + (at(sc, t->end) == '.');
		if (!parse_core(sc, after_comma(sc, j), 0, it) || it->kind != K_DATE || !it->d)
			return 0;
		it->start = t->start;
		return 1;
	}
	switch (t->w[0]) {
	case 't':
		if (lat_is(t, "today") || lat_is(t, "tonight"))
			return mk_off(it, K_DAYS, t->start, t->end, 0);
		if (lat_is(t, "this")) {
			next_tok(sc, t->end, &n);
			if (lat_is(&n, "morning") || lat_is(&n, "afternoon") || lat_is(&n, "evening"))
				return mk_off(it, K_DAYS, t->start, n.end, 0);
			if (lat_is(&n, "week"))
				return mk_span(it, t->start, n.end, -6, 0);
			if (lat_is(&n, "month"))
				return mk_off(it, K_MONTHS, t->start, n.end, 0);
			if (lat_is(&n, "year"))
				return mk_off(it, K_YEARS, t->start, n.end, 0);
			return 0;
		}
		if (lat_is(t, "the")) {
			next_tok(sc, t->end, &n);
			next_tok(sc, n.end, &n2);
			next_tok(sc, n2.end, &n3);
			if (lat_is(&n, "day") && lat_is(&n2, "before") && lat_is(&n3, "yesterday"))
				return mk_off(it, K_DAYS, t->start, n3.end, -2);
		}
		return 0;
	case 'y':
		if (lat_is(t, "yesterday"))
			return mk_off(it, K_DAYS, t->start, tod_suffix(sc, t->end), -1);
		return 0;
	case 'l':
		if (lat_is(t, "last")) {
			next_tok(sc, t->end, &n);
			if (lat_is(&n, "night"))
				return mk_off(it, K_DAYS, t->start, n.end, -1);
			if (lat_is(&n, "week"))
				return mk_span(it, t->start, n.end, -7, -1);
			if (lat_is(&n, "month"))
				return mk_off(it, K_MONTHS, t->start, n.end, -1);
			if (lat_is(&n, "year"))
				return mk_off(it, K_YEARS, t->start, n.end, -1);
			if (n.kind != T_LAT || !parse_core(sc, n.start, 1, it))
				return 0;
			if (it->kind != K_WEEKDAY && !(it->kind == K_DATE && !it->y && !it->d && !it->yrel))
				return 0;
			it->strict = 1;
			it->start = t->start;
			return 1;
		}
		if (lat_is(t, "late"))
			return prefixed(sc, t, t->end, it);
		return 0;
	case 'e':
		if (lat_is(t, "early") || lat_is(t, "earlier"))
			return prefixed(sc, t, t->end, it);
		if (lat_is(t, "every") || lat_is(t, "each"))
			goto future;
		return 0;
	case 'm':
		if (lat_is(t, "mid")) {
			size_t j = t->end;
			if (at(sc, j) == '-')
				j++;
			return prefixed(sc, t, j, it) && it->kind == K_DATE && !it->d;
		}
		return 0;
	case 's':
		if (lat_is(t, "so")) {
			next_tok(sc, t->end, &n);
			next_tok(sc, n.end, &n2);
			next_tok(sc, n2.end, &n3);
			if (lat_is(&n, "far") && lat_is(&n2, "this") &&
			    (lat_is(&n3, "year") || lat_is(&n3, "month"))) {
				mk(it, K_SOFAR, t->start, n3.end);
				it->prec = lat_is(&n3, "year") ? WHEN_YEAR : WHEN_MONTH;
				return 1;
			}
		}
		return 0;
	case 'n': case 'c': case 'f':
		if (lat_is(t, "next") || lat_is(t, "coming") || lat_is(t, "following"))
			goto future;
		return 0;
	case 'a':
		if (lat_is(t, "ago"))
			return parse_ago(sc, t, it);
		return 0;
	default:
		return 0;
	}
future:
	/* "next Sunday", "every Friday": a date we must not read as a past one */
	next_tok(sc, t->end, &n);
	if (n.kind == T_NONE || !parse_core(sc, n.start, 1, it))
		return 0;
	return mk(it, K_SKIP, t->start, it->end);
}

/* "قبل يومين", "قبل 3 أيام", "قبل أسبوع": some time before the anchor. */
static int parse_ar_before(struct scan *sc, const struct tok *t, struct item *it)
{
	struct tok n, u;
	int v, k = 0;
	next_tok(sc, t->end, &n);
	int id = ar_id(&n, &v);
	size_t end = n.end;
	if (id == A_MONTH_CUE || id == A_YEAR_CUE) {
		id = id == A_MONTH_CUE ? A_UNIT_MONTH : A_UNIT_YEAR;
		v = 1;
	}
	if (id >= A_UNIT_DAY && id <= A_UNIT_YEAR && v) {
		k = v;
	} else {
		if (n.kind == T_NUM && n.nd <= 3 && n.val > 0)
			k = n.val;
		else if (id == A_NUMBER)
			k = v;
		if (!k)
			return 0;
		next_tok(sc, n.end, &u);
		id = ar_id(&u, &v);
		if (id == A_DAY)
			id = A_UNIT_DAY;
		if (id < A_UNIT_DAY || id > A_UNIT_YEAR || v)
			return 0;
		end = u.end;
	}
	switch (id) {
	case A_UNIT_DAY:
		return mk_off(it, K_DAYS, t->start, end, -k);
	case A_UNIT_WEEK:
		return mk_span(it, t->start, end, -7 * k - 3, -7 * k + 3);
	case A_UNIT_MONTH:
		return mk_off(it, K_MONTHS, t->start, end, -k);
	default:
		return mk_off(it, K_YEARS, t->start, end, -k);
	}
}

/* A month name at t: "آذار 2017", "آب الماضي", "في آذار". */
static int parse_ar_month(struct scan *sc, const struct tok *t, int cued, struct item *it)
{
	size_t e, ye;
	int y, v;
	int m = ar_month(sc, t, &e);
	if (!m)
		return 0;
	if (year_at(sc, after_comma(sc, e), &y, &ye))
		return mk_date(it, t->start, ye, y, m, 0);
	struct tok n;
	next_tok(sc, e, &n);
	if (ar_id(&n, &v) == A_PAST) {
		mk_date(it, t->start, n.end, 0, m, 0);
		it->strict = 1;
		return 1;
	}
	if (!cued && !prev_cue(sc, t->start))
		return 0;
	return mk_date(it, t->start, e, 0, m, 0);
}

static int parse_arabic_word(struct scan *sc, const struct tok *t, int id, int v, int cued,
			 struct item *it);

static int parse_arabic(struct scan *sc, const struct tok *t, int cued, struct item *it)
{
	int v;
	size_t conj = 0;
	int id = ar_lookup_conj(t, 0, &v, &conj);
	if (!id || !parse_arabic_word(sc, t, id, v, cued, it))
		return 0;
	if (it->start == t->start && it->kind != K_SKIP)
		it->start += conj;
	return 1;
}

static int parse_arabic_word(struct scan *sc, const struct tok *t, int id, int v, int cued,
			 struct item *it)
{
	struct tok n, n2, p;
	int v1, y;
	size_t ye;
	next_tok(sc, t->end, &n);
	int id1 = ar_id(&n, &v1);
	switch (id) {
	case A_TODAY:
		/* "اليوم التالي" (the next day), "ذلك اليوم" (that day) */
		if (n.kind == T_AR && n.len >= 4 && !memcmp(n.w, "\xD8\xA7\xD9\x84", 4) && id1 != A_WD)
			return 0;
		if (prev_tok(sc, t->start, &p) && p.kind == T_AR) {
			int pid = ar_id(&p, &v);
			if (pid == A_THAT || pid == A_THIS)
				return 0;
		}
		return mk_off(it, K_DAYS, t->start, t->end, 0);
	case A_YESTERDAY:
		return mk_off(it, K_DAYS, t->start, t->end, -1);
	case A_AWWAL:
		if (id1 == A_YESTERDAY)
			return mk_off(it, K_DAYS, t->start, n.end, -2);
		if (id1 == A_FROM) {
			next_tok(sc, n.end, &n2);
			if (ar_id(&n2, &v) == A_YESTERDAY)
				return mk_off(it, K_DAYS, t->start, n2.end, -2);
		}
		return 0;
	case A_DAY: case A_TOD:
		if (id1 == A_YESTERDAY)
			return mk_off(it, K_DAYS, t->start, n.end, -1);
		if (id1 == A_TODAY && id == A_TOD)
			return mk_off(it, K_DAYS, t->start, n.end, 0);
		if (n.kind == T_NONE || !parse_core(sc, n.start, 0, it))
			return 0;
		if (it->kind != K_WEEKDAY && !(it->kind == K_DATE && it->d))
			return 0;
		it->start = t->start;
		return 1;
	case A_THE_NIGHT:
		if (id1 == A_PAST)
			return mk_off(it, K_DAYS, t->start, n.end, -1);
		return 0;
	case A_WD:
		if (id1 == A_NEXT)
			return mk(it, K_SKIP, t->start, n.end);
		mk(it, K_WEEKDAY, t->start, id1 == A_PAST ? n.end : t->end);
		it->wd = v;
		it->strict = id1 == A_PAST;
		return 1;
	case A_THIS:
		if (id1 == A_WEEK)
			return mk_span(it, t->start, n.end, -6, 0);
		if (id1 == A_THE_MONTH)
			return mk_off(it, K_MONTHS, t->start, n.end, 0);
		if (id1 == A_THE_YEAR)
			return mk_off(it, K_YEARS, t->start, n.end, 0);
		return 0;
	case A_WEEK:
		if (id1 == A_PAST)
			return mk_span(it, t->start, n.end, -7, -1);
		if (id1 == A_CURRENT)
			return mk_span(it, t->start, n.end, -6, 0);
		return 0;
	case A_THE_MONTH: case A_THE_YEAR:
		if (id1 == A_PAST || id1 == A_CURRENT)
			return mk_off(it, id == A_THE_MONTH ? K_MONTHS : K_YEARS, t->start, n.end,
				      id1 == A_PAST ? -1 : 0);
		if (id == A_THE_YEAR && year_at(sc, t->end, &y, &ye))
			return mk_date(it, t->start, ye, y, 0, 0);
		return 0;
	case A_YEAR_CUE:
		if (year_at(sc, t->end, &y, &ye))
			return mk_date(it, t->start, ye, y, 0, 0);
		return 0;
	case A_MONTH_CUE:
		if (n.kind != T_AR || !parse_ar_month(sc, &n, 1, it) || it->d)
			return 0;
		it->start = t->start;
		return 1;
	case A_MON: case A_KANUN: case A_TISHRIN:
		return parse_ar_month(sc, t, cued, it);
	case A_EDGE:
		if (n.kind == T_NONE || !parse_core(sc, n.start, 1, it))
			return 0;
		if (!(it->kind == K_DATE && !it->d) && it->kind != K_MONTHS && it->kind != K_YEARS)
			return 0;
		it->start = t->start;
		return 1;
	case A_BEFORE:
		return parse_ar_before(sc, t, it);
	default:
		return 0;
	}
}

/* One item at i; cued: the caller has read a word that makes a year or a
 * month alone a date ("since", "from"). */
static int parse_core(struct scan *sc, size_t i, int cued, struct item *it)
{
	struct tok t;
	int r = 0;
	if (sc->depth >= DEPTH_MAX)
		return 0;
	sc->depth++;
	tok_at(sc, i, &t);
	if (t.kind == T_NUM)
		r = parse_number(sc, &t, cued, it);
	else if (t.kind == T_LAT)
		r = parse_latin(sc, &t, cued, it);
	else if (t.kind == T_AR)
		r = parse_arabic(sc, &t, cued, it);
	sc->depth--;
	return r;
}

/* How explicit a day is: a date over a weekday over "today". */
static int day_rank(const struct item *it)
{
	if (it->kind == K_DATE && it->d)
		return 3;
	if (it->kind == K_WEEKDAY)
		return 2;
	if (it->kind == K_DAYS)
		return 1;
	return 0;
}

/* One item, with the days that follow it as one expression: "Tuesday, June
 * 10", "اليوم الأحد 1 كانون الأول 2024". The most explicit part gives the
 * day; two parts of one kind ("Saturday, Sunday") are two expressions. A
 * missing year is never worked out from the weekday. */
static int parse_chain(struct scan *sc, size_t i, int cued, struct item *it)
{
	if (!parse_core(sc, i, cued, it))
		return 0;
	if (it->kind == K_SKIP || !day_rank(it))
		return 1;
	unsigned seen = 1u << day_rank(it);
	for (;;) {
		struct item nx;
		size_t j = skip_sp(sc, it->end), c = comma_len(sc, j);
		if (c)
			j = skip_sp(sc, j + c);
		if (j >= sc->n || !parse_core(sc, j, 0, &nx) || nx.kind == K_SKIP || !day_rank(&nx) ||
		    (seen & (1u << day_rank(&nx))) || nx.start < it->end)
			break;
		/* a comma joins a weekday to its date only ("Tuesday, June 10"):
		 * elsewhere it separates a list */
		if (c && !(day_rank(it) == 2 && day_rank(&nx) == 3))
			break;
		seen |= 1u << day_rank(&nx);
		size_t start = it->start;
		if (day_rank(&nx) > day_rank(it))
			*it = nx;
		it->start = start;
		it->end = nx.end;
	}
	return 1;
}

/* ---- resolving items to days ---- */

static void civil(long z, int *y, int *m, int *d)
{
	/* Howard Hinnant's civil_from_days, the inverse of date_days */
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static long month_last(int y, int m)
{
	return m == 12 ? date_days(y + 1, 1, 1) - 1 : date_days(y, m + 1, 1) - 1;
}

struct res {
	int ok;               /* resolved: first..last are days */
	long first, last;
	int prec;             /* enum when_precision */
	int eprec;            /* enum date_precision of last */
	int rel, past, period, open;
};

static int date_prec(int wp)
{
	return wp == WHEN_YEAR ? DATE_YEAR : wp == WHEN_MONTH ? DATE_MONTH : DATE_DAY;
}

/* Resolve it against anchor a (has_a 0: none). A day without its year is the
 * latest one on or before a + slack. */
static void resolve(const struct item *it, int has_a, long a, int slack, struct res *r)
{
	int ay = 0, am = 0, ad = 0, y = 0, m = 0;
	memset(r, 0, sizeof *r);
	if (has_a)
		civil(a, &ay, &am, &ad);
	switch (it->kind) {
	case K_DATE:
		r->prec = it->d ? WHEN_DAY : it->m ? WHEN_MONTH : WHEN_YEAR;
		y = it->y;
		if (!y) {
			r->rel = 1;
			if (!has_a)
				return;
			if (it->yrel) {
				y = ay + it->off;
			} else if (it->d) {
				for (y = ay; y > ay - 9; y--)
					if (date_valid(y, it->m, it->d) && date_days(y, it->m, it->d) <= a + slack)
						break;
			} else {
				y = it->m < am || (it->m == am && !it->strict) ? ay : ay - 1;
			}
			r->past = it->yrel && it->off < 0;
		}
		if (y < 1 || y > 9999 || (it->d && !date_valid(y, it->m, it->d)))
			return;
		if (it->d) {
			r->first = r->last = date_days(y, it->m, it->d);
		} else if (it->m) {
			r->first = date_days(y, it->m, 1);
			r->last = month_last(y, it->m);
		} else {
			r->first = date_days(y, 1, 1);
			r->last = date_days(y, 12, 31);
		}
		break;
	case K_DAYS: case K_WEEKDAY:
		r->prec = WHEN_DAY;
		r->rel = 1;
		if (!has_a)
			return;
		if (it->kind == K_DAYS) {
			r->first = a + it->off;
		} else {
			long wa = ((a + 4) % 7 + 7) % 7;      /* 1970-01-01 was a Thursday */
			long back = (wa - it->wd + 7) % 7;
			if (it->strict && !back)
				back = 7;
			r->first = a - back;
		}
		r->last = r->first;
		break;
	case K_SPAN:
		r->prec = WHEN_WEEK;
		r->rel = r->period = 1;
		r->open = it->off2 == 0;
		if (!has_a)
			return;
		r->first = a + it->off;
		r->last = a + it->off2;
		break;
	case K_MONTHS: {
		r->prec = WHEN_MONTH;
		r->rel = 1;
		if (!has_a)
			return;
		long mi = (long)ay * 12 + am - 1 + it->off;
		y = (int)(mi >= 0 ? mi / 12 : -1);
		m = (int)(mi % 12) + 1;
		if (y < 1 || y > 9999)
			return;
		r->first = date_days(y, m, 1);
		r->last = month_last(y, m);
		break;
	}
	case K_YEARS:
		r->prec = WHEN_YEAR;
		r->rel = 1;
		r->past = it->off < 0;
		if (!has_a)
			return;
		y = ay + it->off;
		if (y < 1 || y > 9999)
			return;
		r->first = date_days(y, 1, 1);
		r->last = date_days(y, 12, 31);
		break;
	case K_SOFAR:
		r->prec = it->prec;
		r->rel = r->period = r->open = 1;
		if (!has_a)
			return;
		r->first = date_days(ay, it->prec == WHEN_YEAR ? 1 : am, 1);
		r->last = a;
		break;
	default:
		return;
	}
	r->eprec = r->period ? DATE_DAY : date_prec(r->prec);
	r->ok = r->first >= date_days(1, 1, 1) && r->last <= date_days(9999, 12, 31);
}

/* A period from x to y (open: from x to the anchor). 0 when it is none. */
static int compose(struct scan *sc, const struct item *x, const struct item *y, int open,
		   struct res *r)
{
	struct res rx, ry;
	if (open) {
		resolve(x, sc->has_anchor, sc->anchor, 1, r);
		r->period = r->open = 1;
		if (r->ok && sc->has_anchor) {
			/* "since 2030" in a report of 2025 runs nowhere */
			if (r->first > sc->anchor)
				return 0;
			r->last = sc->anchor;
			r->eprec = DATE_DAY;
		}
		return 1;
	}
	struct item yy = *y;
	/* "from 20 October 2022 to 3 November": the end takes the start's year */
	if (yy.kind == K_DATE && !yy.y && !yy.yrel && x->kind == K_DATE && x->y && x->m) {
		yy.y = x->y + (yy.m < x->m || (yy.m == x->m && yy.d && x->d && yy.d < x->d));
		if (yy.d && !date_valid(yy.y, yy.m, yy.d))
			return 0;
	}
	resolve(&yy, sc->has_anchor, sc->anchor, 1, &ry);
	/* "from December to March 2017": the start is the latest before the end */
	if (x->kind == K_DATE && !x->y && !x->yrel && ry.ok) {
		resolve(x, 1, ry.last, 0, &rx);
		rx.rel = 0;
	} else {
		resolve(x, sc->has_anchor, sc->anchor, 1, &rx);
	}
	memset(r, 0, sizeof *r);
	r->period = 1;
	r->rel = rx.rel || ry.rel;
	r->prec = rx.prec < ry.prec ? rx.prec : ry.prec;
	if (!rx.ok || !ry.ok)
		return 1;
	if (rx.first > ry.last)
		return 0;
	r->ok = 1;
	r->first = rx.first;
	r->last = ry.last;
	r->eprec = ry.eprec;
	r->past = rx.past && ry.past;
	return 1;
}

/* ---- expressions: periods around items ---- */

struct found {
	size_t start, end;
	int skip;
	struct res r;
};

static int is_word(const struct tok *t, const char *en, int ar)
{
	int v;
	return (en && lat_is(t, en)) || (ar && ar_id(t, &v) == ar);
}

/* What joins the two ends of a period: "to", "until", "-", "إلى", "حتى";
 * "and" / "و" after "between". Returns where the end starts, or 0. */
static size_t connector(struct scan *sc, size_t i, int between)
{
	struct tok t;
	size_t k = skip_sp(sc, i), dl;
	if (!between && (dl = dash_len(sc, k)))
		return skip_sp(sc, k + dl);
	tok_at(sc, k, &t);
	if (between) {
		if (lat_is(&t, "and") || is_word(&t, NULL, A_AND))
			return skip_sp(sc, t.end);
		/* "بين 2014 و2017": the و is glued to what follows */
		if (t.kind == T_AR && t.len >= 2 && is_letter(t.w, "و"))
			return k + 2;
		if (at(sc, k) == 0xD9 && at(sc, k + 1) == 0x88 && dig(sc, k + 2, &dl) >= 0)
			return k + 2;
		return 0;
	}
	if (lat_is(&t, "to") || lat_is(&t, "until") || lat_is(&t, "till") || lat_is(&t, "through") ||
	    lat_is(&t, "thru") || is_word(&t, NULL, A_TO))
		return skip_sp(sc, t.end);
	return 0;
}

/* The end of a period: a date (1), or "now", "date", "the present" (2). */
static int period_end(struct scan *sc, size_t k, struct item *y)
{
	struct tok t;
	tok_at(sc, k, &t);
	if (lat_is(&t, "the"))
		next_tok(sc, t.end, &t);
	if (lat_is(&t, "now") || lat_is(&t, "date") || lat_is(&t, "present"))
		return 1 + mk_off(y, K_DAYS, t.start, t.end, 0);
	return parse_chain(sc, k, 1, y) && y->kind != K_SKIP;
}

static int parse_expr(struct scan *sc, size_t i, struct found *f)
{
	struct tok t;
	struct item x, y;
	size_t k;
	int v;
	size_t conj = 0;
	memset(f, 0, sizeof *f);
	tok_at(sc, i, &t);
	int id = t.kind == T_AR ? ar_lookup_conj(&t, 0, &v, &conj) : A_NONE;
	int since = lat_is(&t, "since") || id == A_SINCE;
	int from = lat_is(&t, "from") || id == A_FROM;
	int between = lat_is(&t, "between") || id == A_BETWEEN;
	if (since || from || between) {
		struct tok n;
		next_tok(sc, t.end, &n);
		if (n.kind == T_NONE || !parse_chain(sc, n.start, 1, &x) || x.kind == K_SKIP)
			return 0;
		f->start = t.start + conj;
		int end = (k = connector(sc, x.end, between)) ? period_end(sc, k, &y) : 0;
		if (end && compose(sc, &x, &y, end == 2, &f->r)) {
			f->end = y.end;
			return 1;
		}
		if (!since || !compose(sc, &x, NULL, 1, &f->r))
			return 0;
		f->end = x.end;
		return 1;
	}
	if (!parse_chain(sc, i, 0, &x))
		return 0;
	f->start = x.start;
	f->end = x.end;
	if (x.kind == K_SKIP) {
		f->skip = 1;
		return 1;
	}
	/* "2014-2017", "August 2014 – March 2017" */
	size_t dl, j = skip_sp(sc, x.end);
	if (x.kind == K_DATE && x.y && (dl = dash_len(sc, j)) &&
	    parse_chain(sc, skip_sp(sc, j + dl), 1, &y) && y.kind == K_DATE && y.y &&
	    compose(sc, &x, &y, 0, &f->r)) {
		f->end = y.end;
		return 1;
	}
	resolve(&x, sc->has_anchor, sc->anchor, 1, &f->r);
	return 1;
}

static void to_when(struct scan *sc, const struct found *f, struct when *w)
{
	const struct res *r = &f->r;
	memset(w, 0, sizeof *w);
	w->start = f->start;
	w->end = f->end;
	w->flags = (r->rel ? WHEN_RELATIVE : 0) | (r->period ? WHEN_PERIOD : 0) |
		   (r->open ? WHEN_OPEN : 0) | (r->past ? WHEN_PAST_CONTEXT : 0);
	if (!r->ok)
		return;
	w->precision = (enum when_precision)r->prec;
	civil(r->first, &w->date.year, &w->date.month, &w->date.day);
	w->date.precision = date_prec(r->prec);
	if (r->period && (!r->open || sc->has_anchor)) {
		civil(r->last, &w->date_end.year, &w->date_end.month, &w->date_end.day);
		w->date_end.precision = r->eprec;
	}
	if (sc->has_anchor) {
		/* background: over before the month before the anchor's began */
		int ay, am, ad;
		civil(sc->anchor, &ay, &am, &ad);
		long prev = am == 1 ? date_days(ay - 1, 12, 1) : date_days(ay, am - 1, 1);
		if (r->last < prev)
			w->flags |= WHEN_PAST_CONTEXT;
	}
}

/* ---- the scan ---- */

struct sink {
	struct when *out;
	size_t max, count;
	struct date *day;     /* when_text_date: the first full date, then stop */
	int done;
};

static void emit(struct scan *sc, struct sink *k, const struct found *f)
{
	struct when w;
	to_when(sc, f, &w);
	if (k->day) {
		if (w.precision == WHEN_DAY && !(w.flags & (WHEN_RELATIVE | WHEN_PERIOD))) {
			*k->day = w.date;
			k->done = 1;
		}
		return;
	}
	if (k->count < k->max)
		k->out[k->count] = w;
	k->count++;
}

enum { C_OTHER, C_LAT, C_NUM, C_AR };

static int class_before(struct scan *sc, size_t i)
{
	size_t l;
	if (i == 0)
		return C_OTHER;
	unsigned c = sc->s[i - 1];
	if (is_lat(c))
		return C_LAT;
	if (c >= '0' && c <= '9')
		return C_NUM;
	if (i >= 2 && dig(sc, i - 2, &l) >= 0 && l == 2)
		return C_NUM;
	if (i >= 2 && ar_at(sc, i - 2))
		return C_AR;
	return C_OTHER;
}

/* Letters an English date word begins with: a b c d e f j l m n o s t w y. */
#define LAT_FIRST 0x14C7A3Fu

static int lat_first(unsigned c)
{
	unsigned k = (c | 0x20) - 'a';
	return k < 26 && (LAT_FIRST >> k & 1);
}

/* Try an expression at i; 1 when one was read (*resume: where to go on). */
static int try_at(struct scan *sc, size_t i, size_t *last_end, struct sink *k, size_t *resume)
{
	struct found f;
	if (!parse_expr(sc, i, &f) || f.end <= i)
		return 0;
	if (!f.skip && f.start >= *last_end)
		emit(sc, k, &f);
	*last_end = *resume = f.end;
	return 1;
}

/* Find expressions that start in [from, to) (they may run on to n). */
static void scan_text(struct scan *sc, size_t from, size_t to, struct sink *k)
{
	size_t i = from, last_end = from, l, e;
	int prev = class_before(sc, i);
	while (i < to && !k->done) {
		unsigned c = sc->s[i];
		if (is_lat(c)) {
			for (e = i + 1; e < sc->n && is_lat(sc->s[e]); e++)
				;
			if (prev != C_LAT && prev != C_NUM && e - i >= 2 && e - i <= 9 && lat_first(c) &&
			    try_at(sc, i, &last_end, k, &i)) {
				prev = class_before(sc, i);
				continue;
			}
			/* a post's name runs into its date: "QalaatAlMudiqJun 13, 2025" */
			if (sc->stamp) {
				int found = 0;
				for (size_t q = i + 1; q < e && q < to && !found; q++)
					found = sc->s[q] >= 'A' && sc->s[q] <= 'Z' && sc->s[q - 1] >= 'a' &&
						sc->s[q - 1] <= 'z' && strchr("JFMASOND", sc->s[q]) &&
						try_at(sc, q, &last_end, k, &i);
				if (found) {
					prev = class_before(sc, i);
					continue;
				}
			}
			i = e;
			prev = C_LAT;
			continue;
		}
		if (dig(sc, i, &l) >= 0) {
			for (e = i; dig(sc, e, &l) >= 0; e += l)
				;
			/* not the tail of "1,200", "10:20", "3/2014" */
			unsigned p = i ? sc->s[i - 1] : 0;
			int inner = (p == ',' || p == '.' || p == ':' || p == '/' || p == '-') &&
				    class_before(sc, i - 1) == C_NUM;
			if (prev != C_NUM && prev != C_LAT && !inner && try_at(sc, i, &last_end, k, &i)) {
				prev = class_before(sc, i);
				continue;
			}
			i = e;
			prev = C_NUM;
			continue;
		}
		if (ar_at(sc, i)) {
			struct tok t;
			int v;
			tok_at(sc, i, &t);
			e = t.end;
			if (prev != C_AR && ar_lookup(&t, 0, &v) && try_at(sc, i, &last_end, k, &i)) {
				prev = class_before(sc, i);
				continue;
			}
			i = e;
			prev = C_AR;
			continue;
		}
		uint32_t u;
		i += (size_t)utf8_decode((const char *)sc->s + i, sc->n - i, &u);
		prev = C_OTHER;
	}
}

static void scan_init(struct scan *sc, const char *s, size_t n, const struct date *anchor)
{
	memset(sc, 0, sizeof *sc);
	sc->s = (const unsigned char *)s;
	sc->n = s ? n : 0;
	if (anchor && anchor->precision >= DATE_DAY &&
	    date_valid(anchor->year, anchor->month, anchor->day)) {
		sc->has_anchor = 1;
		sc->anchor = date_days(anchor->year, anchor->month, anchor->day);
	}
}

size_t when_find(const char *s, size_t n, const struct date *anchor, struct when *out, size_t max)
{
	struct scan sc;
	struct sink k = { out, out ? max : 0, 0, NULL, 0 };
	scan_init(&sc, s, n, anchor);
	scan_text(&sc, 0, sc.n, &k);
	return k.count;
}

/* ---- the date a text shows for itself ---- */

/* A full date (day, month and year) that starts at i. */
static int full_date_at(struct scan *sc, size_t i, struct item *it)
{
	return parse_chain(sc, i, 1, it) && it->kind == K_DATE && it->y && it->d;
}

static void set_day(struct date *out, const struct item *it)
{
	memset(out, 0, sizeof *out);
	out->year = it->y;
	out->month = it->m;
	out->day = it->d;
	out->precision = DATE_DAY;
}

/* A post's stamp around the "·" at p: "9:56 PM · Jun 10, 2025",
 * "November 23, 2025 · Shared with Public". */
static int stamp_at(struct scan *sc, size_t p, struct date *out)
{
	struct item it;
	if (full_date_at(sc, skip_sp(sc, p + 2), &it)) {
		set_day(out, &it);
		return 1;
	}
	size_t q = p;
	while (q > 0 && sc->s[q - 1] == ' ')
		q--;
	/* the date ends at the dot: try each token start (or a capital after
	 * a small letter, "PageNameNovember") of the 48 bytes before it */
	for (size_t k = q > 48 ? q - 48 : 0, l; k < q; k++) {
		int cls = class_before(sc, k);
		unsigned c = sc->s[k];
		int start = (is_lat(c) && (cls != C_LAT || (c >= 'A' && c <= 'Z' && sc->s[k - 1] >= 'a' &&
							     sc->s[k - 1] <= 'z'))) ||
			    (dig(sc, k, &l) >= 0 && cls != C_NUM && cls != C_LAT) ||
			    (ar_at(sc, k) && cls != C_AR);
		if (start && full_date_at(sc, k, &it) && skip_sp(sc, it.end) == p) {
			set_day(out, &it);
			return 1;
		}
	}
	return 0;
}

/* "Date: 20 October 2022", "Published on 5 April 2017", "Posted: 2019-05-04",
 * "تاريخ النشر: ...", "نشر في ...": the date right after the label. */
static int label_at(struct scan *sc, const struct tok *t, struct date *out)
{
	struct tok n;
	struct item it;
	int v;
	size_t j = t->end;
	if (lat_is(t, "date") || ar_lookup(t, 1, &v) == A_LABEL_DATE) {
		next_tok(sc, j, &n);
		if (ar_id(&n, &v) == A_LABEL_PUB)
			j = n.end;
		j = skip_sp(sc, j);
		if (at(sc, j) != ':')
			return 0;
	} else if (!lat_is(t, "published") && !lat_is(t, "posted") && ar_id(t, &v) != A_LABEL_PUB) {
		return 0;
	}
	j = skip_sp(sc, j);
	if (at(sc, j) == ':')
		j++;
	/* the date may stand on the next line */
	for (int lines = 0; (at(sc, j) == '\n' || at(sc, j) == '\r' || sp_len(sc, j)) && lines < 8; lines++)
		j = skip_sp(sc, j + (sp_len(sc, j) ? 0 : 1));
	next_tok(sc, j, &n);
	if (lat_is(&n, "on") || is_word(&n, NULL, A_IN))
		j = skip_sp(sc, n.end);
	else if (n.kind == T_AR && ar_lookup(&n, 1, &v) == A_LABEL_DATE && !memcmp(n.w, "\xD8\xA8", 2))
		j = skip_sp(sc, n.end);       /* "نشر بتاريخ" */
	if (!full_date_at(sc, j, &it))
		return 0;
	set_day(out, &it);
	return 1;
}

int when_text_date(const char *s, size_t n, struct date *out)
{
	struct scan sc;
	struct tok t;
	memset(out, 0, sizeof *out);
	scan_init(&sc, s, n, NULL);
	sc.stamp = 1;
	n = sc.n;
	for (size_t i = 0; i < n;) {
		unsigned c = sc.s[i];
		if (c == 0xC2 && at(&sc, i + 1) == 0xB7) {
			if (stamp_at(&sc, i, out))
				return 1;
			i += 2;
			continue;
		}
		int cls = class_before(&sc, i);
		if ((is_lat(c) && cls != C_LAT && strchr("dDpP", (int)c)) ||
		    ((c == 0xD8 || c == 0xD9) && ar_at(&sc, i) && cls != C_AR)) {
			tok_at(&sc, i, &t);
			if (label_at(&sc, &t, out))
				return 1;
			i = t.end > i ? t.end : i + 1;
			continue;
		}
		i++;
	}
	struct sink k = { NULL, 0, 0, out, 0 };
	size_t head = n < 300 ? n : 300;
	scan_text(&sc, 0, head, &k);
	if (!k.done && n > 300)
		scan_text(&sc, n - 300 > head ? n - 300 : head, n, &k);
	if (!k.done)
		memset(out, 0, sizeof *out);
	return k.done;
}

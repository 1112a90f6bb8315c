/* date.c - one parser for the many ways sources write a date, so that readers
 * and extractors agree on what "4/5/17" or "٢٣ تشرين الثاني ٢٠٢٥" means.
 *
 * The text is scanned once for token starts (a digit run or a word); at each
 * one a few anchored patterns are tried and the first that yields a real
 * calendar date wins. Words we do not know (weekdays, "Posted", "الجمعة") are
 * simply passed over, so they need no table. Every read checks len. */
#include "base/date.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"

struct in {
	const unsigned char *s;
	size_t len;
};

/* More digits than this cannot be part of a date; the value is then -1. */
#define NUM_MAX_DIGITS 6

/* ASCII, Arabic-Indic (U+0660..) and Persian (U+06F0..) digits. */
static int digit_at(const struct in *in, size_t i, size_t *n)
{
	if (i >= in->len)
		return -1;
	unsigned c = in->s[i];
	if (c >= '0' && c <= '9') {
		*n = 1;
		return (int)(c - '0');
	}
	if (i + 1 < in->len) {
		unsigned c2 = in->s[i + 1];
		if (c == 0xD9 && c2 >= 0xA0 && c2 <= 0xA9) {
			*n = 2;
			return (int)(c2 - 0xA0);
		}
		if (c == 0xDB && c2 >= 0xB0 && c2 <= 0xB9) {
			*n = 2;
			return (int)(c2 - 0xB0);
		}
	}
	return -1;
}

/* Read a digit run at *i; returns how many digits it had (0: none). */
static int read_num(const struct in *in, size_t *i, int *val)
{
	int nd = 0, v = 0;
	size_t n;
	int dg;
	while ((dg = digit_at(in, *i, &n)) >= 0) {
		if (nd < NUM_MAX_DIGITS)
			v = v * 10 + dg;
		nd++;
		*i += n;
	}
	*val = nd > NUM_MAX_DIGITS ? -1 : v;
	return nd;
}

static int is_digit_at(const struct in *in, size_t i)
{
	size_t n;
	return digit_at(in, i, &n) >= 0;
}

static uint32_t cp_at(const struct in *in, size_t i, size_t *n)
{
	uint32_t cp;
	*n = (size_t)utf8_decode((const char *)in->s + i, in->len - i, &cp);
	return cp;
}

static int is_alpha(unsigned c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int is_ar_letter(uint32_t c)
{
	return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
	       (c >= 0x06FA && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
	       (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

/* Tatweel and harakat decorate words without changing them. */
static int is_ar_mark(uint32_t c)
{
	return c == 0x0640 || (c >= 0x064B && c <= 0x0652);
}

/* Spaces, and the invisible direction marks that Arabic pages put around
 * numbers (LRM, RLM, ALM, isolates, embeddings). */
static size_t space_len(const struct in *in, size_t i)
{
	if (i >= in->len)
		return 0;
	const unsigned char *s = in->s + i;
	size_t left = in->len - i;
	if (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		return 1;
	if (left >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2;
	if (left >= 2 && s[0] == 0xD8 && s[1] == 0x9C)
		return 2;
	if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] <= 0x8F || (s[2] >= 0xAA && s[2] <= 0xAF)))
		return 3;
	if (left >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)
		return 3;
	return 0;
}

static size_t skip_space(const struct in *in, size_t i)
{
	size_t n;
	while ((n = space_len(in, i)))
		i += n;
	return i;
}

static int at_char(const struct in *in, size_t i, char c)
{
	return i < in->len && in->s[i] == (unsigned char)c;
}

/* ',' or the Arabic comma U+060C; returns its length or 0. */
static size_t comma_len(const struct in *in, size_t i)
{
	if (at_char(in, i, ','))
		return 1;
	if (i + 1 < in->len && in->s[i] == 0xD8 && in->s[i + 1] == 0x8C)
		return 2;
	return 0;
}

/* Match an ASCII word case-insensitively, ending at a non-letter. */
static int match_word(const struct in *in, size_t *i, const char *w)
{
	size_t j = *i;
	for (; *w; w++, j++)
		if (j >= in->len || (in->s[j] | 0x20) != (unsigned char)*w)
			return 0;
	if (j < in->len && is_alpha(in->s[j]))
		return 0;
	*i = j;
	return 1;
}

static uint32_t ar_fold(uint32_t c)
{
	switch (c) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671:
		return 0x0627;          /* alif with or without hamza */
	case 0x0649: case 0x06CC:
		return 0x064A;          /* alif maqsura, Persian yeh */
	case 0x0629:
		return 0x0647;          /* ta marbuta */
	case 0x06A9:
		return 0x0643;          /* keheh */
	default:
		return c;
	}
}

/* Match an Arabic phrase (a space in pat stands for one or more spaces)
 * ignoring hamza spellings, tatweel and harakat; it must end a word. */
static int match_ar(const struct in *in, size_t *i, const char *pat)
{
	size_t j = *i, n;
	size_t plen = strlen(pat);
	const char *p = pat;
	while (*p) {
		if (*p == ' ') {
			size_t k = skip_space(in, j);
			if (k == j)
				return 0;
			j = k;
			p++;
			continue;
		}
		uint32_t pc;
		p += utf8_decode(p, plen - (size_t)(p - pat), &pc);
		uint32_t c;
		do {
			if (j >= in->len)
				return 0;
			c = cp_at(in, j, &n);
			j += n;
		} while (is_ar_mark(c));
		if (ar_fold(c) != ar_fold(pc))
			return 0;
	}
	while (j < in->len) {
		uint32_t c = cp_at(in, j, &n);
		if (is_ar_letter(c) && !is_ar_mark(c))
			return 0;
		if (!is_ar_mark(c))
			break;
		j += n;
	}
	*i = j;
	return 1;
}

static const char *const en_months[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

static const struct {
	const char *name;
	int month;
} ar_months[] = {
	/* Egypt and the Gulf */
	{ "يناير", 1 }, { "فبراير", 2 }, { "مارس", 3 }, { "أبريل", 4 }, { "مايو", 5 },
	{ "يونيو", 6 }, { "يونيه", 6 }, { "يوليو", 7 }, { "يوليه", 7 }, { "أغسطس", 8 },
	{ "سبتمبر", 9 }, { "أكتوبر", 10 }, { "نوفمبر", 11 }, { "ديسمبر", 12 },
	/* the Levant and Iraq; "الثاني" is often written without its article */
	{ "كانون الثاني", 1 }, { "كانون ثاني", 1 }, { "شباط", 2 }, { "آذار", 3 },
	{ "نيسان", 4 }, { "أيار", 5 }, { "حزيران", 6 }, { "تموز", 7 }, { "آب", 8 },
	{ "أيلول", 9 }, { "تشرين الأول", 10 }, { "تشرين أول", 10 },
	{ "تشرين الثاني", 11 }, { "تشرين ثاني", 11 },
	{ "كانون الأول", 12 }, { "كانون أول", 12 },
	/* the Maghreb */
	{ "جانفي", 1 }, { "فيفري", 2 }, { "أفريل", 4 }, { "ماي", 5 }, { "جوان", 6 },
	{ "جويلية", 7 }, { "يوليوز", 7 }, { "أوت", 8 }, { "غشت", 8 }, { "شتنبر", 9 },
	{ "نونبر", 11 }, { "دجنبر", 12 },
};

/* A month name at *i (English full or three-letter, or Arabic); 1..12 or 0. */
static int match_month(const struct in *in, size_t *i)
{
	size_t j = *i;
	if (j < in->len && is_alpha(in->s[j])) {
		char w[10];
		size_t n = 0;
		while (j < in->len && is_alpha(in->s[j])) {
			if (n < sizeof w)
				w[n] = (char)(in->s[j] | 0x20);
			n++;
			j++;
		}
		if (n < 3 || n > 9)
			return 0;
		for (int m = 0; m < 12; m++) {
			size_t full = strlen(en_months[m]);
			int whole = n == full && !memcmp(w, en_months[m], n);
			int abbr = n == 3 || (m == 8 && n == 4 && !memcmp(w, "sept", 4));
			if (whole || (abbr && !memcmp(w, en_months[m], n))) {
				if (!whole && at_char(in, j, '.'))
					j++;
				*i = j;
				return m + 1;
			}
		}
		return 0;
	}
	for (size_t k = 0; k < sizeof ar_months / sizeof ar_months[0]; k++) {
		j = *i;
		if (match_ar(in, &j, ar_months[k].name)) {
			*i = j;
			return ar_months[k].month;
		}
	}
	return 0;
}

/* UN and wire Arabic doubles the name: "تشرين الثاني/نوفمبر", "أيار (مايو)". */
static size_t skip_second_month(const struct in *in, size_t i)
{
	size_t k = skip_space(in, i);
	int paren = at_char(in, k, '(');
	if (!paren && !at_char(in, k, '/'))
		return i;
	k = skip_space(in, k + 1);
	if (!match_month(in, &k))
		return i;
	if (paren) {
		k = skip_space(in, k);
		if (!at_char(in, k, ')'))
			return i;
		k++;
	}
	return k;
}

static int year_of(int v, int ndigits)
{
	if (ndigits == 4 && v >= 1900 && v <= 2100)
		return v;
	if (ndigits == 2)
		return v > 69 ? 1900 + v : 2000 + v;
	return -1;
}

/* "+03:00", "+0300", "+03", "Z", "GMT", "UTC+3", "EST"... */
static int parse_tz(const struct in *in, size_t *i, int *minutes)
{
	static const struct {
		const char *name;
		int minutes;
	} zones[] = {
		{ "gmt", 0 }, { "utc", 0 }, { "ut", 0 },
		{ "est", -300 }, { "edt", -240 }, { "cst", -360 }, { "cdt", -300 },
		{ "mst", -420 }, { "mdt", -360 }, { "pst", -480 }, { "pdt", -420 },
		{ "cet", 60 }, { "cest", 120 }, { "eet", 120 }, { "eest", 180 },
	};
	size_t j = *i;
	int named = 0;
	*minutes = 0;
	if (at_char(in, j, 'Z') && !(j + 1 < in->len && is_alpha(in->s[j + 1]))) {
		*i = j + 1;
		return 1;
	}
	for (size_t k = 0; k < sizeof zones / sizeof zones[0]; k++) {
		if (match_word(in, &j, zones[k].name)) {
			*minutes = zones[k].minutes;
			named = 1;
			break;
		}
	}
	if (!at_char(in, j, '+') && !at_char(in, j, '-')) {
		if (!named)
			return 0;
		*i = j;
		return 1;
	}
	int sign = in->s[j] == '-' ? -1 : 1;
	size_t k = j + 1;
	int h = 0, m = 0, ok = 1;
	int nd = read_num(in, &k, &h);
	if (nd == 4) {
		m = h % 100;
		h /= 100;
	} else if (nd == 2 || (named && nd == 1)) {
		if (at_char(in, k, ':') && is_digit_at(in, k + 1)) {
			k++;
			ok = read_num(in, &k, &m) == 2;
		}
	} else {
		ok = 0;
	}
	if (ok && h <= 14 && m <= 59) {
		*minutes += sign * (h * 60 + m);
		*i = k;
		return 1;
	}
	/* a sign that starts no offset: the named zone alone, or no zone */
	if (!named)
		return 0;
	*i = j;
	return 1;
}

/* 1 = a.m., 2 = p.m., 0 = neither. */
static int parse_meridiem(const struct in *in, size_t *i)
{
	size_t j = *i;
	if (match_word(in, &j, "am") || match_word(in, &j, "a.m.") || match_ar(in, &j, "صباحا") ||
	    match_ar(in, &j, "ص")) {
		*i = j;
		return 1;
	}
	if (match_word(in, &j, "pm") || match_word(in, &j, "p.m.") || match_ar(in, &j, "مساء") ||
	    match_ar(in, &j, "م")) {
		*i = j;
		return 2;
	}
	return 0;
}

/* hh:mm[:ss[.fraction]] [am|pm] [zone] at *i; fills d only on success. */
static int parse_time(const struct in *in, size_t *i, struct date *d)
{
	size_t j = *i;
	int h, m, s = 0, nd;
	nd = read_num(in, &j, &h);
	if (nd < 1 || nd > 2 || !at_char(in, j, ':'))
		return 0;
	j++;
	if (read_num(in, &j, &m) != 2)
		return 0;
	if (at_char(in, j, ':') && is_digit_at(in, j + 1)) {
		j++;
		if (read_num(in, &j, &s) != 2)
			return 0;
		if ((at_char(in, j, '.') || at_char(in, j, ',')) && is_digit_at(in, j + 1)) {
			int frac;
			j++;
			read_num(in, &j, &frac);
		}
	}
	if (h > 23 || m > 59 || s > 59)
		return 0;
	size_t k = skip_space(in, j);
	int mer = parse_meridiem(in, &k);
	if (mer) {
		if (h < 1 || h > 12)
			return 0;
		if (mer == 1 && h == 12)
			h = 0;
		else if (mer == 2 && h < 12)
			h += 12;
		j = k;
	}
	int tz;
	k = skip_space(in, j);
	d->has_tz = parse_tz(in, &k, &tz);
	if (d->has_tz) {
		d->tz_minutes = tz;
		j = k;
	}
	d->hour = h;
	d->minute = m;
	d->second = s;
	d->precision = DATE_TIME;
	*i = j;
	return 1;
}

/* What may stand between a date and its time: spaces, a comma, a dash,
 * "at", "الساعة", or the ':' of log formats ("05/Apr/2017:10:00:00"). */
static void maybe_time(const struct in *in, size_t i, struct date *d)
{
	size_t k = i;
	if ((at_char(in, k, 'T') || at_char(in, k, 't') || at_char(in, k, ':')) && is_digit_at(in, k + 1)) {
		k++;
	} else {
		k = skip_space(in, k);
		size_t c = comma_len(in, k);
		if (c)
			k += c;
		else if (at_char(in, k, '-') || at_char(in, k, '|') || at_char(in, k, '@'))
			k++;
		k = skip_space(in, k);
		if (match_word(in, &k, "at") || match_ar(in, &k, "الساعة"))
			k = skip_space(in, k);
	}
	parse_time(in, &k, d);
}

static int set_day(struct date *d, int y, int m, int day)
{
	if (y < 1900 || y > 2100 || !date_valid(y, m, day))
		return 0;
	d->year = y;
	d->month = m;
	d->day = day;
	d->precision = DATE_DAY;
	return 1;
}

/* 2017-04-05, 2017/04/05, 2017-04-05T10:00:00.000+03:00, 2017-04. */
static int try_iso(const struct in *in, size_t a, struct date *d, size_t *end)
{
	size_t j = a;
	int y, m, day;
	if (read_num(in, &j, &y) != 4 || j >= in->len)
		return 0;
	char sep = (char)in->s[j];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	j++;
	int nm = read_num(in, &j, &m);
	if (nm < 1 || nm > 2)
		return 0;
	if (at_char(in, j, sep) && is_digit_at(in, j + 1)) {
		j++;
		int nd = read_num(in, &j, &day);
		if (nd < 1 || nd > 2)
			return 0;
		if (!set_day(d, y, m, day)) {
			*end = j;
			return -1;
		}
		maybe_time(in, j, d);
		return 1;
	}
	/* Year and month alone only in ISO's own form, and not the start of a
	 * longer run of numbers */
	if (sep != '-' || nm != 2 || y < 1900 || y > 2100 || m < 1 || m > 12)
		return 0;
	if (j < in->len && (is_alpha(in->s[j]) || in->s[j] == '-' || in->s[j] == '/'))
		return 0;
	d->year = y;
	d->month = m;
	d->precision = DATE_MONTH;
	return 1;
}

/* 4/5/17, 4/5/2017 (order decides), 5-12-2025, 5.12.2025 (day first). */
static int try_numeric(const struct in *in, size_t a, enum date_order order, struct date *d,
		       size_t *end)
{
	size_t j = a;
	int v1, v2, v3;
	int n1 = read_num(in, &j, &v1);
	/* Arabic pages often space the parts: "٥ / ١٢ / ٢٠٢٥" */
	size_t k = skip_space(in, j);
	if (n1 < 1 || n1 > 2 || k >= in->len)
		return 0;
	char sep = (char)in->s[k];
	if (sep != '/' && sep != '-' && sep != '.')
		return 0;
	int spaced = k != j;
	j = skip_space(in, k + 1);
	if (spaced != (j != k + 1))
		return 0;
	int n2 = read_num(in, &j, &v2);
	k = spaced ? skip_space(in, j) : j;
	if (n2 < 1 || n2 > 2 || !at_char(in, k, sep))
		return 0;
	j = spaced ? skip_space(in, k + 1) : k + 1;
	int n3 = read_num(in, &j, &v3);
	if (n3 != 2 && n3 != 4)
		return 0;
	/* "1.2.3.4" and "1.2.33" are addresses and versions, not dates */
	if (at_char(in, j, sep) && is_digit_at(in, j + 1))
		return 0;
	if (sep == '.' && n3 != 4)
		return 0;
	int y = year_of(v3, n3);
	if (y < 0)
		return 0;
	int month = v1, day = v2;
	if (sep != '/' || order == DATE_DMY) {
		month = v2;
		day = v1;
	}
	/* 25/12/2025 read month-first cannot be, so it is day-first */
	if (!set_day(d, y, month, day) && !set_day(d, y, day, month)) {
		*end = j;
		return -1;
	}
	maybe_time(in, j, d);
	return 1;
}

/* After the year: "2025م" (the Gregorian era mark) says nothing more. */
static size_t skip_era(const struct in *in, size_t i)
{
	size_t k = skip_space(in, i);
	if (match_ar(in, &k, "م") && !is_digit_at(in, skip_space(in, k)))
		return k;
	return i;
}

/* Read the year of a textual date at *i; two digits only when a time follows
 * ("05 Apr 17 10:00 GMT"), since "5 April 17 people" is not a date. */
static int text_year(const struct in *in, size_t *i)
{
	size_t j = *i;
	int v;
	int nd = read_num(in, &j, &v);
	if (nd == 2) {
		struct date scratch = { 0 };
		size_t k = skip_space(in, j);
		if (k == j || !parse_time(in, &k, &scratch))
			return -1;
	} else if (nd != 4) {
		return -1;
	}
	int y = year_of(v, nd);
	if (y >= 0)
		*i = j;
	return y;
}

static size_t skip_ordinal(const struct in *in, size_t i)
{
	static const char *const suffix[] = { "st", "nd", "rd", "th" };
	for (int k = 0; k < 4; k++)
		if (match_word(in, &i, suffix[k]))
			break;
	return i;
}

/* Punctuation allowed between the parts of a textual date. */
static size_t skip_part_sep(const struct in *in, size_t i)
{
	size_t k = skip_space(in, i);
	size_t c = comma_len(in, k);
	if (c)
		k += c;
	else if (at_char(in, k, '-') || at_char(in, k, '/') || at_char(in, k, '.'))
		k++;
	return skip_space(in, k);
}

/* 05 Apr 2017, 5 April 2017, 5th of April 2017, 05-Apr-2017, 23 نوفمبر 2025. */
static int try_day_month(const struct in *in, size_t a, struct date *d, size_t *end)
{
	size_t j = a;
	int day;
	int nd = read_num(in, &j, &day);
	if (nd < 1 || nd > 2 || day < 1)
		return 0;
	j = skip_part_sep(in, skip_ordinal(in, j));
	if (match_word(in, &j, "of"))
		j = skip_space(in, j);
	int m = match_month(in, &j);
	if (!m)
		return 0;
	j = skip_part_sep(in, skip_second_month(in, j));
	int y = text_year(in, &j);
	if (y < 0)
		return 0;
	if (!set_day(d, y, m, day)) {
		*end = j;
		return -1;
	}
	maybe_time(in, skip_era(in, j), d);
	return 1;
}

/* April 5, 2017, Apr 5 2017 10:00, Apr 2017, نوفمبر 2025. */
static int try_month_first(const struct in *in, size_t a, struct date *d, size_t *end)
{
	size_t j = a;
	int m = match_month(in, &j);
	if (!m)
		return 0;
	j = skip_part_sep(in, skip_second_month(in, j));
	int v;
	size_t k = j;
	int nd = read_num(in, &k, &v);
	if (nd == 4) {
		if (v < 1900 || v > 2100)
			return 0;
		d->year = v;
		d->month = m;
		d->precision = DATE_MONTH;
		return 1;
	}
	if (nd < 1 || nd > 2)
		return 0;
	k = skip_part_sep(in, skip_ordinal(in, k));
	int y = text_year(in, &k);
	if (y < 0)
		return 0;
	if (!set_day(d, y, m, v)) {
		*end = k;
		return -1;
	}
	maybe_time(in, skip_era(in, k), d);
	return 1;
}

/* The whole field is a year: "2017". */
static int try_bare_year(const struct in *in, struct date *d)
{
	size_t j = skip_space(in, 0);
	int v;
	if (read_num(in, &j, &v) != 4 || v < 1900 || v > 2100)
		return 0;
	if (skip_space(in, j) != in->len)
		return 0;
	d->year = v;
	d->precision = DATE_YEAR;
	return 1;
}

enum { CLS_OTHER, CLS_DIGIT, CLS_LATIN, CLS_ARABIC };

int date_parse(const char *s, size_t len, enum date_order order, struct date *d)
{
	memset(d, 0, sizeof *d);
	if (!s)
		return -1;
	struct in in = { (const unsigned char *)s, len };
	int prev = CLS_OTHER;
	size_t i = 0;
	while (i < len) {
		size_t n;
		int cls;
		if (digit_at(&in, i, &n) >= 0) {
			cls = CLS_DIGIT;
		} else if (is_alpha(in.s[i])) {
			cls = CLS_LATIN;
			n = 1;
		} else {
			uint32_t c = cp_at(&in, i, &n);
			cls = is_ar_letter(c) ? CLS_ARABIC : CLS_OTHER;
		}
		if (cls != prev && cls != CLS_OTHER) {
			size_t end = 0;
			int rc;
			if (cls == CLS_DIGIT) {
				rc = try_iso(&in, i, d, &end);
				if (!rc)
					rc = try_numeric(&in, i, order, d, &end);
				if (!rc)
					rc = try_day_month(&in, i, d, &end);
			} else {
				rc = try_month_first(&in, i, d, &end);
			}
			if (rc > 0)
				return 0;
			memset(d, 0, sizeof *d);
			/* "29 Feb 2100" is no date, and "Feb 2100" inside it is not
			 * one either: resume after what looked like a date */
			if (rc < 0 && end > i) {
				i = end;
				prev = CLS_DIGIT;
				continue;
			}
		}
		prev = cls;
		i += n;
	}
	return try_bare_year(&in, d) ? 0 : -1;
}

/* v, 0..99, as two digits at p. */
static char *put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
	return p + 2;
}

int date_format_iso(const struct date *d, char *out, size_t size)
{
	int n;
	/* the common case without snprintf (a claim's dates, stored by the
	 * thousand): what "%04d-%02d-%02d" writes for these values */
	if ((d->precision == DATE_YEAR || d->precision == DATE_MONTH || d->precision == DATE_DAY) &&
	    size > 10 && d->year >= 0 && d->year <= 9999 && d->month >= 0 && d->month <= 99 &&
	    d->day >= 0 && d->day <= 99) {
		char *p = put2(put2(out, d->year / 100), d->year % 100);
		if (d->precision != DATE_YEAR) {
			*p++ = '-';
			p = put2(p, d->month);
		}
		if (d->precision == DATE_DAY) {
			*p++ = '-';
			p = put2(p, d->day);
		}
		*p = '\0';
		return (int)(p - out);
	}
	switch (d->precision) {
	case DATE_YEAR:
		n = snprintf(out, size, "%04d", d->year);
		break;
	case DATE_MONTH:
		n = snprintf(out, size, "%04d-%02d", d->year, d->month);
		break;
	case DATE_DAY:
		n = snprintf(out, size, "%04d-%02d-%02d", d->year, d->month, d->day);
		break;
	case DATE_TIME: {
		char tz[16] = "";
		if (d->has_tz && d->tz_minutes == 0) {
			strcpy(tz, "Z");
		} else if (d->has_tz) {
			int a = d->tz_minutes < 0 ? -d->tz_minutes : d->tz_minutes;
			snprintf(tz, sizeof tz, "%c%02d:%02d", d->tz_minutes < 0 ? '-' : '+',
				 a / 60 % 100, a % 60);
		}
		n = snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d%s", d->year, d->month,
			     d->day, d->hour, d->minute, d->second, tz);
		break;
	}
	default:
		n = size ? snprintf(out, size, "%s", "") : 0;
		break;
	}
	if (n < 0)
		return 0;
	if (size && (size_t)n >= size)
		return (int)size - 1;
	return size ? n : 0;
}

long date_days(int year, int month, int day)
{
	/* Howard Hinnant's days_from_civil: years start in March so that the
	 * leap day falls at the end. */
	long y = year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (month + 9) % 12;
	long doy = (153 * mp + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

int date_valid(int year, int month, int day)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
		return 0;
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return day <= mdays[month - 1] + (month == 2 && leap);
}

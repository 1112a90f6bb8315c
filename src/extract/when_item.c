/* when_item.c - reading one item, what the text says before the anchor gives
 * it days: the parts of a date (day, month, year), dates written with
 * numbers ("2022-10-20", "20 October 2022"), and the chain of items that
 * name one day ("Tuesday, June 10"). Items that begin with a word are read
 * by when_latin.c and when_arabic.c. */
#include "extract/when_impl.h"

#include <string.h>

int when_mk(struct when_item *it, int kind, size_t start, size_t end)
{
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->start = start;
	it->end = end;
	return 1;
}

int when_mk_date(struct when_item *it, size_t start, size_t end, int y, int m, int d)
{
	if (y && d && !date_valid(y, m, d))
		return when_mk(it, K_SKIP, start, end);
	/* a day that no year has ("31 February") is no date */
	if (!y && d && !date_valid(2000, m, d))
		return when_mk(it, K_SKIP, start, end);
	when_mk(it, K_DATE, start, end);
	it->y = y;
	it->m = m;
	it->d = d;
	return 1;
}

int when_mk_off(struct when_item *it, int kind, size_t start, size_t end, int off)
{
	when_mk(it, kind, start, end);
	it->off = off;
	return 1;
}

int when_mk_span(struct when_item *it, size_t start, size_t end, int first, int last)
{
	when_mk(it, K_SPAN, start, end);
	it->off = first;
	it->off2 = last;
	return 1;
}

int when_prev_cue(struct when_scan *sc, size_t i)
{
	struct when_tok t;
	int v;
	if (i > 0 && sc->s[i - 1] == '-')
		i--;
	if (!when_prev_tok(sc, i, &t))
		return 0;
	if (t.kind == T_LAT)
		return when_lat_cue(&t);
	switch (when_ar_id(&t, &v)) {
	case A_IN: case A_SINCE: case A_TO: case A_DURING: case A_EDGE: case A_YEAR_CUE:
	case A_THE_YEAR: case A_MONTH_CUE: case A_FROM: case A_BETWEEN:
		return 1;
	default:
		return 0;
	}
}

int when_year_at(struct when_scan *sc, size_t i, int *y, size_t *end)
{
	struct when_tok t;
	when_tok_at(sc, when_skip_sp(sc, i), &t);
	if (t.kind != T_NUM)
		return 0;
	int v = t.val;
	size_t e = t.end, l = 0;   /* set by when_dig: t has more than four digits */
	if (t.nd > 4 && sc->stamp) {
		v = 0;
		e = t.start;
		for (int k = 0; k < 4; k++) {
			v = v * 10 + when_dig(sc, e, &l);
			e += l;
		}
	} else if (t.nd != 4) {
		return 0;
	} else {
		unsigned c = when_at(sc, e);
		if ((c == ',' || c == '.') && when_dig(sc, e + 1, &l) >= 0)
			return 0;
		if (when_is_lat(c) && !sc->stamp)
			return 0;
	}
	if (v < 1900 || v > 2100)
		return 0;
	*y = v;
	*end = e;
	return 1;
}

int when_day_at(struct when_scan *sc, size_t i, int *d, size_t *end)
{
	struct when_tok t, o;
	size_t l;
	when_tok_at(sc, i, &t);
	if (t.kind != T_NUM || t.nd > 2 || t.val < 1 || t.val > 31)
		return 0;
	unsigned c = when_at(sc, t.end);
	if ((c == ':' || c == '.' || c == '/') && when_dig(sc, t.end + 1, &l) >= 0)
		return 0;
	size_t e = t.end;
	when_tok_at(sc, e, &o);
	if (when_lat_is(&o, "st") || when_lat_is(&o, "nd") || when_lat_is(&o, "rd") || when_lat_is(&o, "th"))
		e = o.end;
	else if (o.kind == T_LAT)
		return 0;
	/* "1,200 people" */
	size_t k = when_skip_sp(sc, e);
	int y;
	size_t ye;
	if (when_at(sc, k) == ',' && when_dig(sc, k + 1, &l) >= 0 && !when_year_at(sc, k + 1, &y, &ye))
		return 0;
	*d = t.val;
	*end = e;
	return 1;
}

/* A month name at i, English or Arabic; *lowmay: "may" written in lower case. */
static int month_at(struct when_scan *sc, size_t i, size_t *end, int *abbr, int *lowmay)
{
	struct when_tok t;
	when_tok_at(sc, i, &t);
	*abbr = *lowmay = 0;
	if (t.kind == T_AR)
		return when_ar_month(sc, &t, end);
	int m = when_lat_month(&t, abbr);
	if (!m)
		return 0;
	*end = t.end;
	if (*abbr && when_at(sc, t.end) == '.')
		(*end)++;
	*lowmay = m == 5 && t.lower;
	return m;
}

size_t when_after_comma(struct when_scan *sc, size_t i)
{
	size_t k = when_skip_sp(sc, i), c = when_comma_len(sc, k);
	return c ? when_skip_sp(sc, k + c) : k;
}

/* 2022-10-20, 20/10/2022 (when only one order gives a date, or after an
 * Arabic word: day first), 20 October
 * 2022, 20th of October, 20 تشرين الأول, a year after its cue. */
static int parse_number(struct when_scan *sc, const struct when_tok *t, int cued, struct when_item *it)
{
	struct when_tok b, c;
	size_t e, l;
	int y;
	unsigned sep = when_at(sc, t->end);
	int is_sep = sep == '-' || sep == '/' || sep == '.';
	if (t->nd == 4) {
		if (is_sep) {
			when_tok_at(sc, t->end + 1, &b);
			if (b.kind == T_NUM && b.nd <= 2 && when_at(sc, b.end) == sep) {
				when_tok_at(sc, b.end + 1, &c);
				if (c.kind == T_NUM && c.nd <= 2 &&
				    !(when_at(sc, c.end) == sep && when_dig(sc, c.end + 1, &l) >= 0)) {
					if (t->val < 1900 || t->val > 2100)
						return when_mk(it, K_SKIP, t->start, c.end);
					return when_mk_date(it, t->start, c.end, t->val, b.val, c.val);
				}
			}
		}
		if (when_year_at(sc, t->start, &y, &e) && (cued || when_prev_cue(sc, t->start)))
			return when_mk_date(it, t->start, e, y, 0, 0);
		return 0;
	}
	if (t->nd > 2 || t->val < 1)
		return 0;
	if (is_sep) {
		when_tok_at(sc, t->end + 1, &b);
		if (b.kind == T_NUM && b.nd <= 2 && when_at(sc, b.end) == sep) {
			when_tok_at(sc, b.end + 1, &c);
			if (c.kind != T_NUM || c.nd != 4 ||
			    (when_at(sc, c.end) == sep && when_dig(sc, c.end + 1, &l) >= 0))
				return 0;
			if (c.val < 1900 || c.val > 2100)
				return when_mk(it, K_SKIP, t->start, c.end);
			int dmy = date_valid(c.val, b.val, t->val), mdy = date_valid(c.val, t->val, b.val);
			struct when_tok p;
			if (dmy && mdy && when_prev_tok(sc, t->start, &p) && p.kind == T_AR)
				mdy = 0;   /* "في 1-6-2022": Arabic writes the day first */
			if ((dmy && mdy && t->val != b.val) || (!dmy && !mdy))
				return when_mk(it, K_SKIP, t->start, c.end);
			return dmy ? when_mk_date(it, t->start, c.end, c.val, b.val, t->val)
				   : when_mk_date(it, t->start, c.end, c.val, t->val, b.val);
		}
	}
	int d, abbr, lowmay;
	if (!when_day_at(sc, t->start, &d, &e))
		return 0;
	size_t k = when_skip_sp(sc, e);
	when_tok_at(sc, k, &b);
	if (when_lat_is(&b, "of") || (b.kind == T_AR && b.len == 4 && when_ar_id(&b, &y) == A_FROM))
		k = when_skip_sp(sc, b.end);
	/* "30 / تشرين الثاني / 2024", "04/ أيار/ 2024": an Arabic month between slashes */
	int slashed = when_at(sc, k) == '/' && when_ar_at(sc, when_skip_sp(sc, k + 1));
	if (slashed)
		k = when_skip_sp(sc, k + 1);
	int m = month_at(sc, k, &e, &abbr, &lowmay);
	if (!m)
		return 0;
	size_t ye, ys = when_after_comma(sc, e);
	if (slashed && when_at(sc, ys) == '/')
		ys = when_skip_sp(sc, ys + 1);
	if (when_year_at(sc, ys, &y, &ye))
		return when_mk_date(it, t->start, ye, y, m, d);
	if (lowmay)
		return 0;
	return when_mk_date(it, t->start, e, 0, m, d);
}

/* Deeper than this, "last last last ..." is no date: it bounds the work at
 * each word start. */
#define DEPTH_MAX 6

int when_parse_core(struct when_scan *sc, size_t i, int cued, struct when_item *it)
{
	struct when_tok t;
	int r = 0;
	if (sc->depth >= DEPTH_MAX)
		return 0;
	sc->depth++;
	when_tok_at(sc, i, &t);
	if (t.kind == T_NUM)
		r = parse_number(sc, &t, cued, it);
	else if (t.kind == T_LAT)
		r = when_parse_latin(sc, &t, cued, it);
	else if (t.kind == T_AR)
		r = when_parse_arabic(sc, &t, cued, it);
	sc->depth--;
	return r;
}

/* How explicit a day is: a date over a weekday over "today". */
static int day_rank(const struct when_item *it)
{
	if (it->kind == K_DATE && it->d)
		return 3;
	if (it->kind == K_WEEKDAY)
		return 2;
	if (it->kind == K_DAYS)
		return 1;
	return 0;
}

int when_parse_chain(struct when_scan *sc, size_t i, int cued, struct when_item *it)
{
	if (!when_parse_core(sc, i, cued, it))
		return 0;
	if (it->kind == K_SKIP || !day_rank(it))
		return 1;
	unsigned seen = 1u << day_rank(it);
	for (;;) {
		struct when_item nx;
		size_t j = when_skip_sp(sc, it->end), c = when_comma_len(sc, j);
		if (c)
			j = when_skip_sp(sc, j + c);
		if (j >= sc->n || !when_parse_core(sc, j, 0, &nx) || nx.kind == K_SKIP || !day_rank(&nx) ||
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

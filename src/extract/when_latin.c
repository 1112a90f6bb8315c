/* when_latin.c - items that begin with an English word: month-first dates
 * ("October 20, 2022", "March of 2017"), weekdays, "yesterday", "last week",
 * "two days ago", "so far this year", and the future ones we skip ("next
 * Sunday"). */
#include "extract/when_impl.h"

/* "October 20, 2022", "Oct. 20", "March 2017", "March of 2017",
 * "August last year", "in March". */
static int parse_month_first(struct when_scan *sc, const struct when_tok *t, int m, int abbr, int cued,
			     struct when_item *it)
{
	size_t j = t->end, e, ye;
	int d, y, lowmay = m == 5 && t->lower;
	if (abbr && when_at(sc, j) == '.')
		j++;
	size_t k = when_skip_sp(sc, j);
	if (when_day_at(sc, k, &d, &e)) {
		if (when_year_at(sc, when_after_comma(sc, e), &y, &ye))
			return when_mk_date(it, t->start, ye, y, m, d);
		if (lowmay)
			return 0;
		return when_mk_date(it, t->start, e, 0, m, d);
	}
	k = when_after_comma(sc, j);
	struct when_tok n, n2;
	when_tok_at(sc, k, &n);
	if (when_lat_is(&n, "of"))
		k = when_skip_sp(sc, n.end);
	if (when_year_at(sc, k, &y, &ye))
		return when_mk_date(it, t->start, ye, y, m, 0);
	if (abbr || lowmay)
		return 0;
	when_next_tok(sc, j, &n);
	if (when_lat_is(&n, "last") || when_lat_is(&n, "this")) {
		when_next_tok(sc, n.end, &n2);
		if (when_lat_is(&n2, "year")) {
			when_mk_date(it, t->start, n2.end, 0, m, 0);
			it->yrel = 1;
			it->off = when_lat_is(&n, "last") ? -1 : 0;
			return 1;
		}
	}
	if (!cued && !when_prev_cue(sc, t->start))
		return 0;
	return when_mk_date(it, t->start, j, 0, m, 0);
}

/* "Friday night", "Sunday morning": the part of the day belongs to the span. */
static size_t tod_suffix(struct when_scan *sc, size_t j)
{
	struct when_tok n;
	when_next_tok(sc, j, &n);
	if (when_lat_is(&n, "night") || when_lat_is(&n, "morning") || when_lat_is(&n, "afternoon") ||
	    when_lat_is(&n, "evening"))
		return n.end;
	return j;
}

/* The item that follows word t (after spaces and "on"), with t's start. */
static int prefixed(struct when_scan *sc, const struct when_tok *t, size_t j, struct when_item *it)
{
	struct when_tok n;
	when_next_tok(sc, j, &n);
	if (when_lat_is(&n, "on"))
		when_next_tok(sc, n.end, &n);
	if (n.kind == T_NONE || !when_parse_core(sc, n.start, 1, it) || it->kind == K_SKIP)
		return 0;
	it->start = t->start;
	return 1;
}

/* "two days ago", "a week ago", "3 months ago", read back from "ago". */
static int parse_ago(struct when_scan *sc, const struct when_tok *t, struct when_item *it)
{
	struct when_tok u, num;
	if (!when_prev_tok(sc, t->start, &u) || u.kind != T_LAT || !when_prev_tok(sc, u.start, &num))
		return 0;
	int k = when_lat_count(&num);
	if (!k)
		return 0;
	if (when_lat_is(&u, "day") || when_lat_is(&u, "days"))
		return when_mk_off(it, K_DAYS, num.start, t->end, -k);
	if (when_lat_is(&u, "week") || when_lat_is(&u, "weeks"))
		return when_mk_span(it, num.start, t->end, -7 * k - 3, -7 * k + 3);
	if (when_lat_is(&u, "month") || when_lat_is(&u, "months"))
		return when_mk_off(it, K_MONTHS, num.start, t->end, -k);
	if (when_lat_is(&u, "year") || when_lat_is(&u, "years"))
		return when_mk_off(it, K_YEARS, num.start, t->end, -k);
	return 0;
}

int when_parse_latin(struct when_scan *sc, const struct when_tok *t, int cued, struct when_item *it)
{
	struct when_tok n, n2, n3;
	int abbr, m = when_lat_month(t, &abbr);
	if (m)
		return parse_month_first(sc, t, m, abbr, cued, it);
	int wd = when_lat_weekday(t);
	if (wd >= 0) {
		when_mk(it, K_WEEKDAY, t->start, tod_suffix(sc, t->end));
		it->wd = wd;
		return 1;
	}
	if (when_lat_weekday_abbr(t)) {
		/* "Wed, 05 Apr 2017": only as the head of a date */
		size_t j = t->end + (when_at(sc, t->end) == '.');
		if (!when_parse_core(sc, when_after_comma(sc, j), 0, it) || it->kind != K_DATE || !it->d)
			return 0;
		it->start = t->start;
		return 1;
	}
	switch (t->w[0]) {
	case 't':
		if (when_lat_is(t, "today") || when_lat_is(t, "tonight"))
			return when_mk_off(it, K_DAYS, t->start, t->end, 0);
		if (when_lat_is(t, "this")) {
			when_next_tok(sc, t->end, &n);
			if (when_lat_is(&n, "morning") || when_lat_is(&n, "afternoon") ||
			    when_lat_is(&n, "evening"))
				return when_mk_off(it, K_DAYS, t->start, n.end, 0);
			if (when_lat_is(&n, "week"))
				return when_mk_span(it, t->start, n.end, -6, 0);
			if (when_lat_is(&n, "month"))
				return when_mk_off(it, K_MONTHS, t->start, n.end, 0);
			if (when_lat_is(&n, "year"))
				return when_mk_off(it, K_YEARS, t->start, n.end, 0);
			return 0;
		}
		if (when_lat_is(t, "the")) {
			when_next_tok(sc, t->end, &n);
			when_next_tok(sc, n.end, &n2);
			when_next_tok(sc, n2.end, &n3);
			if (when_lat_is(&n, "day") && when_lat_is(&n2, "before") &&
			    when_lat_is(&n3, "yesterday"))
				return when_mk_off(it, K_DAYS, t->start, n3.end, -2);
		}
		return 0;
	case 'y':
		if (when_lat_is(t, "yesterday"))
			return when_mk_off(it, K_DAYS, t->start, tod_suffix(sc, t->end), -1);
		return 0;
	case 'l':
		if (when_lat_is(t, "last")) {
			when_next_tok(sc, t->end, &n);
			if (when_lat_is(&n, "night"))
				return when_mk_off(it, K_DAYS, t->start, n.end, -1);
			if (when_lat_is(&n, "week"))
				return when_mk_span(it, t->start, n.end, -7, -1);
			if (when_lat_is(&n, "month"))
				return when_mk_off(it, K_MONTHS, t->start, n.end, -1);
			if (when_lat_is(&n, "year"))
				return when_mk_off(it, K_YEARS, t->start, n.end, -1);
			if (n.kind != T_LAT || !when_parse_core(sc, n.start, 1, it))
				return 0;
			if (it->kind != K_WEEKDAY && !(it->kind == K_DATE && !it->y && !it->d && !it->yrel))
				return 0;
			it->strict = 1;
			it->start = t->start;
			return 1;
		}
		if (when_lat_is(t, "late"))
			return prefixed(sc, t, t->end, it);
		return 0;
	case 'e':
		if (when_lat_is(t, "early") || when_lat_is(t, "earlier"))
			return prefixed(sc, t, t->end, it);
		if (when_lat_is(t, "every") || when_lat_is(t, "each"))
			goto future;
		return 0;
	case 'm':
		if (when_lat_is(t, "mid")) {
			size_t j = t->end;
			if (when_at(sc, j) == '-')
				j++;
			return prefixed(sc, t, j, it) && it->kind == K_DATE && !it->d;
		}
		return 0;
	case 's':
		if (when_lat_is(t, "so")) {
			when_next_tok(sc, t->end, &n);
			when_next_tok(sc, n.end, &n2);
			when_next_tok(sc, n2.end, &n3);
			if (when_lat_is(&n, "far") && when_lat_is(&n2, "this") &&
			    (when_lat_is(&n3, "year") || when_lat_is(&n3, "month"))) {
				when_mk(it, K_SOFAR, t->start, n3.end);
				it->prec = when_lat_is(&n3, "year") ? WHEN_YEAR : WHEN_MONTH;
				return 1;
			}
		}
		return 0;
	case 'n': case 'c': case 'f':
		if (when_lat_is(t, "next") || when_lat_is(t, "coming") || when_lat_is(t, "following"))
			goto future;
		return 0;
	case 'a':
		if (when_lat_is(t, "ago"))
			return parse_ago(sc, t, it);
		return 0;
	default:
		return 0;
	}
future:
	/* "next Sunday", "every Friday": a date we must not read as a past one */
	when_next_tok(sc, t->end, &n);
	if (n.kind == T_NONE || !when_parse_core(sc, n.start, 1, it))
		return 0;
	return when_mk(it, K_SKIP, t->start, it->end);
}

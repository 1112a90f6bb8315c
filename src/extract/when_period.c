/* when_period.c - expressions: an item alone or two joined into a period
 * ("from August 2014 to March 2017", "since 2011", "between 2014 and 2017"),
 * resolved against the anchor to days and written out as a struct when. */
#include "extract/when_impl.h"

#include <string.h>

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

static int date_prec(int wp)
{
	return wp == WHEN_YEAR ? DATE_YEAR : wp == WHEN_MONTH ? DATE_MONTH : DATE_DAY;
}

void when_resolve(const struct when_item *it, int has_a, long a, int slack, struct when_res *r)
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

int when_compose(struct when_scan *sc, const struct when_item *x, const struct when_item *y, int open,
		   struct when_res *r)
{
	struct when_res rx, ry;
	if (open) {
		when_resolve(x, sc->has_anchor, sc->anchor, 1, r);
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
	struct when_item yy = *y;
	/* "from 20 October 2022 to 3 November": the end takes the start's year */
	if (yy.kind == K_DATE && !yy.y && !yy.yrel && x->kind == K_DATE && x->y && x->m) {
		yy.y = x->y + (yy.m < x->m || (yy.m == x->m && yy.d && x->d && yy.d < x->d));
		if (yy.d && !date_valid(yy.y, yy.m, yy.d))
			return 0;
	}
	when_resolve(&yy, sc->has_anchor, sc->anchor, 1, &ry);
	/* "from December to March 2017": the start is the latest before the end */
	if (x->kind == K_DATE && !x->y && !x->yrel && ry.ok) {
		when_resolve(x, 1, ry.last, 0, &rx);
		rx.rel = 0;
	} else {
		when_resolve(x, sc->has_anchor, sc->anchor, 1, &rx);
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

/* What joins the two ends of a period: "to", "until", "-", "إلى", "حتى";
 * "and" / "و" after "between". Returns where the end starts, or 0. */
static size_t connector(struct when_scan *sc, size_t i, int between)
{
	struct when_tok t;
	size_t k = when_skip_sp(sc, i), dl;
	if (!between && (dl = when_dash_len(sc, k)))
		return when_skip_sp(sc, k + dl);
	when_tok_at(sc, k, &t);
	if (between) {
		if (when_lat_is(&t, "and") || when_is_word(&t, NULL, A_AND))
			return when_skip_sp(sc, t.end);
		/* "بين 2014 و2017": the و is glued to what follows */
		if (t.kind == T_AR && t.len >= 2 && when_is_letter(t.w, "و"))
			return k + 2;
		if (when_at(sc, k) == 0xD9 && when_at(sc, k + 1) == 0x88 && when_dig(sc, k + 2, &dl) >= 0)
			return k + 2;
		return 0;
	}
	if (when_lat_is(&t, "to") || when_lat_is(&t, "until") || when_lat_is(&t, "till") ||
	    when_lat_is(&t, "through") || when_lat_is(&t, "thru") || when_is_word(&t, NULL, A_TO))
		return when_skip_sp(sc, t.end);
	return 0;
}

/* The end of a period: a date (1), or "now", "date", "the present" (2). */
static int period_end(struct when_scan *sc, size_t k, struct when_item *y)
{
	struct when_tok t;
	when_tok_at(sc, k, &t);
	if (when_lat_is(&t, "the"))
		when_next_tok(sc, t.end, &t);
	if (when_lat_is(&t, "now") || when_lat_is(&t, "date") || when_lat_is(&t, "present"))
		return 1 + when_mk_off(y, K_DAYS, t.start, t.end, 0);
	return when_parse_chain(sc, k, 1, y) && y->kind != K_SKIP;
}

int when_parse_expr(struct when_scan *sc, size_t i, struct when_found *f)
{
	struct when_tok t;
	struct when_item x, y;
	size_t k;
	int v;
	size_t conj = 0;
	memset(f, 0, sizeof *f);
	when_tok_at(sc, i, &t);
	int id = t.kind == T_AR ? when_ar_lookup_conj(&t, 0, &v, &conj) : A_NONE;
	int since = when_lat_is(&t, "since") || id == A_SINCE;
	int from = when_lat_is(&t, "from") || id == A_FROM;
	int between = when_lat_is(&t, "between") || id == A_BETWEEN;
	if (since || from || between) {
		struct when_tok n;
		when_next_tok(sc, t.end, &n);
		if (n.kind == T_NONE || !when_parse_chain(sc, n.start, 1, &x) || x.kind == K_SKIP)
			return 0;
		f->start = t.start + conj;
		int end = (k = connector(sc, x.end, between)) ? period_end(sc, k, &y) : 0;
		if (end && when_compose(sc, &x, &y, end == 2, &f->r)) {
			f->end = y.end;
			return 1;
		}
		if (!since || !when_compose(sc, &x, NULL, 1, &f->r))
			return 0;
		f->end = x.end;
		return 1;
	}
	if (!when_parse_chain(sc, i, 0, &x))
		return 0;
	f->start = x.start;
	f->end = x.end;
	if (x.kind == K_SKIP) {
		f->skip = 1;
		return 1;
	}
	/* "2014-2017", "August 2014 – March 2017" */
	size_t dl, j = when_skip_sp(sc, x.end);
	if (x.kind == K_DATE && x.y && (dl = when_dash_len(sc, j)) &&
	    when_parse_chain(sc, when_skip_sp(sc, j + dl), 1, &y) && y.kind == K_DATE && y.y &&
	    when_compose(sc, &x, &y, 0, &f->r)) {
		f->end = y.end;
		return 1;
	}
	when_resolve(&x, sc->has_anchor, sc->anchor, 1, &f->r);
	return 1;
}

void when_from_found(struct when_scan *sc, const struct when_found *f, struct when *w)
{
	const struct when_res *r = &f->r;
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
